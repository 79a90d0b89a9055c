import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HostFailure } from '../../../shared/api/result.js';
import type { Material, MaterialKind } from '../../../shared/model/submission.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { cleanDraft } from '../../../test/support/compliance-corpus-draft.js';
import { defects } from '../../../test/support/compliance-corpus-defects.js';
import { draftDocx, noteDocx } from '../../../test/support/compliance-corpus-docx.js';
import { draftPdf, notePdf } from '../../../test/support/compliance-corpus-pdf.js';
import { subjects } from '../../../test/support/compliance-corpus-subjects.js';
import { openMeetingHost, seedMeeting, testMeetingId, testSubmission, type MeetingHost } from '../../../test/support/meeting-host.js';

const meetingId = testMeetingId;
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let host: MeetingHost;

/** Puts a file into the host's material store and its record into the meeting, as an import would. */
const addMaterial = async (id: string, kind: MaterialKind, content: Uint8Array, fileName: string, mediaType = docxType): Promise<Material> => {
  const sha256 = createHash('sha256').update(content).digest('hex');
  const folder = join(host.dataDir, 'materials', sha256.slice(0, 2));
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, sha256), content);
  const material: Material = { id, meetingId, submissionId: 'S01', kind, title: kind === 'draft' ? '送审稿' : '编制说明', path: `S01/${fileName}`, mediaType, bytes: content.length, sha256 };
  host.openStore().writeNow({ meetingId }, (tx) => tx.materials.put(material));
  return material;
};

/** A drill standard with 「必须」 planted in its 外观 clause, with its 编制说明. */
const drillWithMust = () => {
  const drill = subjects.find((subject) => subject.key === 'drill');
  if (drill === undefined) throw new Error('语料没有电钻');
  const draft = structuredClone(cleanDraft(drill, { automaticNumbering: false, presentation: { headings: 'word-headings', separator: '\u3000', stackedTerms: false } }));
  defects.modalMust.apply(draft);
  return draft;
};

beforeEach(async () => {
  host = await openMeetingHost();
  seedMeeting(host.openStore());
});

afterEach(() => host.close());

describe('compliance.check', () => {
  it('reads the 送审稿 from the material store, keeps the findings with the submission and lets its experts read them', async () => {
    const draft = drillWithMust();
    await addMaterial('S01-draft', 'draft', await draftDocx(draft), '送审稿.docx');
    await addMaterial('S01-note', 'explanation', await noteDocx(draft.note), '编制说明.docx');

    const report = await host.handlers['compliance.check']({ meetingId, submissionId: 'S01' }, workstationCaller);

    expect(report).toMatchObject({ submissionId: 'S01', draftMaterialId: 'S01-draft', noteMaterialId: 'S01-note', problem: null });
    expect(report.findings.map((f) => [f.rule, f.suggestion])).toEqual([['wording.modal-verb', '应']]);
    expect(report.findings[0]?.quote).toContain('必须');
    expect(host.changes).toContainEqual({ meetingId, submissionId: 'S01' });
    const read = await host.handlers['compliance.findings']({ meetingId, submissionId: 'S01' }, expertCaller(meetingId, 'E02'));
    expect(read).toEqual(report);

    // A re-import that replaces the draft makes the report stale until the next pre-check.
    await addMaterial('S01-draft', 'draft', await draftDocx(drillWithMust()).then((bytes) => new Uint8Array([...bytes, 0])), '送审稿.docx');
    expect(await host.handlers['compliance.findings']({ meetingId, submissionId: 'S01' }, workstationCaller)).toBeNull();
  });

  it('reads a PDF draft and its PDF 编制说明 as the store keeps them', async () => {
    const draft = drillWithMust();
    await addMaterial('S01-draft', 'draft', await draftPdf(draft), '送审稿.pdf', 'application/pdf');
    await addMaterial('S01-note', 'explanation', await notePdf(draft.note), '编制说明.pdf', 'application/pdf');
    const report = await host.handlers['compliance.check']({ meetingId, submissionId: 'S01' }, workstationCaller);
    expect(report).toMatchObject({ noteMaterialId: 'S01-note', problem: null });
    expect(report.findings.map((f) => f.rule)).toEqual(['wording.modal-verb']);
  });

  it('stores a Chinese problem naming the file when the draft cannot be read, and no findings', async () => {
    await addMaterial('S01-draft', 'draft', new TextEncoder().encode('not a zip'), '电钻送审稿.docx');
    const report = await host.handlers['compliance.check']({ meetingId, submissionId: 'S01' }, workstationCaller);
    expect(report.findings).toEqual([]);
    expect(report.problem).toBe('无法读取送审稿「电钻送审稿.docx」：文件已损坏或格式不受支持');
  });

  it('says so when the submission has no draft, and checkAll reports every submission', async () => {
    host.openStore().writeNow({ meetingId }, (tx) => tx.submissions.put({ ...testSubmission, id: 'S02', standardName: '工业缝纫机' }));
    await addMaterial('S01-draft', 'draft', await draftDocx(drillWithMust()), '送审稿.docx');
    const reports = await host.handlers['compliance.checkAll']({ meetingId }, workstationCaller);
    expect(reports.map((r) => [r.submissionId, r.findings.length, r.problem])).toEqual([
      ['S01', 1, null],
      ['S02', 0, '此项目没有送审稿材料，无法预检'],
    ]);
  });

  it('is the secretary’s: an expert device may not run it, nor read another meeting’s or a recused draft’s findings; before a check there is none', async () => {
    await expect(host.handlers['compliance.check']({ meetingId, submissionId: 'S01' }, expertCaller(meetingId, 'E02'))).rejects.toBeInstanceOf(HostFailure);
    await expect(host.handlers['compliance.findings']({ meetingId, submissionId: 'S01' }, expertCaller('M-other', 'E02'))).rejects.toMatchObject({ code: 'forbidden' });
    await expect(host.handlers['compliance.findings']({ meetingId, submissionId: 'S09' }, workstationCaller)).rejects.toMatchObject({ code: 'not-found' });
    expect(await host.handlers['compliance.findings']({ meetingId, submissionId: 'S01' }, workstationCaller)).toBeNull();
    host.openStore().writeNow({ meetingId }, (tx) =>
      tx.recusals.put({ id: 'R-S01-E03', meetingId, submissionId: 'S01', expertId: 'E03', source: 'declared', reason: '本人所在单位参与起草', status: 'flagged', flaggedAt: '2026-11-28T09:00:00+08:00', declaredBy: 'E03', decidedBy: null, decidedAt: null }),
    );
    await expect(host.handlers['compliance.findings']({ meetingId, submissionId: 'S01' }, expertCaller(meetingId, 'E03'))).rejects.toMatchObject({ code: 'forbidden' });
    expect(host.openStore().read((tx) => tx.complianceReports.list(meetingId))).toEqual([]);
  });
});
