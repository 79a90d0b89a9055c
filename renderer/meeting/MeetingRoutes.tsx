import { Result } from 'antd';
import { MeetingListPage } from '../pages/MeetingListPage.js';
import { useT } from '../state/app-store.js';
import { useRoute } from '../state/route.js';

/**
 * Screens under `#/meetings/...`, by the segment after the meeting id (`''` is the meeting itself).
 * Each receives the full path; one line per screen.
 */
const meetingScreens: Record<string, (props: { path: string[] }) => React.JSX.Element | null> = {};

/** Screens under `#/meetings/<name>` that are not a meeting, such as `new` for manual set-up. */
const topLevelScreens: Record<string, (props: { path: string[] }) => React.JSX.Element | null> = {};

export function MeetingRoutes() {
  const t = useT();
  const { path } = useRoute();
  const [, first, second = ''] = path;
  if (first === undefined) return <MeetingListPage />;
  const Screen = topLevelScreens[first] ?? meetingScreens[second];
  return Screen ? <Screen path={path} /> : <Result status="404" title={t('meetings.notFound')} />;
}
