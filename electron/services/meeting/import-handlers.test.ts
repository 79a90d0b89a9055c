import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScoreSheet } from '../../../shared/model/score-sheet.js';
import { manifestSchema, type PackageManifest } from '../../../shared/package/manifest.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { openMeetingHost, type MeetingHost } from '../../../test/support/meeting-host.js';
import { withMaterialDigests, writePackageFile } from '../package/package-writer.js';

const sampleJson: unknown = JSON.parse(readFileSync(new URL('../../../test/fixtures/packages/sample-manifest.json', import.meta.url), 'utf8'));

const meetingId = 'M-2026-0147';

/** Each material's content names the material and a round, so a changed file gets a new digest. */
const filesOf = (manifest: PackageManifest, round = 1) =>
  new Map(manifest.submissions.flatMap((s) => s.materials).map((m) => [m.path, new TextEncoder().encode(`第 ${round} 版 ${m.path}`)] as const));

/** The sample package (five experts, S01 with two materials, S02 with one), changed as a test needs. */
const samplePackage = (change: (manifest: PackageManifest) => void = () => undefined, round = 1) => {
  const manifest = manifestSchema.parse(sampleJson);
  change(manifest);
  const files = filesOf(manifest, round);
  return { manifest: withMaterialDigests(manifest, files), files };
};

const sheet: ScoreSheet = {
  id: 'S02/E03',
  meetingId,
  submissionId: 'S02',
  expertId: 'E03',
  rubricId: 'zzb-technical',
  status: 'draft',
  draft: { scores: [], veto: null, recommendation: null, opinion: '草稿' },
  versions: [],
  updatedAt: '2026-11-28T10:00:00+08:00',
};

let host: MeetingHost;
let work: string;
let packageCount = 0;

beforeEach(async () => {
  host = await openMeetingHost();
  work = await mkdtemp(join(tmpdir(), 'zz-import-'));
});

afterEach(async () => {
  await host.close();
  await rm(work, { recursive: true, force: true });
});

