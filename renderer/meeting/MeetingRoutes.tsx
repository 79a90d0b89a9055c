import { Result } from 'antd';
import { useEffect } from 'react';
import { preloadPdfJs } from '../materials/pdfjs-loader.js';
import { prefetchMaterial } from '../materials/prefetch-material.js';
import { MeetingListPage, prefetchMeetingList } from '../pages/MeetingListPage.js';
import { lazyScreen, preloadWhenIdle, type LazyScreen } from '../shell/lazy-screen.js';
import { ScreenSuspense } from '../shell/ScreenSuspense.js';
import { useT } from '../state/app-store.js';
import { useRoute } from '../state/route.js';

type ScreenProps = { path: string[] };

// The meeting list is the first screen and comes with the app; every other screen is a chunk of its own.
const ImportPage = lazyScreen<ScreenProps>(() => import('../import/ImportPage.js').then((module) => module.ImportPage));
const NewMeetingPage = lazyScreen<ScreenProps>(() => import('../setup/NewMeetingPage.js').then((module) => module.NewMeetingPage));
const MeetingDashboard = lazyScreen<ScreenProps>(() => import('./dashboard/MeetingDashboard.js').then((module) => module.MeetingDashboard));
const PreparationPage = lazyScreen<ScreenProps>(() => import('./preparation/PreparationPage.js').then((module) => module.PreparationPage));
const AuditLogPage = lazyScreen<ScreenProps>(() => import('./audit/AuditLogPage.js').then((module) => module.AuditLogPage));
const ReadingPage = lazyScreen<ScreenProps>(() => import('../materials/ReadingPage.js').then((module) => module.ReadingPage));
const ScoringScreen = lazyScreen<ScreenProps>(() => import('./scoring/ScoringScreen.js').then((module) => module.ScoringScreen));
const DiscussionScreen = lazyScreen<ScreenProps>(() => import('./discussion/DiscussionScreen.js').then((module) => module.DiscussionScreen));
const VoteScreen = lazyScreen<ScreenProps>(() => import('./verdict/VoteScreen.js').then((module) => module.VoteScreen));
const SignoffScreen = lazyScreen<ScreenProps>(() => import('./verdict/SignoffScreen.js').then((module) => module.SignoffScreen));

/**
 * Screens under `#/meetings/...`, by the segment after the meeting id (`''` is the meeting itself).
 * Each receives the full path; one line per screen.
 */
const meetingScreens: Record<string, LazyScreen<ScreenProps>> = {
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
const topLevelScreens: Record<string, LazyScreen<ScreenProps>> = {
  import: ImportPage,
  new: NewMeetingPage,
};

const preloaded = [MeetingDashboard, ScoringScreen, ReadingPage, PreparationPage, DiscussionScreen, VoteScreen, SignoffScreen, AuditLogPage, ImportPage, NewMeetingPage];

/**
 * Starts fetching what a meeting route needs: its code, and for the screens that show a material
 * beside their first paint, pdf.js, its worker and the material itself. At start-up this runs beside
 * the settings' round trip to the host, so a reload of the scoring screen waits for each once, together.
 */
export const preloadMeetingRoute = ([section, meetingId, screen = '', submissionId, materialId]: readonly string[]): void => {
  if (section !== 'meetings' || meetingId === undefined) return;
  (topLevelScreens[meetingId] ?? meetingScreens[screen])?.preload().catch((error: unknown) => console.error('预载页面失败', error));
  if ((screen === 'score' || screen === 'read') && submissionId !== undefined) {
    preloadPdfJs();
    prefetchMaterial(meetingId, submissionId, screen === 'read' ? materialId : undefined);
  }
};

/** At start-up only (a later visit reads afresh): the route's preloading, and the meeting list when the app opens on it. */
export const preloadFirstScreen = (path: readonly string[]): void => {
  preloadMeetingRoute(path);
  if (path[0] === 'meetings' && path[1] === undefined) prefetchMeetingList();
};

export function MeetingRoutes() {
  const t = useT();
  const { path } = useRoute();
  const [, first, second = ''] = path;
  useEffect(() => preloadMeetingRoute(path), [path]);
  useEffect(() => preloadWhenIdle(preloaded), []);
  if (first === undefined) return <MeetingListPage />;
  const Screen = topLevelScreens[first] ?? meetingScreens[second];
  // A boundary of its own, so this component's effects run (the route's preloading starts) while the screen's chunk arrives.
  return Screen ? (
    <ScreenSuspense>
      <Screen path={path} />
    </ScreenSuspense>
  ) : (
    <Result status="404" title={t('meetings.notFound')} />
  );
}
