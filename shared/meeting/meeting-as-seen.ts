import { rubricFor } from '../engine/review-config.js';
import type { TransitionCheck } from '../engine/lifecycle.js';
import { visibilityFor, type Viewer } from '../engine/visibility.js';
import type { ReviewSnapshot } from '../engine/review-snapshot.js';
import type { AuditEvent } from '../model/audit-event.js';
import type { Pledge } from '../model/pledge.js';
import type { ScoreSheet, ScoreSheetVersion } from '../model/score-sheet.js';
import type { ConflictFlag } from '../engine/conflict.js';
import { conflictsOf, recusalsWithDetected, reviewSnapshotFor, reviewSnapshotsOf, type MeetingData } from './meeting-data.js';
import { emptySheetContent } from './sheet-content.js';
import { nextCheckOf } from './submission-status.js';

/** A pledge as it leaves the host: the PIN's hash never does, since a 4–6 digit PIN falls to any offline guess. */
const withoutPin = ({ pin: _pin, ...pledge }: Pledge): Pledge => pledge;

/**
 * The meeting as one viewer may receive it. Another expert's working draft never leaves the host;
 * their submitted versions and clause comments only once the engine lets this viewer see other
 * experts' scores for that submission. A sealed sheet keeps its status, so progress still shows.
 */
const revealedFor = (snapshots: ReadonlyMap<string, ReviewSnapshot>, viewer: Viewer): Set<string> =>
  new Set([...snapshots].filter(([, snapshot]) => visibilityFor(snapshot, viewer).othersScores).map(([submissionId]) => submissionId));

/** A submitted version without the image of the expert's signature, which only the printed score sheet shows. */
const unsigned = ({ signatureImage: _signature, ...version }: ScoreSheetVersion): ScoreSheetVersion => version;

const isViewer = (viewer: Viewer, expertId: string) => viewer.kind === 'expert' && viewer.expertId === expertId;

/**
 * What every viewer's view of one state of the meeting is made from, whoever looks: the engine's
 * snapshot and next-phase answer per submission, the pledges without their PIN hashes. Worked out
 * once per state, so thirty devices reading the same state pay for it once (see `seenThrough`).
 */
export type MeetingBasis = {
  data: MeetingData;
  conflicts: readonly ConflictFlag[];
  snapshots: ReadonlyMap<string, ReviewSnapshot>;
  nextChecks: Readonly<Record<string, TransitionCheck>>;
  pledges: Pledge[];
};

export const meetingBasisOf = (data: MeetingData): MeetingBasis => {
  const conflicts = conflictsOf(data);
  const snapshots = reviewSnapshotsOf(data, conflicts);
  const nextChecks: Record<string, TransitionCheck> = {};
  for (const submission of data.submissions) {
    const check = nextCheckOf(data, submission, snapshots.get(submission.id));
    if (check !== null) nextChecks[submission.id] = check;
  }
  return { data, conflicts, snapshots, nextChecks, pledges: data.pledges.map(withoutPin) };
};

/**
 * The basis of `data`, a later state of the meeting in which only the rows of `changed` submissions
 * differ from `basis.data` (same meeting, panel, pledges and drafts list): their snapshots and
 * next-phase answers are worked out again, every other one is kept. A sheet submitted costs the
 * engine one submission, not the meeting.
 */
export const meetingBasisAfter = (basis: MeetingBasis, data: MeetingData, changed: ReadonlySet<string>): MeetingBasis => {
  const recusals = recusalsWithDetected(data, basis.conflicts);
  const snapshots = new Map(basis.snapshots);
  const nextChecks: Record<string, TransitionCheck> = { ...basis.nextChecks };
  for (const submission of data.submissions.filter((s) => changed.has(s.id))) {
    const snapshot = reviewSnapshotFor(data, submission, recusals);
    snapshots.set(submission.id, snapshot);
    const check = nextCheckOf(data, submission, snapshot);
    if (check === null) delete nextChecks[submission.id];
    else nextChecks[submission.id] = check;
  }
  return { ...basis, data, snapshots, nextChecks };
};

/**
 * Where the meeting is read: at the workstation, which prints the documents (signatures and all), or
 * on an expert's own device over the room's network.
 */
export type ReadAt = 'workstation' | 'device';

/**
 * The meeting as `viewer` may receive it, from a basis that may serve other viewers too (it is not
 * changed). A device receives no handwriting but its expert's own pledge and opinion signatures:
 * another expert's could be copied from there, and a finger-drawn signature is tens of kilobytes, so
 * thirty pledges and 240 signed sheet versions would make every read of every device megabytes.
 */
export const seenThrough = ({ data, snapshots, nextChecks, pledges }: MeetingBasis, viewer: Viewer, at: ReadAt = 'workstation'): MeetingData => {
  const empty = emptySheetContent(rubricFor(data.meeting));
  const ownerOf = (expertId: string) => isViewer(viewer, expertId);
  const revealed = revealedFor(snapshots, viewer);
  const onDevice = at === 'device';
  const versionsOf = (sheet: ScoreSheet) => (onDevice ? sheet.versions.map(unsigned) : sheet.versions);
  const seal = (sheet: ScoreSheet): ScoreSheet => {
    if (ownerOf(sheet.expertId)) return onDevice ? { ...sheet, versions: versionsOf(sheet) } : sheet;
    return revealed.has(sheet.submissionId) ? { ...sheet, draft: empty, versions: versionsOf(sheet) } : { ...sheet, draft: empty, versions: [] };
  };
  const theirs = (expertId: string) => onDevice && !ownerOf(expertId);
  return {
    ...data,
    nextChecks,
    pledges: onDevice ? pledges.map((pledge) => (theirs(pledge.expertId) ? { ...pledge, signatureImage: null } : pledge)) : pledges,
    verdicts: onDevice
      ? data.verdicts.map((verdict) => ({ ...verdict, signatures: verdict.signatures.map((signature) => (theirs(signature.expertId) ? { ...signature, image: null } : signature)) }))
      : data.verdicts,
    scoreSheets: data.scoreSheets.map(seal),
    comments: data.comments.filter((comment) => ownerOf(comment.expertId) || revealed.has(comment.submissionId)),
  };
};

export const meetingAsSeenBy = (data: MeetingData, viewer: Viewer, at: ReadAt = 'workstation'): MeetingData => seenThrough(meetingBasisOf(data), viewer, at);

/**
 * The audit trail as one viewer may read it: a submitted sheet's recommendation is part of its
 * scores, so it stays out of the entry until the engine lets this viewer see other experts' scores.
 */
export const auditAsSeenBy = (events: readonly AuditEvent[], data: MeetingData, viewer: Viewer): AuditEvent[] => {
  const revealed = revealedFor(reviewSnapshotsOf(data), viewer);
  return events.map((event) => {
    // A sheet the secretary entered (代录) belongs to the expert the entry names, not to its actor.
    const proxy = event.action === 'score-sheet.proxy-submit';
    const owner = proxy ? event.details.expertId : event.actor;
    const sealed =
      (proxy || event.action === 'score-sheet.submit' || event.action === 'score-sheet.revise') &&
      !(typeof owner === 'string' && isViewer(viewer, owner)) &&
      (event.submissionId === null || !revealed.has(event.submissionId));
    if (!sealed) return event;
    const { recommendation: _recommendation, ...details } = event.details;
    return { ...event, details };
  });
};
