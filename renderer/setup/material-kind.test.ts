import { describe, expect, it } from 'vitest';
import { fileTitle, guessMaterialKind } from './material-kind.js';

describe('guessMaterialKind', () => {
  it('reads the kind from the usual file names', () => {
    expect(guessMaterialKind('T-ZZB 1234 送审稿.pdf', 'draft')).toBe('draft');
    expect(guessMaterialKind('编制说明.docx', 'other')).toBe('explanation');
    expect(guessMaterialKind('征求意见汇总处理表.pdf', 'other')).toBe('comment-handling');
    expect(guessMaterialKind('实施应用报告.pdf', 'other')).toBe('implementation-report');
    expect(guessMaterialKind('国内外对标分析报告.pdf', 'other')).toBe('benchmark');
    expect(guessMaterialKind('“浙江制造”标准立项申请书.docx', 'other')).toBe('application');
    expect(guessMaterialKind('T-ZZB 0123-2019 实施情况报告.pdf', 'other')).toBe('implementation-report');
  });

  it('takes a file its name says nothing about as the kind the caller gives', () => {
    expect(guessMaterialKind('scan0001.pdf', 'application')).toBe('application');
    expect(guessMaterialKind('scan0002.pdf', 'other')).toBe('other');
  });
});

describe('fileTitle', () => {
  it('drops the extension', () => {
    expect(fileTitle('检测报告.pdf')).toBe('检测报告');
    expect(fileTitle('.pdf')).toBe('.pdf');
  });
});
