import type { ThemeConfig } from 'antd';

/** The app's blue, 6.4:1 on white: links and "processing" tags take it too, not Ant Design's lighter #1677ff. */
const primary = '#1f5fa8';

/**
 * Text colours that keep WCAG AA's 4.5:1 on white and on the light greys and tints of cards, table
 * headers and tags (Ant Design's defaults fall to 1.8–3.4:1). Disabled text is exempt and must
 * look disabled.
 */
const readableText = {
  colorTextSecondary: '#595959',
  colorTextTertiary: '#595959',
  // Quaternary text is placeholders and empty-table notes; disabled text, which derives from it, keeps its faint grey.
  colorTextQuaternary: '#6b6b6b',
  colorTextDisabled: 'rgba(0, 0, 0, 0.25)',
  colorInfo: primary,
  colorLink: primary,
  // Darker seeds for status text and tags; their light tints stay Ant Design's own (derived ones turn grey).
  colorSuccess: '#237804',
  colorSuccessBg: '#f6ffed',
  colorSuccessBorder: '#b7eb8f',
  colorWarning: '#874d00',
  colorWarningBg: '#fffbe6',
  colorWarningBorder: '#ffe58f',
  colorError: '#cf1322',
};

/**
 * System CJK faces first so Chinese renders crisply on Windows, macOS and domestic Linux alike.
 * Where the system asks for reduced motion, dialogs and menus appear without zooming or sliding.
 */
export const themeFor = (reducedMotion: boolean): ThemeConfig => ({
  token: {
    colorPrimary: primary,
    borderRadius: 4,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Segoe UI', sans-serif",
    motion: !reducedMotion,
    ...readableText,
  },
  // An empty table's note (「暂无上报记录」) is written in the disabled colour; it is text to read.
  components: { Table: { colorTextDisabled: readableText.colorTextQuaternary } },
});
