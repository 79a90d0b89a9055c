import { describe, expect, it } from 'vitest';
import { compareClauses, sortByClause } from './clause-order.js';

describe('clause order', () => {
  it('sorts numbered clauses number by number, then annexes, then comments without a clause', () => {
    const clauses = ['全文', '附录A', '5.10', '前言', '3', 'A.2', '5.2', '表 2', '5.2.1', '参考文献', '附录 B.1', '10', '第6.1条', '5.2 a)'];
    expect([...clauses].sort(compareClauses)).toEqual([
      '前言',
      '3',
      '5.2',
      '5.2 a)',
      '5.2.1',
      '5.10',
      '第6.1条',
      '10',
      '附录A',
      'A.2',
      '附录 B.1',
      '参考文献',
      '表 2',
      '全文',
    ]);
  });

  it('keeps comments on the same clause in their original order', () => {
    const comments = [
      { clause: '6.2', id: 1 },
      { clause: '4', id: 2 },
      { clause: '6.2', id: 3 },
      { clause: '4', id: 4 },
    ];
    expect(sortByClause(comments).map((c) => c.id)).toEqual([2, 4, 1, 3]);
  });
});
