import { bundleDigest } from '../../../shared/bundle/verdict-bundle.js';
import { checkTransition } from '../../../shared/engine/lifecycle.js';
import { outcomeOf } from '../../../shared/engine/lifecycle-guards.js';
import { draftVerdict, withOutcome } from '../../../shared/engine/verdict-draft.js';
import { type VerdictChanges, amendVerdict, finaliseVerdict, verdictDigest } from '../../../shared/engine/verdict-versions.js';
import { buildVerdictBundle } from '../../../shared/meeting/build-verdict-bundle.js';
import type { AuditRecord } from '../../../shared/meeting/audit-actions.js';
import { signingRefusal } from '../../../shared/meeting/sign-off-order.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import type { Verdict } from '../../../shared/model/verdict.js';
import { recordAudit } from '../../db/audit.js';
import type { WorkstationDatabase } from '../../db/database.js';
import type { OutboxEntry } from '../../db/outbox-entry.js';
import { type ReviewContext, inReviewTransaction, requirePhase } from '../review/review-transaction.js';

type Ids = { meetingId: string; submissionId: string };

/** The working verdict, started as version 1 the first time anyone writes to it. */
const workingVerdict = ({ snapshot, submission, data }: ReviewContext): Verdict => {
  if (snapshot.verdict !== null) return snapshot.verdict;
  const verdictId = crypto.randomUUID();
  return draftVerdict(
    { id: `${verdictId}/1`, verdictId, meetingId: data.meeting.id, submissionId: submission.id },
    snapshot.rubric,
    outcomeOf(snapshot),
  );
};

/**
 * Applies `edit` to the working verdict and recomputes what the engine owns (outcome, aggregate,
 * votes, recusals) from the state the edit leaves, in the same transaction as the audit entry.
 */
const editVerdict = (
  db: WorkstationDatabase,
  ids: Ids,
  allowed: readonly ReviewPhase[],
  what: string,
  audit: { actor: string } & AuditRecord,
  edit: (verdict: Verdict, context: ReviewContext) => Verdict,
): Promise<Verdict> =>
  inReviewTransaction(db, ids.meetingId, ids.submissionId, async (context) => {
    requirePhase(context.submission, allowed, what);
    const current = workingVerdict(context);
    if (current.status === 'final') throw new Error(`审评结论第 ${current.versionNo} 版已定稿，只能正式修订`);
    const edited = edit(current, context);
    const next = withOutcome(edited, outcomeOf({ ...context.snapshot, verdict: edited }));
    await db.verdicts.put(next);
    await recordAudit(db, { meetingId: ids.meetingId, submissionId: ids.submissionId, at: new Date().toISOString(), ...audit });
    return next;
  });

/** 分歧说明 for one flagged criterion; an empty note withdraws it. */
export const recordReconciliationNote = (db: WorkstationDatabase, ids: Ids, by: string, criterionId: string, note: string) =>
  editVerdict(db, ids, ['discussion', 'vote'], '填写分歧说明', { actor: by, action: 'verdict.reconcile', details: { criterionId, note } }, (v) => ({
    ...v,
    reconciliationNotes: [
      ...v.reconciliationNotes.filter((n) => n.criterionId !== criterionId),
      ...(note.trim() === '' ? [] : [{ criterionId, note: note.trim(), recordedBy: by, recordedAt: new Date().toISOString() }]),
    ],
  }));

/** The chair upholds or overrules one expert's veto, with a reason. */
export const ruleOnVeto = (
  db: WorkstationDatabase,
  ids: Ids,
  by: string,
  ruling: { expertId: string; criterionId: string; upheld: boolean; note: string },
) => {
  if (ruling.note.trim() === '') return Promise.reject(new Error('确认或驳回否决须写明理由'));
  return editVerdict(db, ids, ['discussion', 'vote'], '裁定否决', { actor: by, action: 'verdict.veto-ruling', details: ruling }, (v) => ({
    ...v,
    vetoRulings: [
      ...v.vetoRulings.filter((r) => !(r.expertId === ruling.expertId && r.criterionId === ruling.criterionId)),
      { ...ruling, note: ruling.note.trim(), decidedAt: new Date().toISOString() },
    ],
  }));
};

export type ConclusionFields = Pick<Verdict, 'conclusion' | 'revisionRequirements' | 'dissent'>;

/** The opinion text, requirements and dissent as the chair edits them during the vote; blank entries are not kept. */
export const saveConclusion = (db: WorkstationDatabase, ids: Ids, by: string, fields: ConclusionFields) => {
  const revisionRequirements = fields.revisionRequirements.map((r) => r.trim()).filter((r) => r !== '');
  const dissent = fields.dissent.filter((d) => d.text.trim() !== '').map((d) => ({ ...d, text: d.text.trim() }));
  return editVerdict(
    db,
    ids,
    ['vote'],
    '修改审评意见',
    { actor: by, action: 'verdict.conclusion', details: { requirements: revisionRequirements.length, dissent: dissent.length } },
    (v) => ({ ...v, conclusion: fields.conclusion, revisionRequirements, dissent }),
  );
};

