import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../../shared/documents/docx/render-docx.js';
import { submissionDocuments } from '../../shared/documents/document-set.js';
import { documentFileName } from '../../shared/documents/file-names.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import { sampleMeetingRecord } from '../../shared/documents/sample-meeting.js';
import { convertWithLibreOffice, libreOffice, libreOfficeMissing } from '../support/document-text.js';
import { loadPdfFonts } from '../support/pdf-fonts.js';
import type { BenchFigure } from './figure.js';

const record = sampleMeetingRecord({ submissions: 10, experts: 9, commentsPerSubmission: 30 });
const generatedAt = new Date('2026-11-26T09:00:00Z');

/** Builds the minutes and comment table of every submission from the stored meeting, then renders each as PDF and DOCX. */
const generate = async () => {
  const fonts = loadPdfFonts();
  const planned = record.submissions.flatMap((s) =>
    submissionDocuments(record, s.id, { generatedAt }).filter((d) => d.subject.kind === 'minutes' || d.subject.kind === 'comment-table'),
  );
  const files: { planned: (typeof planned)[number]; pdf: Uint8Array; docx: Uint8Array }[] = [];
  let pdfMs = 0;
  for (const document of planned) {
    const started = performance.now();
    const pdf = await renderPdf(document.spec, fonts);
    pdfMs += performance.now() - started;
    files.push({ planned: document, pdf, docx: await renderDocx(document.spec) });
  }
  return { files, pdfMs };
};

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export const measure = async (): Promise<BenchFigure[]> => {
  await generate();
  const totals: number[] = [];
  const pdfTimes: number[] = [];
  let last = await generate();
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    last = await generate();
    totals.push(performance.now() - started);
    pdfTimes.push(last.pdfMs);
  }
  const label = 'documents minutes + comment table, 10 submissions × 9 experts × 30 comments';
  const largestPdf = Math.max(...last.files.map((f) => f.pdf.length));
  const figures: BenchFigure[] = [
    { name: `${label}, DOCX + PDF (${last.files.length * 2} files)`, value: median(totals), unit: 'ms', goal: '≤ 1500 ms' },
    { name: `${label}, PDF only`, value: median(pdfTimes), unit: 'ms' },
    { name: 'documents largest PDF', value: largestPdf / 1024, unit: 'KiB', goal: '≤ 1024 KiB' },
  ];
  if (libreOffice === undefined) {
    console.log(`documents LibreOffice side by side: skipped — ${libreOfficeMissing}`);
    return figures;
  }
  const dir = mkdtempSync(join(tmpdir(), 'zz-bench-docx-'));
  try {
    const docxPaths = last.files.map((f) => {
      const path = join(dir, documentFileName(f.planned.subject, 'docx'));
      writeFileSync(path, f.docx);
      return path;
    });
    const profile = join(dir, 'profile');
    // One unmeasured run creates LibreOffice's profile, as on a machine where it has been used before.
    convertWithLibreOffice(docxPaths.slice(0, 1), join(dir, 'warm-up'), profile);
    const started = performance.now();
    convertWithLibreOffice(docxPaths, join(dir, 'pdf'), profile);
    const libreOfficeMs = performance.now() - started;
    figures.push(
      { name: `documents LibreOffice converting the same ${docxPaths.length} DOCX to PDF`, value: libreOfficeMs, unit: 'ms' },
      { name: 'documents our PDF vs LibreOffice, side by side', value: libreOfficeMs / median(pdfTimes), unit: '× faster', goal: '≥ 5×' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
};
