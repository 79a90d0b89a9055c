import type { Caller } from '../../../shared/api/caller.js';
import { HostFailure } from '../../../shared/api/result.js';
import { phaseLabels } from '../../../shared/engine/labels.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { visibilityFor } from '../../../shared/engine/visibility.js';
import { reviewSnapshotFor, type MeetingData } from '../../../shared/meeting/meeting-data.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { ScoreSheet } from '../../../shared/model/score-sheet.js';
import type { Submission } from '../../../shared/model/submission.js';
import type { ActingExperts } from './acting-experts.js';
import { requireActingExpert } from './actor.js';
import type { MeetingTx } from './meeting-store.js';
import { readSubmissionData } from './read-meeting-data.js';

export type SheetKey = { meetingId: string; submissionId: string; expertId: string };

/** What a sheet operation works with once the host has let the caller at the sheet. */
export type SheetAccess = {
  expert: Expert;
  submission: Submission;
  snapshot: ReviewSnapshot;
  /** Undefined until the expert first opens the sheet for editing. */
  sheet: ScoreSheet | undefined;
  /** The expert's own comments on the submission, oldest first: the order the form numbers them in. */
  comments: ReviewComment[];
  mode: 'read' | 'edit';
};

/**
 * Lets the acting expert at their own sheet as far as the engine's rules allow, or refuses saying
 * why: an absent expert does not score; recusal, a missing pledge and the phase decide through
 * `visibilityFor`, the rule the screens follow too. `what` names the act for the message.
 */
export const sheetAccess = (tx: MeetingTx, caller: Caller, acting: ActingExperts, key: SheetKey, need: 'read' | 'edit', what: string): SheetAccess =>
  expertSheetAccess(tx, requireActingExpert(tx, caller, acting, key.meetingId, key.expertId), key, need, what);

/**
 * As `sheetAccess`, for an expert someone else has already established may be acted for: the
 * secretary entering the expert's paper sheet (代录) is held to the same rules of the meeting.
 */
export const expertSheetAccess = (tx: MeetingTx, expert: Expert, key: SheetKey, need: 'read' | 'edit', what: string): SheetAccess => {
  const data: MeetingData | null = readSubmissionData(tx, key.meetingId, key.submissionId);
  const submission = data?.submissions[0];
  if (data === null || submission === undefined) throw new HostFailure('not-found', `找不到审评项目 ${key.submissionId}`, 'submissionId');
  if (!expert.present) throw new HostFailure('refused', `专家${expert.name}未到会，不能${what}`, 'expertId');
  const snapshot = reviewSnapshotFor(data, submission);
  const { ownSheet, reason } = visibilityFor(snapshot, { kind: 'expert', expertId: expert.id });
  if (ownSheet === 'none') throw new HostFailure('refused', `不能${what}：${reason}`, 'expertId');
  if (need === 'edit' && ownSheet !== 'edit') {
    const why = submission.phase === 'scoring' ? '，已提交的评分在合议开始后才能修改' : '';
    throw new HostFailure('refused', `《${submission.standardName}》处于「${phaseLabels[submission.phase]}」阶段，不能${what}${why}`, 'submissionId');
  }
  return {
    expert,
    submission,
    snapshot,
    sheet: snapshot.sheets.find((s) => s.expertId === expert.id),
    comments: data.comments.filter((c) => c.expertId === expert.id),
    mode: ownSheet,
  };
};
