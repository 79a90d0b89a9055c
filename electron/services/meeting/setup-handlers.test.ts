import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../shared/api/dispatch.js';
import type { MeetingDraft } from '../../../shared/setup/meeting-draft.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { openMeetingHost, type MeetingHost } from '../../../test/support/meeting-host.js';

const meetingId = 'M-20261128-7Q3K';

let host: MeetingHost;
let work: string;

beforeEach(async () => {
  host = await openMeetingHost();
  work = await mkdtemp(join(tmpdir(), 'zz-setup-'));
});

afterEach(async () => {
  await host.close();
  await rm(work, { recursive: true, force: true });
});

/** A file the secretary picked, copied into the content store as 「添加材料」 does. */
const addMaterial = async (fileName: string) => {
  const path = join(work, fileName);
  await writeFile(path, `%PDF-1.7 ${fileName}`);
  const stored = await host.handlers['materials.add']({ path }, workstationCaller);
  return { key: fileName, kind: 'draft' as const, title: '送审稿', ...stored };
};

const draftWith = (materials: MeetingDraft['submissions'][number]['materials']): MeetingDraft => ({
  title: '2026年第十二批“浙江制造”标准技术审评会',
  reviewType: 'technical',
  startsAt: '2026年11月28日 9:30',
  venue: '杭州',
  organizer: '浙江省品牌建设联合会',
  panel: ['张明', '李华', '王芳', '赵强', '陈静'].map((name, index) => ({
    key: name,
    name,
    organization: '浙江省标准化研究院',
    title: '高级工程师',
    role: index === 0 ? ('chair' as const) : ('member' as const),
  })),
  submissions: [
    {
      key: 's1',
      standardName: '电动自行车用锂离子电池组',
      proposedCode: 'T/ZZB 1234—2026',
      standardKind: 'product',
      leadDrafter: '浙江某某电池有限公司',
      coDrafters: [],
      materials,
    },
  ],
});

const create = (draft: MeetingDraft, caller = workstationCaller) => host.handlers['meeting.create']({ meetingId, draft, utcOffsetMinutes: 480 }, caller);

const auditOf = () => host.openStore().read((tx) => tx.audit.ofMeeting(meetingId));

describe('meeting.create', () => {
  it('creates the meeting from the draft, numbered as a package would be, with its audit entry', async () => {
    const draft = draftWith([await addMaterial('送审稿.pdf')]);
    expect(await create(draft)).toEqual({ meetingId });
    const data = await host.handlers['meeting.read']({ meetingId }, workstationCaller);
    expect(data?.meeting).toMatchObject({ id: meetingId, packageId: null, startsAt: '2026-11-28T09:30:00+08:00' });
    expect(data?.experts.map((e) => [e.id, e.name, e.role])[0]).toEqual(['E01', '张明', 'chair']);
    expect(data?.submissions.map((s) => s.id)).toEqual(['S01']);
    expect(data?.materials.map((m) => [m.id, m.sha256])).toEqual([['materials/S01/送审稿.pdf', draft.submissions[0]!.materials[0]!.sha256]]);
    expect(host.changes).toContainEqual({ meetingId });
    expect(auditOf()).toMatchObject([{ action: 'meeting.create', actor: 'secretary', details: { source: 'manual', title: draft.title, reimport: false } }]);
  });

  it('refuses an id another meeting has, and leaves that meeting as it was', async () => {
    await create(draftWith([await addMaterial('送审稿.pdf')]));
    const before = await host.handlers['meeting.read']({ meetingId }, workstationCaller);
    const other = { ...draftWith([await addMaterial('另一份送审稿.pdf')]), title: '另一次审评会' };
    await expect(create(other)).rejects.toMatchObject({ code: 'refused', field: 'meetingId', message: expect.stringContaining(meetingId) as unknown });
    expect(await host.handlers['meeting.read']({ meetingId }, workstationCaller)).toEqual(before);
    expect(auditOf()).toHaveLength(1);
  });

  it('checks the draft as the form does, naming the input, and writes nothing', async () => {
    const noChair = draftWith([await addMaterial('送审稿.pdf')]);
    noChair.panel = noChair.panel.map((row) => ({ ...row, role: 'member' }));
    await expect(create(noChair)).rejects.toMatchObject({ code: 'invalid', field: 'panel', message: '专家组：须有且只有一名组长，现有 0 名' });
    await expect(create({ ...noChair, startsAt: '11月28日上午' })).rejects.toMatchObject({ code: 'invalid', field: 'meeting.startsAt' });
    expect(await host.handlers['meetings.list']({}, workstationCaller)).toEqual([]);
  });

  it('refuses a material that is not in the content store, or not of the size the draft states', async () => {
    const added = await addMaterial('送审稿.pdf');
    await expect(create(draftWith([{ ...added, sha256: 'c'.repeat(64) }]))).rejects.toMatchObject({ code: 'not-found', field: 'submissions.0.materials.0' });
    await expect(create(draftWith([{ ...added, bytes: added.bytes + 1 }]))).rejects.toMatchObject({ code: 'not-found', field: 'submissions.0.materials.0' });
    expect(await host.handlers['meetings.list']({}, workstationCaller)).toEqual([]);
  });

  it('takes only an id of the manual shape, so a hand-made meeting never takes a package meeting’s number', async () => {
    const draft = draftWith([await addMaterial('送审稿.pdf')]);
    const result = await dispatch(host.handlers, 'meeting.create', { meetingId: 'M-2026-0147', draft, utcOffsetMinutes: 480 }, workstationCaller);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-arguments', field: 'meetingId' } });
  });

  it('lets no expert device create a meeting', async () => {
    const draft = draftWith([await addMaterial('送审稿.pdf')]);
    await expect(create(draft, expertCaller(meetingId, 'E01'))).rejects.toMatchObject({ code: 'forbidden' });
    expect(await dispatch(host.handlers, 'meeting.create', { meetingId, draft, utcOffsetMinutes: 480 }, expertCaller(meetingId, 'E01'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await host.handlers['meetings.list']({}, workstationCaller)).toEqual([]);
  });
});
