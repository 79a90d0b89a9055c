import type { Rubric } from '../model/rubric.js';
import type { VetoRuling } from '../model/verdict.js';
import type { Voter } from './eligibility.js';
import { type EngineMessage, engineMessage, nameParam } from './engine-message.js';

export type RaisedVeto = { expertId: string; expertName: string; criterionId: string; reason: string };

/** Vetoes on eligible voters' final sheets, split by the chair's ruling. A ruling on a withdrawn veto no longer counts. */
export const vetoStatus = (
  voters: readonly Voter[],
  rulings: readonly VetoRuling[],
): { upheld: RaisedVeto[]; pending: RaisedVeto[]; rejected: RaisedVeto[] } => {
  const upheld: RaisedVeto[] = [];
  const pending: RaisedVeto[] = [];
  const rejected: RaisedVeto[] = [];
  for (const { expert, final } of voters) {
    if (final.veto === null) continue;
    const veto = { expertId: expert.id, expertName: expert.name, ...final.veto };
    const ruling = rulings.find((r) => r.expertId === expert.id && r.criterionId === veto.criterionId);
    if (ruling === undefined) pending.push(veto);
    else (ruling.upheld ? upheld : rejected).push(veto);
  }
  return { upheld, pending, rejected };
};

export const vetoExplanation = (rubric: Rubric, veto: RaisedVeto): EngineMessage => {
  const criterion = rubric.criteria.find((c) => c.id === veto.criterionId);
  return engineMessage('outcome.vetoUpheld', { expert: veto.expertName, criterion: nameParam(criterion?.name, veto.criterionId), reason: veto.reason });
};
