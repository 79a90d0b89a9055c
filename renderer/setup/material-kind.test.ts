import { describe, expect, it } from 'vitest';
import { fileTitle, guessMaterialKind } from './material-kind.js';

describe('guessMaterialKind', () => {
  it('reads the kind from the usual file names', () => {
    expect(guessMaterialKind('T-ZZB 1234 送审稿.pdf', false)).toBe('draft');
    expect(guessMaterialKind('编制说明.docx', true)).toBe('explanation');
    expect(guessMaterialKind('征求意见汇总处理表.pdf', true)).toBe('comment-handling');
    expect(guessMaterialKind('实施应用报告.pdf', true)).toBe('implementation-report');
    expect(guessMaterialKind('国内外对标分析报告.pdf', true)).toBe('benchmark');
  });

  it('takes an unnamed first file as the draft, later ones as other', () => {
    expect(guessMaterialKind('scan0001.pdf', false)).toBe('draft');
    expect(guessMaterialKind('scan0002.pdf', true)).toBe('other');
  });
});

describe('fileTitle', () => {
  it('drops the extension', () => {
    expect(fileTitle('检测报告.pdf')).toBe('检测报告');
    expect(fileTitle('.pdf')).toBe('.pdf');
  });
});
