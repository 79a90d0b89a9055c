import { describe, expect, it } from 'vitest';
import { toCsv, utf8Bom } from './csv.js';

describe('toCsv', () => {
  it('starts with a BOM and ends every line with CRLF', () => {
    const csv = toCsv(['时间', '操作'], [['2026-11-28 09:41', '签到']]);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    expect(csv.slice(1)).toBe('时间,操作\r\n2026-11-28 09:41,签到\r\n');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv(['a'], [['甲,乙'], ['他说"好"'], ['第一行\n第二行']]).slice(1)).toBe('a\r\n"甲,乙"\r\n"他说""好"""\r\n"第一行\n第二行"\r\n');
  });

  it('keeps cells that look like formulas as text', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['-1'], ['@SUM(A1)'], ['+86']]).slice(1)).toBe(
      'a\r\n"\'=HYPERLINK(""x"")"\r\n\'-1\r\n\'@SUM(A1)\r\n\'+86\r\n',
    );
  });
});
