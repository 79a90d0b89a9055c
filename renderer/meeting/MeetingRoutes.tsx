import { Result } from 'antd';
import { ImportPage } from '../import/ImportPage.js';
import { ReadingPage } from '../materials/ReadingPage.js';
import { MeetingListPage } from '../pages/MeetingListPage.js';
import { NewMeetingPage } from '../setup/NewMeetingPage.js';
import { AuditLogPage } from './audit/AuditLogPage.js';
import { MeetingDashboard } from './dashboard/MeetingDashboard.js';
import { PreparationPage } from './preparation/PreparationPage.js';
import { DiscussionScreen } from './discussion/DiscussionScreen.js';
import { ScoringScreen } from './scoring/ScoringScreen.js';
import { SignoffScreen } from './verdict/SignoffScreen.js';
import { VoteScreen } from './verdict/VoteScreen.js';
import { useT } from '../state/app-store.js';
import { useRoute } from '../state/route.js';

/**
 * Screens under `#/meetings/...`, by the segment after the meeting id (`''` is the meeting itself).
 * Each receives the full path; one line per screen.
 */
const meetingScreens: Record<string, (props: { path: string[] }) => React.JSX.Element | null> = {
  '': MeetingDashboard,
  prepare: PreparationPage,
  audit: AuditLogPage,
  read: ReadingPage,
  score: ScoringScreen,
  discuss: DiscussionScreen,
  vote: VoteScreen,
  signoff: SignoffScreen,
};

/** Screens under `#/meetings/<name>` that are not a meeting, such as `new` for manual set-up. */
const topLevelScreens: Record<string, (props: { path: string[] }) => React.JSX.Element | null> = {
  import: ImportPage,
  new: NewMeetingPage,
};

export function MeetingRoutes() {
  const t = useT();
  const { path } = useRoute();
  const [, first, second = ''] = path;
  if (first === undefined) return <MeetingListPage />;
  const Screen = topLevelScreens[first] ?? meetingScreens[second];
  return Screen ? <Screen path={path} /> : <Result status="404" title={t('meetings.notFound')} />;
}
