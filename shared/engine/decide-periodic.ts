import { type Decision, type DecisionContext, comparison } from './decision-context.js';
import { engineMessage } from './engine-message.js';
import { formatRatio, reachesRatio } from './fraction.js';
import { countOf } from './tally.js';

/** 废止 when withdrawals reach passRatio, else 继续有效 when confirmations do, else 修订. No points needed. */
export const decidePeriodic = (context: DecisionContext): Decision => {
  const { eligible, tally, rules } = context;
  const ratio = formatRatio(rules.passRatio);
  const withdrawals = countOf(tally, 'withdraw');
  const withdraw = reachesRatio(withdrawals, eligible, rules.passRatio);
  const head = engineMessage('outcome.withdrawals', { eligible, votes: withdrawals, comparison: comparison(withdraw), ratio });
  if (withdraw) return { outcome: 'withdraw', clauses: [head] };
  const confirmations = countOf(tally, 'confirm');
  const confirm = reachesRatio(confirmations, eligible, rules.passRatio);
  const clauses = [head, engineMessage('outcome.confirmations', { votes: confirmations, comparison: comparison(confirm), ratio })];
  return { outcome: confirm ? 'confirm' : 'revise', clauses };
};
