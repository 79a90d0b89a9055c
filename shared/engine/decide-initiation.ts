import { type Decision, type DecisionContext, comparison, totalCheck } from './decision-context.js';
import { engineMessage } from './engine-message.js';
import { formatRatio, reachesRatio } from './fraction.js';
import { countOf } from './tally.js';

/** 立项 when 立项 votes reach passRatio and the total reaches minTotal; otherwise 不立项. */
export const decideInitiation = (context: DecisionContext): Decision => {
  const { eligible, tally, rules } = context;
  const votes = countOf(tally, 'initiate');
  const approved = reachesRatio(votes, eligible, rules.passRatio);
  const total = totalCheck(context);
  const clauses = [
    engineMessage('outcome.initiations', { eligible, votes, comparison: comparison(approved), ratio: formatRatio(rules.passRatio) }),
    ...total.clauses,
  ];
  return { outcome: approved && total.ok ? 'initiate' : 'not-initiate', clauses };
};
