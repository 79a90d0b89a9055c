import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../../shared/documents/docx/render-docx.js';
import { meetingDocuments } from '../../shared/documents/document-set.js';
import { documentFileName } from '../../shared/documents/file-names.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { convertWithLibreOffice, libreOffice, libreOfficeMissing } from '../support/document-text.js';
import { loadPdfFonts } from '../support/pdf-fonts.js';
import type { BenchFigure } from './figure.js';

const size = { submissions: 10, experts: 9, commentsPerSubmission: 30 };
const record = sampleMeetingRecord(size);
const generatedAt = new Date('2026-11-26T09:00:00Z');
/** DESIGN.md section 8's "minutes + comment table": the meeting's minutes and, per submission, its opinion and comment table. */
const measuredKinds: readonly string[] = ['minutes', 'opinion', 'comment-table'];
const planned = meetingDocuments(record, { generatedAt }).filter((d) => measuredKinds.includes(d.subject.kind));

/** Renders every planned document as PDF and as DOCX, as the app does; the PDF share of the time is kept apart. */
const generate = async () => {
  const fonts = loadPdfFonts();
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

/**
 * Our PDF against LibreOffice converting our DOCX, side by side: each of the three rounds renders
 * our PDFs and then has LibreOffice convert the same DOCX, so both meet the same machine load;
 * LibreOffice's time varies about 2× between cold and warm starts, hence the medians.
 */
const sideBySide = async (dir: string, docxPaths: string[], profile: string) => {
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    ours.push((await generate()).pdfMs);
    const started = performance.now();
    convertWithLibreOffice(docxPaths, join(dir, `pdf-${round}`), profile);
    theirs.push(performance.now() - started);
  }
  return { ours: median(ours), theirs: median(theirs) };
};

export const measure = async (): Promise<BenchFigure[]> => {
  // Two unmeasured runs: the fonts are parsed once per process, as the app parses them once per session.
  await generate();
  let last = await generate();
  const totals: number[] = [];
  const pdfTimes: number[] = [];
  for (let run = 0; run < 5; run += 1) {
    const started = performance.now();
    last = await generate();
    totals.push(performance.now() - started);
    pdfTimes.push(last.pdfMs);
  }
  const label = `documents ${size.submissions} submissions × ${size.experts} experts × ${size.commentsPerSubmission} comments, minutes + opinions + comment tables`;
  const largestPdf = Math.max(...last.files.map((f) => f.pdf.length));
  const figures: BenchFigure[] = [
    { name: `${label}, DOCX + PDF (${last.files.length * 2} files), median of 5`, value: median(totals), unit: 'ms', goal: '≤ 1000 ms' },
    { name: `${label}, PDF only (${last.files.length} files), median of 5`, value: median(pdfTimes), unit: 'ms' },
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
    const { ours, theirs } = await sideBySide(dir, docxPaths, profile);
    figures.push(
      { name: `documents side by side, our PDF of the same ${docxPaths.length} documents, median of 3`, value: ours, unit: 'ms' },
      { name: `documents side by side, LibreOffice converting our ${docxPaths.length} DOCX to PDF, median of 3`, value: theirs, unit: 'ms' },
      { name: 'documents our PDF vs LibreOffice converting our DOCX, side by side', value: theirs / ours, unit: '× faster', goal: '≥ 10×' },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
};
