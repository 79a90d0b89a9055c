import type { ThemeConfig } from 'antd';

/**
 * System CJK faces first so Chinese renders crisply on Windows, macOS and domestic Linux alike.
 * Where the system asks for reduced motion, dialogs and menus appear without zooming or sliding.
 */
export const themeFor = (reducedMotion: boolean): ThemeConfig => ({
  token: {
    colorPrimary: '#1f5fa8',
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Segoe UI', sans-serif",
    motion: !reducedMotion,
  },
});
