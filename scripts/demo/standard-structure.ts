import type { StandardSource } from './demo-source.js';

/** The chapters of a 浙江制造 product standard without 产品分类, in order (REFERENCE.md, "Typical structure"). */
export const requiredChapters = [
  '范围',
  '规范性引用文件',
  '术语和定义',
  '基本要求',
  '技术要求',
  '试验方法',
  '检验规则',
  '标志、包装、运输和贮存',
  '质量承诺',
] as const;

export const drafting1120Sentence = '本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。';
export const normativeReferencesLeadIn =
  '下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。';

const parentOf = (number: string): string => number.split('.').slice(0, -1).join('.');
const lastOf = (number: string): number => Number(number.split('.').at(-1));

const plainText = (text: string | { text: string }[]): string => (typeof text === 'string' ? text : text.map((run) => run.text).join(''));

/**
 * The GB/T 1.1—2020 points a compliance check looks at, for a 送审稿 source: the foreword sentence, the
 * chapters and their order, the exact lead-in of chapter 2, continuous clause numbering, no lone
 * sub-clause, no hanging paragraph and no 不得. Returns the problems in Chinese; empty when none.
 */
export const standardStructureProblems = (source: StandardSource): string[] => {
  const problems: string[] = [];
  if (source.foreword[0] !== drafting1120Sentence) problems.push('前言第一段须说明按照 GB/T 1.1—2020 起草');

  const chapters = source.body.flatMap((node) => (node.k === 'h' && node.n !== undefined && !node.n.includes('.') ? [node.t] : []));
  if (chapters.join('|') !== requiredChapters.join('|')) problems.push(`章的标题或顺序不符：${chapters.join('、')}`);

  const referencesAt = source.body.findIndex((node) => node.k === 'h' && node.n === '2');
  const leadIn = source.body[referencesAt + 1];
  if (leadIn?.k !== 'p' || plainText(leadIn.t) !== normativeReferencesLeadIn) problems.push('第2章缺少规范性引用文件的标准引导语');

  const children = new Map<string, string[]>([['', []]]);
  let previous: string | null = null;
  let contentSincePrevious = false;
  for (const node of source.body) {
    if ((node.k !== 'h' && node.k !== 'p') || node.n === undefined) {
      if (node.k !== 'h' && node.k !== 'break') contentSincePrevious = true;
      continue;
    }
    const parent = parentOf(node.n);
    const siblings = children.get(parent);
    if (siblings === undefined) {
      problems.push(`${node.n} 没有上级条款 ${parent}`);
    } else {
      if (lastOf(node.n) !== siblings.length + 1) problems.push(`条款编号不连续：${node.n}（应为 ${[parent, siblings.length + 1].filter(Boolean).join('.')}）`);
      if (parent !== '' && siblings.length === 0 && previous !== parent) problems.push(`${node.n} 未紧接在 ${parent} 之后`);
      // The terms chapter is the one place GB/T 1.1 puts a lead-in before the first sub-clause.
      if (parent !== '' && siblings.length === 0 && contentSincePrevious && parent !== '3') problems.push(`${parent} 与其第一个下级条款 ${node.n} 之间有悬置段`);
      siblings.push(node.n);
    }
    children.set(node.n, []);
    previous = node.n;
    contentSincePrevious = false;
  }
  for (const [parent, subclauses] of children) {
    if (parent !== '' && subclauses.length === 1) problems.push(`${parent} 只有一个下级条款 ${subclauses[0] ?? ''}，应至少有两个或不再细分`);
  }

  const texts = [...source.foreword, ...source.body.flatMap((node) => ('t' in node ? [plainText(node.t)] : 'items' in node ? node.items : []))];
  if (texts.some((text) => text.includes('不得'))) problems.push('GB/T 1.1—2020 以“不应”代替“不得”');
  return problems;
};
