import { type Decision, type DecisionContext, comparison } from './decision-context.js';
import { formatRatio, reachesRatio } from './fraction.js';
import { countOf } from './tally.js';

/** 废止 when withdrawals reach passRatio, else 继续有效 when confirmations do, else 修订. No points needed. */
export const decidePeriodic = (context: DecisionContext): Decision => {
  const { eligible, tally, rules } = context;
  const ratio = formatRatio(rules.passRatio);
  const withdrawals = countOf(tally, 'withdraw');
  const withdraw = reachesRatio(withdrawals, eligible, rules.passRatio);
  const head = `${eligible} 名有效表决专家中 ${withdrawals} 名建议废止（${comparison(withdraw)}${ratio}）`;
  if (withdraw) return { outcome: 'withdraw', explanation: `${head}→ 废止` };
  const confirmations = countOf(tally, 'confirm');
  const confirm = reachesRatio(confirmations, eligible, rules.passRatio);
  const explanation = `${head}，${confirmations} 名建议继续有效（${comparison(confirm)}${ratio}）`;
  return confirm
    ? { outcome: 'confirm', explanation: `${explanation}→ 继续有效` }
    : { outcome: 'revise', explanation: `${explanation}→ 修订` };
};
