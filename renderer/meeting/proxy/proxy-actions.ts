import { visibilityFor } from '../../../shared/engine/visibility.js';
import { reviewSnapshotFor, type MeetingData } from '../../../shared/meeting/meeting-data.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import type { Submission } from '../../../shared/model/submission.js';
import { callHost } from '../../host/host-client.js';

export type ProxyKey = { meetingId: string; submissionId: string; expertId: string };

/**
 * 代录: enters the expert's signed paper sheet as their next version; resolves to its version number.
 * `comments`, when given, are all of the expert's clause comments on the submission; absent, they stay as stored.
 */
export const proxySubmitSheet = async (key: ProxyKey, content: ScoreSheetContent, comments: ReviewComment[] | undefined, reason: string): Promise<number> =>
  (await callHost('sheet.proxySubmit', { ...key, content, reason, ...(comments === undefined ? {} : { comments }) })).versionNo;

/** The submissions whose sheet the expert may submit now, by the rule the host applies; the host checks again. */
export const proxySubmissions = (data: MeetingData, expertId: string): Submission[] =>
  data.submissions.filter((submission) => visibilityFor(reviewSnapshotFor(data, submission), { kind: 'expert', expertId }).ownSheet === 'edit');
