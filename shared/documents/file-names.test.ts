import { describe, expect, it } from 'vitest';
import { documentFileName, meetingFolderName, safeFileName } from './file-names.js';

describe('document file names', () => {
  it('name meeting, submission, expert and document', () => {
    expect(documentFileName({ meetingId: 'M-2026-0147', submissionId: 'S01', kind: 'minutes' }, 'pdf')).toBe('M-2026-0147_S01_审评会议纪要.pdf');
    expect(
      documentFileName({ meetingId: 'M-2026-0147', submissionId: 'S01', kind: 'score-sheet', expert: { id: 'E03', name: '吴海峰' } }, 'docx'),
    ).toBe('M-2026-0147_S01_E03_吴海峰_专家评分表.docx');
    expect(documentFileName({ meetingId: 'M-2026-0147', submissionId: 'S02', kind: 'comment-table' }, 'pdf')).toBe(
      'M-2026-0147_S02_意见汇总处理表.pdf',
    );
    expect(documentFileName({ meetingId: 'M-2026-0147', kind: 'pledge' }, 'docx')).toBe('M-2026-0147_专家承诺书.docx');
  });

  it('keep names safe on Windows', () => {
    expect(meetingFolderName({ id: 'M-2026-0147', title: '2026年第四批"浙江制造"标准审评会: 电工/电器组 ' })).toBe(
      'M-2026-0147 2026年第四批_浙江制造_标准审评会_ 电工_电器组',
    );
    expect(safeFileName('CON')).toBe('_CON');
    expect(safeFileName('nul.txt')).toBe('_nul.txt');
    expect(safeFileName('报告...')).toBe('报告');
    expect(safeFileName('a\u0007b?')).toBe('a_b_');
    expect(safeFileName(' .. ')).toBe('_');
    expect([...safeFileName('长'.repeat(300))]).toHaveLength(120);
  });
});
