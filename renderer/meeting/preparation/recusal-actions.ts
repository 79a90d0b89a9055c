import { detectConflicts, recusalFromConflict } from '../../../shared/engine/conflict.js';
import { phaseLabels } from '../../../shared/engine/labels.js';
import type { Recusal } from '../../../shared/model/recusal.js';
import type { Submission } from '../../../shared/model/submission.js';
import { recordAudit } from '../../db/audit.js';
import { database } from '../../state/database.js';
import { expertOf } from './preparation-actions.js';

const recusalTables = [database.experts, database.submissions, database.recusals, database.auditLog];

const recusalId = (submissionId: string, expertId: string) => `R-${submissionId}-${expertId}`;

/** Recusals are settled before anyone scores: once scoring starts, who scores is fixed. */
const submissionInPreparation = async (meetingId: string, submissionId: string, what: string): Promise<Submission> => {
  const submission = await database.submissions.get([meetingId, submissionId]);
  if (submission === undefined) throw new Error(`找不到审评项目 ${submissionId}`);
  if (submission.phase !== 'preparation') throw new Error(`《${submission.standardName}》已进入「${phaseLabels[submission.phase]}」，不能再${what}`);
  return submission;
};

export type RecusalDeclaration = {
  submissionId: string;
  expertId: string;
  /** The conflict in the declarer's words. */
  reason: string;
  /** The expert themselves, or the chair for them. */
  declaredBy: string;
};

/**
 * A conflict the engine did not detect, declared as the pledge asks. The expert's own declaration
 * awaits the chair like a detected flag; the chair's declaration is the chair's decision already,
 * so it is recorded confirmed (a second click by the same person would add nothing).
 */
export const declareRecusal = (meetingId: string, declaration: RecusalDeclaration): Promise<Recusal> =>
  database.transaction('rw', recusalTables, async () => {
    // The minutes quote the reason inside their own sentence, which brings its own full stop.
    const typed = declaration.reason.trim().replace(/[。；;，,.\s]+$/u, '');
    if (typed === '') throw new Error('利益冲突情况不能为空');
    const expert = await expertOf(meetingId, declaration.expertId);
    const declarer = await expertOf(meetingId, declaration.declaredBy);
    const byChair = declarer.role === 'chair';
    if (!byChair && declarer.id !== expert.id) throw new Error(`只有专家本人或组长可以申明回避，${declarer.name}不能代专家${expert.name}申明`);
    const submission = await submissionInPreparation(meetingId, declaration.submissionId, '申明回避');
    const existing = await database.recusals.where({ meetingId, submissionId: submission.id, expertId: expert.id }).first();
    if (existing !== undefined || detectConflicts([expert], [submission]).length > 0) {
      throw new Error(`专家${expert.name}与《${submission.standardName}》已有回避记录，请由组长在列表中决定`);
    }
    const at = new Date().toISOString();
    const recusal: Recusal = {
      id: recusalId(submission.id, expert.id),
      meetingId,
      submissionId: submission.id,
      expertId: expert.id,
      source: 'declared',
      declaredBy: declarer.id,
      reason: typed,
      status: byChair ? 'confirmed' : 'flagged',
      flaggedAt: at,
      decidedBy: byChair ? declarer.id : null,
      decidedAt: byChair ? at : null,
    };
    await database.recusals.add(recusal);
    await recordAudit(database, {
      meetingId,
      submissionId: submission.id,
      actor: declarer.id,
      action: 'recusal.declare',
      at,
      details: { expertId: expert.id, reason: typed, status: recusal.status },
    });
    return recusal;
  });

export type RecusalDecision = {
  submissionId: string;
  expertId: string;
  status: 'confirmed' | 'dismissed';
  note: string;
  /** The chair's expert id. */
  decidedBy: string;
};

/**
 * The chair's decision on one conflict flag, detected or declared. A flag the engine detected but
 * nobody recorded yet becomes its record here. Decisions are final once the submission's scoring has started.
 */
export const decideRecusal = (meetingId: string, decision: RecusalDecision): Promise<Recusal> =>
  database.transaction('rw', recusalTables, async () => {
    const note = decision.note.trim();
    if (note === '') throw new Error('回避决定须写明理由');
    const expert = await expertOf(meetingId, decision.expertId);
    const submission = await submissionInPreparation(meetingId, decision.submissionId, '变更回避决定');
    const at = new Date().toISOString();
    const recorded = await database.recusals.where({ meetingId, submissionId: decision.submissionId, expertId: decision.expertId }).first();
    const flag = detectConflicts([expert], [submission])[0];
    const base = recorded ?? (flag === undefined ? null : recusalFromConflict(flag, { id: recusalId(decision.submissionId, decision.expertId), meetingId, now: at }));
    if (base === null) throw new Error(`专家${expert.name}与《${submission.standardName}》没有待确认的回避提示`);
    const recusal: Recusal = { ...base, status: decision.status, decidedBy: decision.decidedBy, decidedAt: at, decisionNote: note };
    await database.recusals.put(recusal);
    await recordAudit(database, {
      meetingId,
      submissionId: decision.submissionId,
      actor: decision.decidedBy,
      action: 'recusal.decide',
      at,
      details: { expertId: decision.expertId, status: decision.status, note },
    });
    return recusal;
  });
