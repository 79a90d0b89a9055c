import type { SheetIssue } from '../../../shared/engine/validate-sheet.js';
import { emptySheetContent } from '../../../shared/meeting/sheet-content.js';
import { contentToSubmit, submissionIssues } from '../../../shared/meeting/sheet-submission.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import type { ScoreSheet, ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { recordAudit } from '../../db/audit.js';
import type { WorkstationDatabase } from '../../db/database.js';
import { inReviewTransaction, requirePhase } from '../review/review-transaction.js';

export type SheetKey = { meetingId: string; submissionId: string; expertId: string };

/** What the expert is working on: the sheet's draft and their clause comments on the submission. */
export type SheetDraft = { content: ScoreSheetContent; comments: ReviewComment[] };

/** The engine's issues (and incomplete comments) that stopped a submission; the form points at each field. */
export class SheetRejected extends Error {
  constructor(readonly issues: SheetIssue[]) {
    super(issues.map((i) => i.message).join('；'));
  }
}

const editablePhases = ['scoring', 'discussion', 'vote'] as const;

const findSheet = (db: WorkstationDatabase, key: SheetKey) =>
  db.scoreSheets.where('[meetingId+submissionId+expertId]').equals([key.meetingId, key.submissionId, key.expertId]).first();

const ownComments = (db: WorkstationDatabase, key: SheetKey) =>
  db.comments
    .where('[meetingId+submissionId]')
    .equals([key.meetingId, key.submissionId])
    .filter((c) => c.expertId === key.expertId)
    .toArray();

/** The expert's sheet and comments, creating a blank draft sheet the first time they open it. */
export const openSheet = (db: WorkstationDatabase, key: SheetKey, rubric: Rubric): Promise<{ sheet: ScoreSheet; comments: ReviewComment[] }> =>
  db.transaction('rw', [db.scoreSheets, db.comments], async () => {
    const comments = (await ownComments(db, key)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const existing = await findSheet(db, key);
    if (existing !== undefined) return { sheet: existing, comments };
    const sheet: ScoreSheet = {
      id: `${key.submissionId}/${key.expertId}`,
      ...key,
      rubricId: rubric.id,
      status: 'draft',
      draft: emptySheetContent(rubric),
      versions: [],
      updatedAt: new Date().toISOString(),
    };
    await db.scoreSheets.add(sheet);
    return { sheet, comments };
  });

/** Writes the working draft and the expert's comments together; comments no longer in the draft are deleted. */
export const saveSheetDraft = (db: WorkstationDatabase, key: SheetKey, draft: SheetDraft): Promise<void> =>
  db.transaction('rw', [db.submissions, db.scoreSheets, db.comments], async () => {
    const submission = await db.submissions.get([key.meetingId, key.submissionId]);
    if (submission === undefined) throw new Error(`找不到审评项目 ${key.submissionId}`);
    requirePhase(submission, editablePhases, '修改评分表');
    const sheet = await findSheet(db, key);
    if (sheet === undefined) throw new Error(`找不到专家 ${key.expertId} 的评分表`);
    await db.scoreSheets.put({ ...sheet, draft: draft.content, updatedAt: new Date().toISOString() });
    const kept = new Set(draft.comments.map((c) => c.id));
    const gone = (await ownComments(db, key)).filter((c) => !kept.has(c.id));
    await db.comments.bulkDelete(gone.map((c) => [c.meetingId, c.id] as [string, string]));
    await db.comments.bulkPut(draft.comments);
  });

/** A signature drawn on the pad: a PNG data URL. */
const drawnSignature = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/u;

/**
 * Submits the draft as the sheet's next version, signed with the signature the expert just drew:
 * version 1 is the preliminary score, a later one a revision that needs a reason (kept in the audit
 * trail with the version it explains). The version keeps a justification only where its score needs one.
 */
export const submitSheet = (db: WorkstationDatabase, key: SheetKey, reason: string, signatureImage: string): Promise<number> =>
  inReviewTransaction(db, key.meetingId, key.submissionId, async ({ submission, snapshot }) => {
    requirePhase(submission, editablePhases, '提交评分表');
    const sheet = snapshot.sheets.find((s) => s.expertId === key.expertId);
    if (sheet === undefined) throw new Error(`找不到专家 ${key.expertId} 的评分表`);
    const comments = (await ownComments(db, key)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const { rubric, rules } = snapshot;
    const issues = submissionIssues({ rubric, rules, draft: sheet.draft, comments, last: sheet.versions.at(-1), reason });
    if (!drawnSignature.test(signatureImage)) issues.push({ field: 'signature', message: '提交评分表须由专家本人手写签名' });
    const content = contentToSubmit(rubric, rules, sheet.draft);
    const recommendation = content.recommendation;
    if (issues.length > 0 || recommendation === null) throw new SheetRejected(issues);
    const now = new Date().toISOString();
    const versionNo = sheet.versions.length + 1;
    await db.scoreSheets.put({
      ...sheet,
      status: 'submitted',
      versions: [...sheet.versions, { ...content, recommendation, versionNo, submittedAt: now, signatureImage }],
      updatedAt: now,
    });
    await recordAudit(db, {
      meetingId: key.meetingId,
      submissionId: key.submissionId,
      actor: key.expertId,
      action: versionNo === 1 ? 'score-sheet.submit' : 'score-sheet.revise',
      at: now,
      details: { sheetId: sheet.id, versionNo, reason: reason.trim(), recommendation },
    });
    return versionNo;
  });
