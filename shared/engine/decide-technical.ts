import { type Decision, type DecisionContext, comparison, totalCheck } from './decision-context.js';
import { formatRatio, reachesRatio } from './fraction.js';
import { countOf } from './tally.js';

/**
 * Approvals (通过 + 修改后通过) must reach passRatio and the total minTotal; then 通过 needs
 * fullPassRatio of outright passes, otherwise 修改后通过. Anything short of that is 不通过.
 */
export const decideTechnical = (context: DecisionContext): Decision => {
  const { eligible, tally, rules } = context;
  const passes = countOf(tally, 'pass');
  const approvals = passes + countOf(tally, 'pass-with-revisions');
  const approved = reachesRatio(approvals, eligible, rules.passRatio);
  const total = totalCheck(context);
  const clauses = [`${eligible} 名有效表决专家中 ${approvals} 名同意（${comparison(approved)}${formatRatio(rules.passRatio)}）`];
  if (total.clause !== '') clauses.push(total.clause);
  if (!(approved && total.ok)) return { outcome: 'fail', explanation: `${clauses.join('，')}→ 不通过` };
  const outright = reachesRatio(passes, eligible, rules.fullPassRatio);
  clauses.push(`其中 ${passes} 名建议直接通过（${comparison(outright)}${formatRatio(rules.fullPassRatio)}）`);
  return outright
    ? { outcome: 'pass', explanation: `${clauses.join('，')}→ 通过` }
    : { outcome: 'pass-with-revisions', explanation: `${clauses.join('，')}→ 修改后通过` };
};
