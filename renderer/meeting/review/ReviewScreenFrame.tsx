import { App, Result } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../../state/app-store.js';
import { type ReviewScreen, ReviewHeader } from './ReviewHeader.js';
import { type ReviewView, useReview } from './use-review.js';

/** The app frame's header (64) and the content's padding (2 × 24) around a review screen. */
const frameChrome = 112;

type ReadyReview = Extract<ReviewView, { state: 'ready' }>;

/** The draft whose review screens were opened last, so that its toasts do not linger over another draft's screens. */
let shownDraft: string | null = null;

/**
 * Reads the submission named by the route (`#/meetings/<id>/<screen>/<submissionId>`) and lays out
 * the header above the screen's body, which gets the rest of the window's height.
 */
export function ReviewScreenFrame({ path, screen, children }: { path: string[]; screen: ReviewScreen; children: (review: ReadyReview) => ReactNode }) {
  const t = useT();
  const [, meetingId = '', , submissionId = ''] = path;
  const review = useReview(meetingId, submissionId);
  const { message } = App.useApp();
  useEffect(() => {
    const draft = `${meetingId}/${submissionId}`;
    if (shownDraft !== null && shownDraft !== draft) message.destroy();
    shownDraft = draft;
  }, [message, meetingId, submissionId]);
  if (review.state === 'loading') return null;
  if (review.state === 'missing') return <Result status="404" title={t('meeting.notFound', { id: review.what })} />;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', height: `calc(100vh - ${frameChrome}px)`, minHeight: 520 }}>
      <ReviewHeader meeting={review.data.meeting} submission={review.submission} active={screen} />
      <div style={{ flex: 1, minHeight: 0 }}>{children(review)}</div>
    </div>
  );
}
