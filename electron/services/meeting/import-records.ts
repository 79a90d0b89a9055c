import { HostFailure } from '../../../shared/api/result.js';
import type { AuditDetails } from '../../../shared/meeting/audit-actions.js';
import type { ManifestRecords } from '../../../shared/package/manifest-records.js';
import { planReimport, type ReimportPlan, type StoredMeeting, type WorkReference } from '../../../shared/package/reimport-plan.js';
import type { MeetingTx } from './meeting-store.js';

/** What the store holds for a meeting, reduced to what a re-import compares and the work it must keep. */
const storedMeeting = (tx: MeetingTx, meetingId: string): StoredMeeting | null => {
  const meeting = tx.meetings.get(meetingId);
  if (meeting === undefined) return null;
  const work: WorkReference[] = [
    ...tx.scoreSheets.list(meetingId).map((row) => ({ table: 'scoreSheets' as const, expertId: row.expertId, submissionId: row.submissionId })),
    ...tx.comments.list(meetingId).map((row) => ({ table: 'comments' as const, expertId: row.expertId, submissionId: row.submissionId })),
    ...tx.pledges.list(meetingId).map((row) => ({ table: 'pledges' as const, expertId: row.expertId, submissionId: null })),
    ...tx.recusals.list(meetingId).map((row) => ({ table: 'recusals' as const, expertId: row.expertId, submissionId: row.submissionId })),
    ...tx.verdicts.list(meetingId).map((row) => ({ table: 'verdicts' as const, expertId: null, submissionId: row.submissionId })),
  ];
  return {
    meeting,
    experts: tx.experts.list(meetingId),
    submissions: tx.submissions.list(meetingId),
    materials: tx.materials.list(meetingId),
    work,
  };
};

/** What writing these records would change in the store as it is now. */
export const planRecords = (tx: MeetingTx, records: ManifestRecords): ReimportPlan => planReimport(records, storedMeeting(tx, records.meeting.id));

/** Refuses a plan that would invalidate score sheets already written. */
export const requireUnblocked = (plan: ReimportPlan): void => {
  const [blocker] = plan.blockers;
  if (blocker === undefined) return;
  const what = blocker.field === 'reviewType' ? '审评类型' : '评分表';
  throw new HostFailure('refused', `评审包会改变已有 ${blocker.scoreSheets} 份评分表所依据的${what}，未导入`, blocker.field);
};

/** Where the records came from, for the audit entry: a package or the manual set-up, with their own details. */
export type RecordsSource =
  | { action: 'package.import'; details: AuditDetails<'package.import'> }
  | { action: 'meeting.create'; details: AuditDetails<'meeting.create'> };

const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

/**
 * Writes a meeting's package-owned records and the audit entry, inside the caller's `store.write`: the
 * plan is made again here, so work recorded since a preview is kept, and a blocked plan writes nothing.
 */
export const writeRecords = (tx: MeetingTx, records: ManifestRecords, source: RecordsSource, at: string): ReimportPlan => {
  const meetingId = records.meeting.id;
  const plan = planRecords(tx, records);
  requireUnblocked(plan);
  const { write } = plan;
  tx.meetings.put(write.meeting);
  for (const id of write.deleteExperts) tx.experts.delete(meetingId, id);
  for (const id of write.deleteSubmissions) {
    tx.submissions.delete(meetingId, id);
    tx.complianceReports.delete(meetingId, id);
  }
  for (const id of write.deleteMaterials) tx.materials.delete(meetingId, id);
  for (const expert of write.experts) tx.experts.put(expert);
  for (const submission of write.submissions) tx.submissions.put(submission);
  for (const material of write.materials) tx.materials.put(material);
  const planned = {
    reimport: plan.reimport,
    counts: { experts: write.experts.length, submissions: write.submissions.length, materials: write.materials.length },
    meetingChanges: plan.meetingChanges,
    added: { experts: idsOf(plan.experts.added), submissions: idsOf(plan.submissions.added), materials: idsOf(plan.materials.added) },
    removed: { experts: write.deleteExperts, submissions: write.deleteSubmissions, materials: write.deleteMaterials },
    changed: {
      experts: plan.experts.changed.map((change) => change.after.id),
      submissions: plan.submissions.changed.map((change) => change.after.id),
      materials: plan.materials.changed.map((change) => change.after.id),
    },
    kept: { experts: plan.experts.kept.map((kept) => kept.record.id), submissions: plan.submissions.kept.map((kept) => kept.record.id) },
  };
  const entry = { meetingId, submissionId: null, actor: 'secretary', at };
  // The same call in both branches: each action's details type-check only once the action is known.
  if (source.action === 'package.import') tx.audit.append({ ...entry, action: source.action, details: { ...source.details, ...planned } });
  else tx.audit.append({ ...entry, action: source.action, details: { ...source.details, ...planned } });
  return plan;
};