/** One participant's drawn signature; the chair's only after everyone else's. */
export const signVerdict = (db: WorkstationDatabase, ids: Ids, expertId: string, image: string) =>
  editVerdict(db, ids, ['sign-off'], '签名', { actor: expertId, action: 'verdict.sign', details: {} }, (v, { snapshot }) => {
    const refusal = signingRefusal({ ...snapshot, verdict: v }, expertId);
    if (refusal !== null) throw new Error(refusal);
    return { ...v, signatures: [...v.signatures, { expertId, signedAt: new Date().toISOString(), image }] };
  });

const queueBundle = async (db: WorkstationDatabase, context: ReviewContext, verdict: Verdict, previousBundleDigest: string | null) => {
  const bundle = buildVerdictBundle({
    meeting: context.data.meeting,
    verdict,
    sheets: context.data.scoreSheets,
    comments: context.data.comments,
    recusals: context.data.recusals,
    previousBundleDigest,
  });
  const entry: OutboxEntry = {
    id: `${verdict.verdictId}/${verdict.versionNo}`,
    meetingId: verdict.meetingId,
    verdictId: verdict.verdictId,
    versionNo: verdict.versionNo,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: verdict.finalizedAt ?? new Date().toISOString(),
    lastError: null,
    receipt: null,
    bundle,
    bundleDigest: bundleDigest(bundle),
  };
  await db.outbox.add(entry);
  return entry;
};

/**
 * 定稿: the engine's guards, the frozen verdict, its bundle in the outbox and the submission's phase,
 * all in one transaction, so a crash leaves either everything or nothing.
 */
export const finaliseReview = (db: WorkstationDatabase, ids: Ids, by: string): Promise<Verdict> =>
  inReviewTransaction(db, ids.meetingId, ids.submissionId, async (context) => {
    const check = checkTransition(context.snapshot, 'finalised');
    if (!check.allowed) throw new Error(check.reasons.join('；'));
    const verdict = context.snapshot.verdict;
    if (verdict === null) throw new Error('尚未形成审评结论');
    const now = new Date().toISOString();
    const result = finaliseVerdict(verdict, { expertId: by, now });
    if (!result.ok) throw new Error(result.reason);
    await db.verdicts.put(result.verdict);
    const entry = await queueBundle(db, context, result.verdict, null);
    await db.submissions.put({ ...context.submission, phase: 'finalised' });
    await recordAudit(db, {
      meetingId: ids.meetingId,
      submissionId: ids.submissionId,
      actor: by,
      action: 'verdict.finalise',
      at: now,
      details: { verdictId: verdict.verdictId, versionNo: verdict.versionNo, digest: verdictDigest(result.verdict), bundleDigest: entry.bundleDigest },
    });
    return result.verdict;
  });

/** 正式修订: version n + 1 chained to version n, with its own outbox entry, in one transaction. */
export const amendReview = (
  db: WorkstationDatabase,
  ids: Ids,
  amendment: { by: string; reason: string; changes: VerdictChanges },
): Promise<Verdict> =>
  inReviewTransaction(db, ids.meetingId, ids.submissionId, async (context) => {
    const previous = context.snapshot.verdict;
    if (previous === null) throw new Error('尚无已定稿的审评结论');
    const now = new Date().toISOString();
    const result = amendVerdict(previous, {
      id: `${previous.verdictId}/${previous.versionNo + 1}`,
      changes: amendment.changes,
      reason: amendment.reason,
      by: amendment.by,
      now,
    });
    if (!result.ok) throw new Error(result.reason);
    const previousEntry = await db.outbox.where('[verdictId+versionNo]').equals([previous.verdictId, previous.versionNo]).first();
    if (previousEntry === undefined) throw new Error(`找不到审评结论第 ${previous.versionNo} 版的上报记录`);
    await db.verdicts.add(result.verdict);
    const entry = await queueBundle(db, context, result.verdict, previousEntry.bundleDigest);
    await db.submissions.put({ ...context.submission, phase: 'finalised' });
    await recordAudit(db, {
      meetingId: ids.meetingId,
      submissionId: ids.submissionId,
      actor: amendment.by,
      action: 'verdict.amend',
      at: now,
      details: {
        verdictId: previous.verdictId,
        versionNo: result.verdict.versionNo,
        reason: amendment.reason.trim(),
        digest: verdictDigest(result.verdict),
        bundleDigest: entry.bundleDigest,
      },
    });
    return result.verdict;
  });
