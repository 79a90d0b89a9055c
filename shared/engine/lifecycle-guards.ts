import type { Expert } from '../model/expert.js';
import { dispersionFlags, unresolvedDispersion } from './dispersion.js';
import { finalVersion, isRecused } from './eligibility.js';
import { type OutcomeResult, decideOutcome } from './outcome.js';
import type { ReviewSnapshot } from './review-snapshot.js';

/** Each guard returns the reasons, in Chinese, why the step is refused; an empty list lets it pass. */
export type Guard = (snapshot: ReviewSnapshot) => string[];

const names = (experts: readonly Expert[]): string => experts.map((e) => `${e.name}（${e.id}）`).join('、');

/** Present panel members who take part in this submission (not recused). */
export const participants = (snapshot: ReviewSnapshot): Expert[] =>
  snapshot.experts.filter((e) => e.present && !isRecused(snapshot.recusals, e.id, snapshot.submissionId));

export const outcomeOf = (snapshot: ReviewSnapshot): OutcomeResult =>
  decideOutcome({
    submissionId: snapshot.submissionId,
    rubric: snapshot.rubric,
    rules: snapshot.rules,
    experts: snapshot.experts,
    recusals: snapshot.recusals,
    sheets: snapshot.sheets,
    vetoRulings: snapshot.verdict?.vetoRulings ?? [],
  });

export const participantQuorum: Guard = (snapshot) => {
  const count = participants(snapshot).length;
  const { minVoters } = snapshot.rules;
  return count < minVoters ? [`到会且无需回避的专家 ${count} 名，少于法定人数 ${minVoters} 名`] : [];
};

export const votingQuorum: Guard = (snapshot) => {
  const { voters } = outcomeOf(snapshot);
  const { minVoters } = snapshot.rules;
  return voters.length < minVoters ? [`有效表决专家 ${voters.length} 名，少于法定人数 ${minVoters} 名`] : [];
};

export const conflictsSettled: Guard = (snapshot) => {
  const open = snapshot.recusals.filter((r) => r.submissionId === snapshot.submissionId && r.status === 'flagged');
  const experts = snapshot.experts.filter((e) => open.some((r) => r.expertId === e.id));
  return experts.length > 0 ? [`${names(experts)}的回避提示尚待组长确认`] : [];
};

export const pledgesSigned: Guard = (snapshot) => {
  const missing = participants(snapshot).filter((e) => !snapshot.pledges.some((p) => p.expertId === e.id));
  return missing.length > 0 ? [`${names(missing)}尚未签署公正性声明及保密承诺`] : [];
};

/** Independent scoring stays blind until every participant has submitted. */
export const blindPhaseOver: Guard = (snapshot) => {
  const missing = participants(snapshot).filter((e) => {
    const sheet = snapshot.sheets.find((s) => s.expertId === e.id && s.submissionId === snapshot.submissionId);
    return sheet === undefined || finalVersion(sheet) === undefined;
  });
  return missing.length > 0 ? [`独立评分尚未结束：${names(missing)}尚未提交评分表`] : [];
};

export const dispersionResolved: Guard = (snapshot) => {
  const { voters } = outcomeOf(snapshot);
  const flags = dispersionFlags(
    snapshot.rubric,
    snapshot.rules,
    voters.map((v) => ({ expertId: v.expert.id, expertName: v.expert.name, scores: v.final.scores })),
  );
  return unresolvedDispersion(flags, snapshot.verdict?.reconciliationNotes ?? []).map(
    (f) => `评分分歧未解决：${f.reason}；须由专家修改评分或组长填写分歧说明`,
  );
};

export const vetoesRuled: Guard = (snapshot) =>
  outcomeOf(snapshot).pendingVetoes.map((v) => {
    const criterion = snapshot.rubric.criteria.find((c) => c.id === v.criterionId);
    return `专家${v.expertName}对「${criterion?.name.zh ?? v.criterionId}」的否决尚待组长确认`;
  });

export const conclusionWritten: Guard = (snapshot) => {
  const verdict = snapshot.verdict;
  if (verdict === null || verdict.conclusion.trim() === '') return ['尚未形成审评意见（结论）'];
  const { outcome } = outcomeOf(snapshot);
  return verdict.outcome !== outcome ? ['审评意见中的结论与表决结果不一致，请重新生成'] : [];
};

/** Every participant signs the opinion; the chair's signature is among them. */
export const signaturesComplete: Guard = (snapshot) => {
  const signed = new Set((snapshot.verdict?.signatures ?? []).map((s) => s.expertId));
  const missing = participants(snapshot).filter((e) => !signed.has(e.id));
  return missing.length > 0 ? [`缺少签名：${names(missing)}`] : [];
};

export const receiptHeld: Guard = (snapshot) => {
  const verdict = snapshot.verdict;
  const receipt = verdict?.receipt ?? null;
  if (verdict === null || receipt === null) return ['尚未收到省局回执'];
  return receipt.verdictId !== verdict.verdictId || receipt.versionNo !== verdict.versionNo
    ? [`省局回执对应的是结论 ${receipt.verdictId} 第 ${receipt.versionNo} 版，不是当前版本`]
    : [];
};

export const verdictFinal: Guard = (snapshot) =>
  snapshot.verdict?.status === 'final' ? [] : ['审评结论尚未定稿'];
