import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentFileName, type DocumentFormat } from '../../shared/documents/file-names.js';
import { meetingDocuments } from '../../shared/documents/document-set.js';
import { scoreSheetDocument } from '../../shared/documents/content/score-sheet.js';
import { type MeetingRecord, submissionRecord } from '../../shared/documents/meeting-record.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { base64ToBytes } from '../../shared/protocol/base64.js';
import { docxPart, docxText, missingInOrder, pdfText, squeeze } from '../support/document-text.js';
import { signatureDataUrl } from '../support/signature-png.js';
import { generatedAt, renderToFolder } from './render-sample.js';

/**
 * The demo-style meeting with 林志远 (E06) absent and 方建明 (E07) recused from S01. Each act has a
 * signature of its own size, so an embedded image shows whose act it came from: pledges 200×60,
 * score sheets 180×72, sign-off 220×50. 吴海峰 (E03) pledged only at noon, after his S01 sheet
 * went in (10:50) and was revised (14:05); every version carries a justification for every criterion,
 * as text typed for an extreme score and left behind would.
 */
const pledgeSignature = signatureDataUrl(200, 60);
const sheetSignature = signatureDataUrl(180, 72);
const signOffSignature = signatureDataUrl(220, 50);
const latePledgeAt = '2026-11-26T12:00:00+08:00';

const record = ((): MeetingRecord => {
  const sample = sampleMeetingRecord({ absentExpertId: 'E06' });
  return {
    ...sample,
    pledges: sample.pledges.map((p) => ({ ...p, signatureImage: pledgeSignature, ...(p.expertId === 'E03' ? { signedAt: latePledgeAt } : {}) })),
    scoreSheets: sample.scoreSheets.map((s) => ({ ...s, versions: s.versions.map((v) => ({ ...v, signatureImage: sheetSignature })) })),
    verdicts: sample.verdicts.map((v) => ({ ...v, signatures: v.signatures.map((s) => ({ ...s, image: signOffSignature })) })),
  };
})();
const { meeting } = record;
const name = (expertId: string) => record.experts.find((e) => e.id === expertId)!.name;

const everything = meetingDocuments(record, { generatedAt });
/** The minutes that report S01: the meeting's own, or S01's where each draft has minutes of its own. */
const minutes = everything.find((d) => d.subject.kind === 'minutes' && (d.subject.submissionId ?? 'S01') === 'S01')!.subject;
const planned = everything.filter(
  (d) =>
    d.subject === minutes ||
    d.subject.kind === 'pledge' ||
    (d.subject.submissionId === 'S01' && d.subject.kind === 'score-sheet') ||
    d.subject.kind === 'signature-sheet',
);
let dir = '';
let paths = new Map<string, string>();

