import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissionDocuments } from '../../shared/documents/document-set.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { recommendationLabels } from '../../shared/engine/labels.js';
import { convertWithLibreOffice, libreOffice, libreOfficeMissing, missingInOrder, pdfPageCount, pdfText } from '../support/document-text.js';
import { generatedAt, renderToFolder } from './render-sample.js';

if (libreOffice === undefined) console.warn(libreOfficeMissing);

const record = sampleMeetingRecord();
const verdict = record.verdicts.find((v) => v.submissionId === 'S01')!;
let dir = '';
let docxFiles: string[] = [];

beforeAll(async () => {
  const rendered = await renderToFolder(submissionDocuments(record, 'S01', { generatedAt }), 'zz-docx-lo-');
  dir = rendered.dir;
  docxFiles = [...rendered.paths.values()].filter((path) => path.endsWith('.docx'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(libreOffice !== undefined)('the DOCX files in LibreOffice headless', () => {
  it('open and convert to PDF without errors, with the page fields filled in and the content intact', () => {
    const out = mkdtempSync(join(tmpdir(), 'zz-lo-out-'));
    const profile = mkdtempSync(join(tmpdir(), 'zz-lo-profile-'));
    try {
      expect(docxFiles.length).toBe(9);
      convertWithLibreOffice(docxFiles, out, profile);
      for (const docx of docxFiles) {
        const pdf = join(out, basename(docx).replace(/\.docx$/u, '.pdf'));
        const pages = pdfPageCount(pdf);
        expect(missingInOrder(pdfText(pdf, pages), [`第 ${pages} 页 共 ${pages} 页`]), basename(pdf)).toEqual([]);
      }
      const opinion = join(out, `${record.meeting.id}_S01_审评意见.pdf`);
      expect(
        missingInOrder(pdfText(opinion), [`审评结论：${recommendationLabels[verdict.outcome!]}`, ...verdict.revisionRequirements, ...verdict.dissent.map((d) => d.text)]),
      ).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  }, 300_000);
});
