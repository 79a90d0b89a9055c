import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingDocuments } from '../../shared/documents/document-set.js';
import { documentFileName, type DocumentFormat } from '../../shared/documents/file-names.js';
import type { MeetingRecord } from '../../shared/documents/meeting-record.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { docxText, pdfText, squeeze } from '../support/document-text.js';
import { signatureDataUrl } from '../support/signature-png.js';
import { generatedAt, renderToFolder } from './render-sample.js';

/** 周雅琴 (E02) handed in a signed paper sheet for S01 that the secretary entered (代录); everyone else signed on screen. */
const record = ((): MeetingRecord => {
  const sample = sampleMeetingRecord();
  const drawn = signatureDataUrl(180, 72);
  return {
    ...sample,
    scoreSheets: sample.scoreSheets.map((s) => ({
      ...s,
      versions: s.versions.map((v) =>
        s.expertId === 'E02' && s.submissionId === 'S01' ? { ...v, signatureImage: null, enteredBy: 'secretary' as const } : { ...v, signatureImage: drawn },
      ),
    })),
  };
})();
const subjectOf = (expertId: string) => ({
  meetingId: record.meeting.id,
  submissionId: 'S01',
  kind: 'score-sheet' as const,
  expert: { id: expertId, name: record.experts.find((e) => e.id === expertId)!.name },
});
const planned = meetingDocuments(record, { generatedAt }).filter((d) => d.subject.kind === 'score-sheet' && d.subject.submissionId === 'S01' && ['E01', 'E02'].includes(d.subject.expert?.id ?? ''));
let dir = '';
let paths = new Map<string, string>();

beforeAll(async () => {
  ({ dir, paths } = await renderToFolder(planned, 'zz-proxy-sheet-'));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pathOf = (expertId: string, format: DocumentFormat) => paths.get(documentFileName(subjectOf(expertId), format))!;
const textOf = (expertId: string, format: DocumentFormat) => squeeze(format === 'pdf' ? pdfText(pathOf(expertId, format)) : docxText(pathOf(expertId, format)));
const imageCount = (expertId: string, format: DocumentFormat): number =>
  format === 'pdf'
    ? execFileSync('pdfimages', ['-list', pathOf(expertId, format)], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim().split(/\s+/u)[2] === 'image').length
    : execFileSync('unzip', ['-Z1', pathOf(expertId, format)], { encoding: 'utf8' }).split('\n').filter((part) => part.startsWith('word/media/')).length;

describe.each<DocumentFormat>(['pdf', 'docx'])('a score sheet entered from paper (代录) in %s', (format) => {
  it('prints 秘书代录（纸质评分表） where the signature would be, with no drawing', () => {
    expect(textOf('E02', format)).toContain(squeeze('评审专家：'));
    expect(textOf('E02', format)).toContain('秘书代录（纸质评分表）');
    expect(imageCount('E02', format)).toBe(0);
  });

  it('leaves a sheet the expert signed on screen as it was', () => {
    expect(textOf('E01', format)).not.toContain('秘书代录');
    expect(imageCount('E01', format)).toBe(1);
  });
});
