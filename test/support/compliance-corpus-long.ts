import { cleanDraft } from './compliance-corpus-draft.js';
import type { Clause, CorpusDraft, Presentation } from './compliance-corpus-model.js';
import { type Subject, subjects } from './compliance-corpus-subjects.js';

/**
 * A long, well-formed draft for timing the pre-check: the drill standard with its indicators
 * repeated under numbered operating conditions (工况), each requirement and test method with a
 * paragraph of explanation, until the PDF runs to about `pages` pages. Chapters stay in place, so
 * the draft reads like a large multi-part product standard, not like one chapter pasted twice.
 */
export const longDraft = (pages: number, options: { automaticNumbering: boolean; presentation: Presentation }): CorpusDraft => {
  const base = subjects[0];
  if (base === undefined) throw new Error('语料没有主题');
  // About two indicator clauses, with their test methods, fill a page (287 pages for 600 of them).
  const conditions = Math.max(1, Math.ceil((pages * 2.1) / base.indicators.length));
  const subject: Subject = {
    ...base,
    indicators: Array.from({ length: conditions }, (_, condition) =>
      base.indicators.map((indicator) => ({
        ...indicator,
        name: `${indicator.name}（工况${condition + 1}）`,
        method: `${indicator.method}试验时电源电压为额定电压的${90 + (condition % 20)} %，环境温度按试验条件的规定，每个样品重复测量三次，取算术平均值作为试验结果，并记录试验设备编号和校准有效期。`,
      })),
    ).flat(),
  };
  const draft = cleanDraft(subject, options);
  const explain = (clause: Clause): void => {
    if (clause.children.length === 0 && clause.title !== undefined && /工况/u.test(clause.title)) {
      clause.text = [...clause.text, '该项指标按产品的使用工况分别考核，各工况下的试验结果均应满足要求；工况之间的切换应在产品冷却至环境温度后进行，切换过程中不应改变样品的安装方式。'];
    }
    clause.children.forEach(explain);
  };
  draft.body.forEach((part) => (part.kind === 'chapter' ? explain(part) : undefined));
  return draft;
};
