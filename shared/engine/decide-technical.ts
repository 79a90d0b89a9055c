import { type Decision, type DecisionContext, comparison, totalCheck } from './decision-context.js';
import { engineMessage } from './engine-message.js';
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
  const clauses = [
    engineMessage('outcome.approvals', { eligible, votes: approvals, comparison: comparison(approved), ratio: formatRatio(rules.passRatio) }),
    ...total.clauses,
  ];
  if (!(approved && total.ok)) return { outcome: 'fail', clauses };
  const outright = reachesRatio(passes, eligible, rules.fullPassRatio);
  clauses.push(engineMessage('outcome.outright', { votes: passes, comparison: comparison(outright), ratio: formatRatio(rules.fullPassRatio) }));
  return { outcome: outright ? 'pass' : 'pass-with-revisions', clauses };
};
