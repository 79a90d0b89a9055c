/**
 * Comments in the order a drafting group reads its standard: front matter, numbered clauses
 * (3 < 5.2 < 5.10, compared number by number), annexes (附录A, A.1), back matter, other places (表 2),
 * then comments that name no clause (全文, 总体) last.
 */

const frontMatter = ['封面', '目次', '前言', '引言'];
const backMatter = ['参考文献', '索引'];
/** What experts write in the clause field when a comment concerns the whole draft. */
const noClause = /^(?:全文|总体|通篇|整体|其他|无|[-—–/／]*)$/u;
const numbered = /^(\d+(?:\.\d+)*)/u;
const annex = /^(?:附录\s*)?([A-Z])(?:\s*[.．]\s*(\d+(?:\.\d+)*))?(?![A-Za-z])/u;

type ClauseKey = { rank: number; numbers: number[]; rest: string };

const numbersOf = (dotted: string | undefined): number[] => (dotted === undefined ? [] : dotted.split('.').map(Number));

export const clauseKey = (clause: string): ClauseKey => {
  const text = clause.trim().replace(/^第\s*/u, '');
  const front = frontMatter.findIndex((name) => text.startsWith(name));
  if (front >= 0) return { rank: 0, numbers: [front], rest: text };
  const number = numbered.exec(text);
  if (number?.[1] !== undefined) return { rank: 1, numbers: numbersOf(number[1]), rest: text.slice(number[1].length) };
  const appendix = annex.exec(text);
  if (appendix?.[1] !== undefined) {
    return { rank: 2, numbers: [appendix[1].charCodeAt(0), ...numbersOf(appendix[2])], rest: text.slice(appendix[0].length) };
  }
  const back = backMatter.findIndex((name) => text.startsWith(name));
  if (back >= 0) return { rank: 3, numbers: [back], rest: text };
  return { rank: noClause.test(text) ? 5 : 4, numbers: [], rest: text };
};

export const compareClauses = (a: string, b: string): number => {
  const x = clauseKey(a);
  const y = clauseKey(b);
  if (x.rank !== y.rank) return x.rank - y.rank;
  for (let i = 0; i < Math.max(x.numbers.length, y.numbers.length); i += 1) {
    // A clause sorts before its own sub-clauses: 5.2 before 5.2.1.
    const difference = (x.numbers[i] ?? -1) - (y.numbers[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return x.rest.localeCompare(y.rest, 'zh-CN', { numeric: true });
};

/** A sorted copy; comments on the same clause keep their order. */
export const sortByClause = <T extends { clause: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => compareClauses(a.clause, b.clause));
