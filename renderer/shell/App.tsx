import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo } from 'react';
import { InAppFileDialog } from '../files/InAppFileDialog.js';
import { PackageDropTarget } from '../import/PackageDropTarget.js';
import { MeetingRoutes } from '../meeting/MeetingRoutes.js';
import { useAppStore } from '../state/app-store.js';
import { useRoute } from '../state/route.js';
import { AppFrame } from './AppFrame.js';
import { lazyScreen } from './lazy-screen.js';
import { ScreenSuspense } from './ScreenSuspense.js';
import { themeFor } from './theme.js';
import { useReducedMotion } from './use-reduced-motion.js';

const SettingsPage = lazyScreen(() => import('../pages/SettingsPage.js').then((module) => module.SettingsPage));
const SyncPage = lazyScreen(() => import('../sync/SyncPage.js').then((module) => module.SyncPage));
const AboutPage = lazyScreen(() => import('../pages/AboutPage.js').then((module) => module.AboutPage));

/** Top-level pages by the route's first segment; a page reads the remaining segments itself. */
const pages: Record<string, React.ComponentType> = {
  meetings: MeetingRoutes,
  settings: SettingsPage,
  sync: SyncPage,
  about: AboutPage,
};

export function App() {
  const status = useAppStore((state) => state.status);
  const language = useAppStore((state) => state.settings.language);
  const t = useAppStore((state) => state.t);
  const problem = useAppStore((state) => state.problem);
  const route = useRoute();
  const reducedMotion = useReducedMotion();
  const theme = useMemo(() => themeFor(reducedMotion), [reducedMotion]);
  const section = route.path[0] ?? 'meetings';
  const Page = pages[section] ?? MeetingRoutes;

  return (
    <ConfigProvider locale={language === 'zh-CN' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        {status === 'loading' && <Spin fullscreen tip={t('common.loading')} />}
        {status === 'unreachable' && <Result status="error" title={t('host.unreachable', { message: problem ?? '' })} />}
        {status === 'ready' && (
          <AppFrame section={section}>
            <ScreenSuspense>
              <Page />
            </ScreenSuspense>
          </AppFrame>
        )}
        <InAppFileDialog />
        {status === 'ready' && <PackageDropTarget />}
      </AntApp>
    </ConfigProvider>
  );
}