/** Writes the package to disk and has the host stage and check it, as 「导入评审包」 does; the job id once it is ready. */
const stage = async (contents: ReturnType<typeof samplePackage>): Promise<string> => {
  const path = join(work, `package-${(packageCount += 1)}.zzpkg`);
  await writePackageFile(contents, path);
  const { jobId } = await host.handlers['package.inspect']({ path }, workstationCaller);
  for (;;) {
    const state = await host.handlers['package.job']({ jobId }, workstationCaller);
    if (state.state === 'ready') return jobId;
    if (state.state === 'rejected') throw new Error(state.error.message);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

const importPackage = async (contents: ReturnType<typeof samplePackage>) =>
  host.handlers['meeting.import']({ jobId: await stage(contents) }, workstationCaller);

const stored = () => {
  const store = host.openStore();
  return store.read((tx) => ({
    meeting: tx.meetings.get(meetingId),
    experts: tx.experts.list(meetingId).map((e) => e.id),
    submissions: tx.submissions.list(meetingId).map((s) => s.id),
    materials: tx.materials.list(meetingId),
    sheets: tx.scoreSheets.list(meetingId),
    audit: tx.audit.ofMeeting(meetingId),
  }));
};

const inContentStore = (sha256: string) =>
  host.handlers['materials.read']({ sha256 }, workstationCaller).then(
    () => true,
    () => false,
  );

describe('meeting.import', () => {
  it('writes a new meeting with its materials and one audit entry, and tells the screens', async () => {
    const contents = samplePackage();
    const jobId = await stage(contents);
    const plan = await host.handlers['meeting.planImport']({ jobId }, workstationCaller);
    expect(plan).toMatchObject({ reimport: false, blockers: [] });
    expect(plan.experts.added.map((e) => e.id)).toEqual(['E01', 'E02', 'E03', 'E04', 'E05']);

    expect(await host.handlers['meeting.import']({ jobId }, workstationCaller)).toEqual({ meetingId, title: contents.manifest.meeting.title });
    expect(host.changes).toContainEqual({ meetingId });
    const after = stored();
    expect(after.experts).toHaveLength(5);
    expect(after.materials.map((m) => [m.id, m.submissionId, m.position])).toEqual([
      ['materials/S01/draft.pdf', 'S01', 0],
      ['materials/S01/explanation.pdf', 'S01', 1],
      ['materials/S02/benchmark.docx', 'S02', 0],
    ]);
    for (const material of after.materials) expect(await inContentStore(material.sha256)).toBe(true);
    expect(after.audit).toHaveLength(1);
    expect(after.audit[0]).toMatchObject({
      action: 'package.import',
      actor: 'secretary',
      details: { packageId: contents.manifest.packageId, fileName: 'package-1.zzpkg', signature: 'unsigned', reimport: false, counts: { experts: 5, submissions: 2, materials: 3 } },
    });
    await expect(host.handlers['meeting.import']({ jobId }, workstationCaller)).rejects.toMatchObject({ code: 'not-found', field: 'jobId' });
  });

  it('re-imports without touching score sheets, keeping what they refer to and the attendance taken', async () => {
    await importPackage(samplePackage());
    host.openStore().writeNow({ meetingId }, (tx) => {
      tx.scoreSheets.put(sheet);
      tx.experts.put({ ...tx.experts.get(meetingId, 'E04')!, present: false });
    });

    const next = samplePackage((manifest) => {
      manifest.panel = manifest.panel.filter((expert) => expert.id !== 'E02' && expert.id !== 'E03');
      manifest.submissions = manifest.submissions.filter((submission) => submission.id !== 'S02');
      manifest.meeting.venue = '宁波';
    });
    const jobId = await stage(next);
    const plan = await host.handlers['meeting.planImport']({ jobId }, workstationCaller);
    expect(plan.reimport).toBe(true);
    expect(plan.experts.removed.map((e) => e.id)).toEqual(['E02']);
    expect(plan.experts.kept.map((kept) => kept.record.id)).toEqual(['E03']);
    expect(plan.submissions.kept.map((kept) => kept.record.id)).toEqual(['S02']);
    expect(plan.meetingChanges).toEqual(['venue']);

    await host.handlers['meeting.import']({ jobId }, workstationCaller);
    const after = stored();
    expect(after.sheets).toEqual([sheet]);
    expect(after.experts).toEqual(['E01', 'E03', 'E04', 'E05']);
    expect(host.openStore().read((tx) => tx.experts.get(meetingId, 'E04')?.present)).toBe(false);
    expect(after.submissions).toEqual(['S01', 'S02']);
    expect(after.materials).toHaveLength(3);
    expect(after.meeting?.venue).toBe('宁波');
    expect(after.audit.map((entry) => entry.details['reimport'])).toEqual([false, true]);
  });

  it('drops the pre-check report of a submission the re-import removes', async () => {
    await importPackage(samplePackage());
    const report = { meetingId, checkedAt: '2026-11-28T10:00:00+08:00', draftMaterialId: null, draftSha256: null, draftTitle: '', noteMaterialId: null, findings: [], problem: '送审稿缺失' };
    host.openStore().writeNow({ meetingId }, (tx) => {
      tx.complianceReports.put({ ...report, id: 'S01', submissionId: 'S01' });
      tx.complianceReports.put({ ...report, id: 'S02', submissionId: 'S02' });
    });
    await importPackage(samplePackage((manifest) => void (manifest.submissions = manifest.submissions.filter((submission) => submission.id !== 'S02'))));
    expect(host.openStore().read((tx) => tx.complianceReports.list(meetingId).map((kept) => kept.id))).toEqual(['S01']);
  });

  it('refuses a re-import that would change the review type under written sheets, and writes nothing', async () => {
    await importPackage(samplePackage());
    host.openStore().writeNow({ meetingId }, (tx) => void tx.scoreSheets.put(sheet));
    const before = stored();

    const next = samplePackage((manifest) => {
      manifest.meeting.reviewType = 'periodic';
      manifest.meeting.venue = '宁波';
    }, 2);
    const jobId = await stage(next);
    expect((await host.handlers['meeting.planImport']({ jobId }, workstationCaller)).blockers).toEqual([{ field: 'reviewType', scoreSheets: 1 }]);
    await expect(host.handlers['meeting.import']({ jobId }, workstationCaller)).rejects.toMatchObject({ code: 'refused', field: 'reviewType' });

    expect(stored()).toEqual(before);
    const newDraft = next.manifest.submissions[0]!.materials[0]!;
    expect(await inContentStore(newDraft.sha256)).toBe(false);
  });

  it('plans again inside its write: a sheet written while the materials move still blocks the import', async () => {
    await importPackage(samplePackage());
    const jobId = await stage(samplePackage((manifest) => void (manifest.meeting.reviewType = 'periodic')));
    // The call checks its plan at once, then waits for the content store; the sheet lands in between.
    const importing = host.handlers['meeting.import']({ jobId }, workstationCaller);
    host.openStore().writeNow({ meetingId }, (tx) => void tx.scoreSheets.put(sheet));
    await expect(importing).rejects.toMatchObject({ code: 'refused', field: 'reviewType' });
    expect(stored().meeting?.reviewType).toBe('technical');
    expect(stored().audit).toHaveLength(1);
  });

  it('lets no expert device plan or import a package', async () => {
    const jobId = await stage(samplePackage());
    const tablet = expertCaller(meetingId, 'E02');
    await expect(host.handlers['meeting.planImport']({ jobId }, tablet)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(host.handlers['meeting.import']({ jobId }, tablet)).rejects.toMatchObject({ code: 'forbidden' });
    expect(stored().meeting).toBeUndefined();
    expect(await host.handlers['meetings.list']({}, workstationCaller)).toEqual([]);
  });
});
