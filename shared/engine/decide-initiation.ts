import { type Decision, type DecisionContext, comparison, totalCheck } from './decision-context.js';
import { formatRatio, reachesRatio } from './fraction.js';
import { countOf } from './tally.js';

/** 立项 when 立项 votes reach passRatio and the total reaches minTotal; otherwise 不立项. */
export const decideInitiation = (context: DecisionContext): Decision => {
  const { eligible, tally, rules } = context;
  const votes = countOf(tally, 'initiate');
  const approved = reachesRatio(votes, eligible, rules.passRatio);
  const total = totalCheck(context);
  const clauses = [`${eligible} 名有效表决专家中 ${votes} 名同意立项（${comparison(approved)}${formatRatio(rules.passRatio)}）`];
  if (total.clause !== '') clauses.push(total.clause);
  return approved && total.ok
    ? { outcome: 'initiate', explanation: `${clauses.join('，')}→ 立项` }
    : { outcome: 'not-initiate', explanation: `${clauses.join('，')}→ 不立项` };
};