beforeAll(async () => {
  ({ dir, paths } = await renderToFolder(planned, 'zz-signature-checks-'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pathOf = (subject: Parameters<typeof documentFileName>[0], format: DocumentFormat): string => {
  const path = paths.get(documentFileName(subject, format));
  if (path === undefined) throw new Error(`没有生成 ${documentFileName(subject, format)}`);
  return path;
};
const scoreSheet = (expertId: string) => ({ meetingId: meeting.id, submissionId: 'S01', kind: 'score-sheet' as const, expert: { id: expertId, name: name(expertId) } });
const signatureSheet = (submissionId: string) => ({ meetingId: meeting.id, submissionId, kind: 'signature-sheet' as const });
const pledges = { meetingId: meeting.id, kind: 'pledge' as const };

/** Pixel sizes of the images a PDF embeds (their soft masks left out), e.g. 「180×72」. */
const pdfImageSizes = (path: string): string[] =>
  execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/u))
    .filter((columns) => columns[2] === 'image')
    .map((columns) => `${columns[3]}×${columns[4]}`);

/** The PNG files a DOCX embeds, as base64, to compare with the stored data URLs. */
const docxImages = (path: string): string[] =>
  execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' })
    .split('\n')
    .filter((part) => part.startsWith('word/media/'))
    .map((part) => execFileSync('unzip', ['-p', path, part]).toString('base64'));

const base64Of = (dataUrl: string) => dataUrl.slice(dataUrl.indexOf(',') + 1);

/** The table rows of a DOCX, each row's XML on its own. */
const docxRows = (path: string): string[] => docxPart(path, 'word/document.xml').split('<w:tr>').slice(1).map((row) => row.split('</w:tr>')[0]!);

const textOf = (subject: Parameters<typeof documentFileName>[0], format: DocumentFormat) =>
  format === 'pdf' ? pdfText(pathOf(subject, format)) : docxText(pathOf(subject, format));

describe.each<DocumentFormat>(['pdf', 'docx'])('signatures and justifications in %s', (format) => {
  it('a score sheet carries the signature drawn when its final version was submitted, dated then', () => {
    const text = textOf(scoreSheet('E01'), format);
    expect(missingInOrder(text, ['专家评分表', name('E01'), '评审专家', '提交于 2026年11月26日 11:00', '2026年11月26日'])).toEqual([]);
    if (format === 'pdf') expect(pdfImageSizes(pathOf(scoreSheet('E01'), 'pdf'))).toEqual(['180×72']);
    else expect(docxImages(pathOf(scoreSheet('E01'), 'docx'))).toEqual([base64Of(sheetSignature)]);
  });

  it('a pledge signed after the sheet went in is dated as it was, never 「已于…签署」 before it', () => {
    const text = squeeze(textOf(scoreSheet('E03'), format));
    expect(text).toContain(squeeze('本人于 2026年11月26日 12:00 签署《公正性声明及保密承诺》，晚于本评分表初评的提交时间（2026年11月26日 10:50）'));
    expect(text).not.toContain('本人已于');
    expect(squeeze(textOf(scoreSheet('E01'), format))).toContain(squeeze('本人已于 2026年11月26日 09:40 签署'));
    const minutesText = squeeze(textOf(minutes, format));
    expect(minutesText).not.toContain('均已在评分前签署');
    expect(minutesText).toContain(squeeze(`其中${name('E03')}的签署时间晚于其评分表的提交时间。`));
  });

  it('prints a justification only where the score needs one', () => {
    // 沈立群 gave 合规性 16 of 20 (no justification needed); 吴海峰 gave 18 (≥18 needs one).
    const plain = textOf(scoreSheet('E01'), format);
    expect(plain).not.toContain('对照送审稿和对标分析报告评分');
    const extreme = squeeze(textOf(scoreSheet('E03'), format));
    expect(extreme).toContain(squeeze('合规性：对照送审稿和对标分析报告评分'));
    expect(extreme.split('对照送审稿和对标分析报告评分')).toHaveLength(2);
  });

  it('the signature sheet lists every panel member: the absent one 缺席, the recused one 回避, neither signed', () => {
    const text = textOf(signatureSheet('S01'), format);
    const panel = ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07'].map(name);
    expect(missingInOrder(text, ['专家签字表', '姓名', '签字', '备注', ...panel])).toEqual([]);
    expect(missingInOrder(text, [name('E05'), '2026年11月26日 16:04', name('E06'), '缺席', '未出席会议', name('E07'), '回避', '未参加评分和表决'])).toEqual([]);
    expect(text.match(/2026年11月26日 16:0\d/gu)).toHaveLength(5);
    if (format === 'pdf') {
      expect(pdfImageSizes(pathOf(signatureSheet('S01'), 'pdf'))).toEqual(Array.from({ length: 5 }, () => '220×50'));
      // Not recused from S02, 方建明 signs there.
      expect(pdfImageSizes(pathOf(signatureSheet('S02'), 'pdf'))).toHaveLength(6);
    } else {
      const rows = docxRows(pathOf(signatureSheet('S01'), 'docx'));
      const rowOf = (expertId: string) => rows.find((row) => row.includes(name(expertId)))!;
      expect(rowOf('E06')).toContain('缺席');
      expect(rowOf('E07')).toContain('回避');
      for (const expertId of ['E06', 'E07']) expect(rowOf(expertId)).not.toContain('<w:drawing>');
      expect(rowOf('E01')).toContain('<w:drawing>');
      expect(new Set(docxImages(pathOf(signatureSheet('S01'), 'docx')))).toEqual(new Set([base64Of(signOffSignature)]));
    }
  });

  it('the pledges print each present expert\'s text, signing date and own signature, the absent expert left out', () => {
    const text = textOf(pledges, format);
    const present = ['E01', 'E02', 'E03', 'E04', 'E05', 'E07'];
    const expected = present.flatMap((id) => {
      const pledge = record.pledges.find((p) => p.expertId === id)!;
      const time = id === 'E03' ? '2026年11月26日 12:00' : `2026年11月26日 09:${40 + present.indexOf(id)}`;
      return ['专家承诺书', name(id), ...pledge.text.split('\n').slice(0, 2), '承诺人', `签于 ${time}`, '2026年11月26日'];
    });
    expect(missingInOrder(text, expected)).toEqual([]);
    expect(text).not.toContain(name('E06'));
    if (format === 'pdf') expect(pdfImageSizes(pathOf(pledges, 'pdf'))).toEqual(Array.from({ length: 6 }, () => '200×60'));
    else expect(new Set(docxImages(pathOf(pledges, 'docx')))).toEqual(new Set([base64Of(pledgeSignature)]));
  });
});

it('a version stored before sheets were signed prints a line to sign on paper, never the pledge or sign-off drawing', () => {
  const legacy = { ...record, scoreSheets: record.scoreSheets.map((s) => ({ ...s, versions: s.versions.map(({ signatureImage: _drawn, ...v }) => v) })) };
  const s01 = submissionRecord(legacy, 'S01');
  const spec = scoreSheetDocument(s01, s01.sheets[0]!, { generatedAt });
  const signatures = spec.blocks.filter((b) => b.kind === 'signatures');
  expect(signatures).toEqual([{ kind: 'signatures', items: [{ label: '评审专家', name: name('E01') }], date: '2026年11月26日' }]);
});

it('the test signatures decode to the sizes the checks look for', () => {
  const size = (dataUrl: string) => {
    const bytes = base64ToBytes(base64Of(dataUrl));
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    return `${view.getUint32(16)}×${view.getUint32(20)}`;
  };
  expect([pledgeSignature, sheetSignature, signOffSignature].map(size)).toEqual(['200×60', '180×72', '220×50']);
});
