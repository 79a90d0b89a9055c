import type { Table } from 'dexie';
import type { ManifestRecords } from '../../shared/package/manifest-records.js';
import { planReimport, type ReimportPlan, type StoredMeeting, type WorkReference } from '../../shared/package/reimport-plan.js';
import { recordAudit } from '../db/audit.js';
import type { MeetingScopedKey, WorkstationDatabase } from '../db/database.js';

/** The tables an import reads; the write also appends to the audit trail. */
const importTables = (db: WorkstationDatabase) => [
  db.meetings,
  db.experts,
  db.submissions,
  db.materials,
  db.scoreSheets,
  db.comments,
  db.pledges,
  db.recusals,
  db.verdicts,
];

/** Must run inside a transaction over `importTables`. */
const readStoredMeeting = async (db: WorkstationDatabase, meetingId: string): Promise<StoredMeeting | null> => {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting) return null;
  const ofMeeting = <T>(table: Table<T, MeetingScopedKey>) => table.where('meetingId').equals(meetingId).toArray();
  const [experts, submissions, materials, scoreSheets, comments, pledges, recusals, verdicts] = await Promise.all([
    ofMeeting(db.experts),
    ofMeeting(db.submissions),
    ofMeeting(db.materials),
    ofMeeting(db.scoreSheets),
    ofMeeting(db.comments),
    ofMeeting(db.pledges),
    ofMeeting(db.recusals),
    ofMeeting(db.verdicts),
  ]);
  const work: WorkReference[] = [
    ...scoreSheets.map((row) => ({ table: 'scoreSheets' as const, expertId: row.expertId, submissionId: row.submissionId })),
    ...comments.map((row) => ({ table: 'comments' as const, expertId: row.expertId, submissionId: row.submissionId })),
    ...pledges.map((row) => ({ table: 'pledges' as const, expertId: row.expertId, submissionId: null })),
    ...recusals.map((row) => ({ table: 'recusals' as const, expertId: row.expertId, submissionId: row.submissionId })),
    ...verdicts.map((row) => ({ table: 'verdicts' as const, expertId: null, submissionId: row.submissionId })),
  ];
  return { meeting, experts, submissions, materials, work };
};

/** What importing these records would change, as the preview shows it; writes nothing. */
export const planImport = (db: WorkstationDatabase, records: ManifestRecords): Promise<ReimportPlan> =>
  db.transaction('r', importTables(db), async () => planReimport(records, await readStoredMeeting(db, records.meeting.id)));

/** Where the records came from, for the audit trail. */
export type ImportSource = { action: 'package.import' | 'meeting.create'; details: Record<string, unknown> };

export class ImportBlocked extends Error {
  constructor(readonly plan: ReimportPlan) {
    super('评审包会改变已有评分表所依据的审评类型或评分表，未导入');
  }
}

const countsOf = (plan: ReimportPlan) => ({
  experts: plan.write.experts.length,
  submissions: plan.write.submissions.length,
  materials: plan.write.materials.length,
});

const idsOf = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

/**
 * Writes a meeting's package-owned records in one transaction with its audit entry. The plan is made again
 * inside the transaction, so work recorded since the preview is still kept; a blocked plan writes nothing.
 */
export const writeImport = (db: WorkstationDatabase, records: ManifestRecords, source: ImportSource): Promise<ReimportPlan> =>
  db.transaction('rw', [...importTables(db), db.auditLog], async () => {
    const meetingId = records.meeting.id;
    const plan = planReimport(records, await readStoredMeeting(db, meetingId));
    if (plan.blockers.length > 0) throw new ImportBlocked(plan);
    if (source.action === 'meeting.create' && plan.reimport) throw new Error(`会议编号 ${meetingId} 已被本机的另一次审评会使用`);
    const { write } = plan;
    await db.meetings.put(write.meeting);
    await db.experts.bulkDelete(write.deleteExperts.map((id) => [meetingId, id]));
    await db.submissions.bulkDelete(write.deleteSubmissions.map((id) => [meetingId, id]));
    await db.materials.bulkDelete(write.deleteMaterials.map((id) => [meetingId, id]));
    await db.experts.bulkPut(write.experts);
    await db.submissions.bulkPut(write.submissions);
    await db.materials.bulkPut(write.materials);
    await recordAudit(db, {
      meetingId,
      submissionId: null,
      actor: 'secretary',
      action: source.action,
      at: new Date().toISOString(),
      details: {
        ...source.details,
        reimport: plan.reimport,
        counts: countsOf(plan),
        meetingChanges: plan.meetingChanges,
        added: { experts: idsOf(plan.experts.added), submissions: idsOf(plan.submissions.added), materials: idsOf(plan.materials.added) },
        removed: { experts: write.deleteExperts, submissions: write.deleteSubmissions, materials: write.deleteMaterials },
        changed: {
          experts: plan.experts.changed.map((change) => change.after.id),
          submissions: plan.submissions.changed.map((change) => change.after.id),
          materials: plan.materials.changed.map((change) => change.after.id),
        },
        kept: { experts: plan.experts.kept.map((kept) => kept.record.id), submissions: plan.submissions.kept.map((kept) => kept.record.id) },
      },
    });
    return plan;
  });
