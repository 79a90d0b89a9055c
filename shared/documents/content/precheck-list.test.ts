import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxText, pdfText } from '../../../test/support/document-text.js';
import { loadPdfFonts } from '../../../test/support/pdf-fonts.js';
import { testMeeting, testSubmission } from '../../../test/support/meeting-host.js';
import { ruleTexts } from '../../compliance/finding.js';
import type { ComplianceReport } from '../../model/compliance-report.js';
import { renderDocx } from '../docx/render-docx.js';
import { renderPdf } from '../pdf/render-pdf.js';
import { precheckListDocument } from './precheck-list.js';

const report: ComplianceReport = {
  id: 'S01',
  meetingId: testMeeting.id,
  submissionId: 'S01',
  checkedAt: '2026-11-28T08:00:00+08:00',
  draftMaterialId: 'S01-draft',
  draftSha256: 'a'.repeat(64),
  draftTitle: '送审稿',
  noteMaterialId: null,
  problem: null,
  findings: [
    {
      rule: 'wording.modal-verb',
      clause: '5.2.1',
      quote: '外壳表面必须平整。',
      ruleText: ruleTexts['wording.modal-verb'],
      message: { code: 'compliance.modalVerb', params: { found: '必须', suggested: '应' } },
      suggestion: '应',
    },
    { rule: 'foreword.statement', page: 2, quote: '', ruleText: ruleTexts['foreword.statement'], message: { code: 'compliance.forewordMissing', params: {} } },
  ],
};

describe('precheckListDocument', () => {
  it('lists each submission’s findings with rule, clause or page, quote and rule text, in PDF and Word; says which were not checked', async () => {
    const spec = precheckListDocument(
      testMeeting,
      [
        { submission: testSubmission, report },
        { submission: { ...testSubmission, id: 'S02', standardName: '工业缝纫机' }, report: null },
        { submission: { ...testSubmission, id: 'S03', standardName: '保温杯' }, report: { ...report, findings: [], problem: '无法读取送审稿「draft.pdf」：文件已损坏或格式不受支持' } },
      ],
      { generatedAt: new Date('2026-11-28T08:00:00+08:00') },
    );
    const folder = await mkdtemp(join(tmpdir(), 'zz-precheck-list-'));
    try {
      await writeFile(join(folder, 'list.pdf'), await renderPdf(spec, await loadPdfFonts()));
      await writeFile(join(folder, 'list.docx'), await renderDocx(spec));
      for (const text of [pdfText(join(folder, 'list.pdf')), docxText(join(folder, 'list.docx'))].map((t) => t.replace(/\s+/gu, ''))) {
        expect(text).toContain('合规性预检清单');
        expect(text).toContain('wording.modal-verb5.2.1外壳表面必须平整。');
        expect(text).toContain('第2页');
        expect(text).toContain('《工业缝纫机》尚未预检。'.replace(/\s+/gu, ''));
        expect(text).toContain('未能预检：无法读取送审稿「draft.pdf」');
        expect(text).toContain('仅供专家审评参考，不作为评分依据');
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
