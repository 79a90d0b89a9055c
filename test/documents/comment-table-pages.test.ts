import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commentTableColumns } from '../../shared/documents/content/comment-table.js';
import { submissionDocuments } from '../../shared/documents/document-set.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { convertWithLibreOffice, docxPart, libreOffice, libreOfficeMissing, missingInOrder, pdfPageCount, pdfText } from '../support/document-text.js';
import { generatedAt, renderToFolder } from './render-sample.js';

const record = sampleMeetingRecord({ submissions: 1, experts: 9, commentsPerSubmission: 300 });
const table = submissionDocuments(record, 'S01', { generatedAt }).filter((d) => d.subject.kind === 'comment-table');
if (libreOffice === undefined) console.warn(libreOfficeMissing);

let dir = '';
let pdf = '';
let docx = '';

beforeAll(async () => {
  const rendered = await renderToFolder(table, 'zz-comment-table-');
  dir = rendered.dir;
  for (const [name, path] of rendered.paths) {
    if (name.endsWith('.pdf')) pdf = path;
    else docx = path;
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Every page shows the header row, then rows; between them the pages hold all 300 rows once, in
 * order. Our PDF also captions each page's part 「表1」, then 「表1（续）」, which Word and
 * LibreOffice cannot repeat.
 */
const expectHeaderOnEveryPage = (path: string, continuedCaptions: boolean): number => {
  const pages = pdfPageCount(path);
  expect(pages).toBeGreaterThan(5);
  const firstRows: number[] = [];
  for (let page = 1; page <= pages; page += 1) {
    const text = pdfText(path, page);
    expect(missingInOrder(text, commentTableColumns), `第 ${page} 页的表头`).toEqual([]);
    if (continuedCaptions) expect(text.slice(0, text.indexOf(commentTableColumns[0])), `第 ${page} 页的表题`).toContain(page === 1 ? '表1' : '表1（续）');
    const headerEnd = text.indexOf('备注') + 2;
    firstRows.push(Number(/^\s*(\d+)\s/mu.exec(text.slice(headerEnd))?.[1]));
  }
  expect(firstRows[0]).toBe(1);
  for (let i = 1; i < firstRows.length; i += 1) expect(firstRows[i]).toBeGreaterThan(firstRows[i - 1]!);
  return pages;
};

describe('a comment table of 300 comments', () => {
  it('splits across PDF pages with the header row repeated on each, every row once and in order', () => {
    expectHeaderOnEveryPage(pdf, true);
    const block = table[0]!.spec.blocks.find((b) => b.kind === 'table');
    const rows = block?.kind === 'table' ? block.rows : [];
    expect(rows).toHaveLength(300);
    const cells = rows.flatMap((row) => [row[0], row[1], row[3], row[5]].map((cell) => (typeof cell === 'string' ? cell : '')));
    expect(missingInOrder(pdfText(pdf), cells)).toEqual([]);
  });

  it('marks the DOCX header row to repeat and keeps short rows whole', () => {
    const xml = docxPart(docx, 'word/document.xml');
    const tables = xml.split('<w:tbl>').slice(1);
    const comments = tables.find((t) => t.includes('意见内容'));
    expect(comments).toBeDefined();
    const rows = comments!.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(301);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(1).some((row) => row.includes('<w:tblHeader/>'))).toBe(false);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });

  it.runIf(libreOffice !== undefined)('repeats the header on every page after LibreOffice converts the DOCX', () => {
    const out = mkdtempSync(join(tmpdir(), 'zz-lo-out-'));
    const profile = mkdtempSync(join(tmpdir(), 'zz-lo-profile-'));
    try {
      convertWithLibreOffice([docx], out, profile);
      expectHeaderOnEveryPage(join(out, basename(docx).replace(/\.docx$/u, '.pdf')), false);
    } finally {
      rmSync(out, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    }
  }, 240_000);
});
