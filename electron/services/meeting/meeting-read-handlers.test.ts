import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePanel, samplePledges } from '../../../test/fixtures/sample-panel.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { openMeetingHost, testMeeting, testMeetingId, testSubmission, type MeetingHost } from '../../../test/support/meeting-host.js';
import { zzbTechnicalRubric } from '../../../shared/rubrics/zzb-technical.js';
import type { Viewer } from '../../../shared/engine/visibility.js';
import { meetingAsSeenBy } from '../../../shared/meeting/meeting-as-seen.js';
import { drawnSignature } from '../../../test/support/verdict-host.js';
import { readMeetingData } from './read-meeting-data.js';

let host: MeetingHost;
/** E01 and E02 have submitted S01, E03 is still drafting; S01 is in blind scoring. */
const { experts, sheets } = samplePanel(zzbTechnicalRubric, testSubmission.id, [
  { scores: [20, 20, 20, 20, 20], recommendation: 'pass' },
  { scores: [10, 10, 10, 10, 10], recommendation: 'fail' },
  { scores: [15, 15, 15, 15, 15], recommendation: 'pass' },
]);
const drafting = { ...sheets[2]!, status: 'draft' as const, versions: [] };

const readAs = async (expertId: string | null) => {
  const data = await host.handlers['meeting.read']({ meetingId: testMeetingId }, expertId === null ? workstationCaller : expertCaller(testMeetingId, expertId));
  return new Map(data!.scoreSheets.map((sheet) => [sheet.expertId, sheet]));
};

beforeEach(async () => {
  host = await openMeetingHost();
  host.openStore().writeNow({ meetingId: testMeetingId }, (tx) => {
    tx.meetings.put(testMeeting);
    for (const expert of experts) tx.experts.put({ ...expert, present: true });
    tx.submissions.put({ ...testSubmission, phase: 'scoring' });
    for (const pledge of samplePledges(experts.map((e) => e.id), testMeetingId)) tx.pledges.put(pledge);
    for (const sheet of [sheets[0]!, sheets[1]!, drafting]) tx.scoreSheets.put(sheet);
  });
});

afterEach(() => host.close());

describe('meeting.read, one state read by a room of viewers', () => {
  it('gives each viewer of the same state only what that viewer may see', async () => {
    const e03 = await readAs('E03');
    const e01 = await readAs('E01');
    const secretary = await readAs(null);
    expect(e03.get('E03')).toEqual(drafting);
    expect([e03.get('E01')?.versions, e03.get('E02')?.versions]).toEqual([[], []]);
    // Having submitted, E01 may see E02's submitted version, never E03's draft.
    expect([e01.get('E01')?.versions, e01.get('E02')?.versions]).toEqual([sheets[0]!.versions, sheets[1]!.versions]);
    expect(e01.get('E03')?.draft.recommendation).toBeNull();
    expect([secretary.get('E01')?.versions, secretary.get('E02')?.versions]).toEqual([[], []]);
    // The first reader's answer is its own: what it received is not what the next reader is given.
    expect((await readAs('E03')).get('E03')).toEqual(drafting);
  });

  it('reads again after a commit, its own or another connection’s', async () => {
    expect((await readAs('E03')).get('E03')?.draft.opinion).toBe(drafting.draft.opinion);
    host.openStore().writeNow({ meetingId: testMeetingId }, (tx) => tx.scoreSheets.put({ ...drafting, draft: { ...drafting.draft, opinion: '改过的意见' } }));
    expect((await readAs('E03')).get('E03')?.draft.opinion).toBe('改过的意见');
    await host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E03', present: false }, workstationCaller);
    const data = await host.handlers['meeting.read']({ meetingId: testMeetingId }, expertCaller(testMeetingId, 'E01'));
    expect(data?.experts.find((e) => e.id === 'E03')?.present).toBe(false);
  });
});

describe('meeting.read after writes to one submission or to the whole meeting', () => {
  const viewers = [null, 'E01', 'E03'] as const;
  const viewerOfId = (expertId: string | null): Viewer => (expertId === null ? { kind: 'secretary' } : { kind: 'expert', expertId });
  /** What a read from scratch gives each viewer: the cached, brought-up-to-date answer must be the same. */
  const expectAsReadAfresh = async () => {
    const fresh = host.openStore().read((tx) => readMeetingData(tx, testMeetingId))!;
    for (const expertId of viewers) {
      const cached = await host.handlers['meeting.read']({ meetingId: testMeetingId }, expertId === null ? workstationCaller : expertCaller(testMeetingId, expertId));
      expect(cached, `as read by ${expertId ?? 'the secretary'}`).toEqual(meetingAsSeenBy(fresh, viewerOfId(expertId), expertId === null ? 'workstation' : 'device'));
    }
  };
  const key = (submissionId: string, expertId: string) => ({ meetingId: testMeetingId, submissionId, expertId });

  it('gives every viewer what a read from scratch would, write after write', async () => {
    host.openStore().writeNow({ meetingId: testMeetingId }, (tx) => tx.submissions.put({ ...testSubmission, id: 'S02', standardName: '电磁阀', phase: 'scoring' }));
    await expectAsReadAfresh();
    const e03 = expertCaller(testMeetingId, 'E03');
    await host.handlers['sheet.saveDraft']({ ...key('S01', 'E03'), content: { ...drafting.draft, opinion: '再看一遍' }, comments: [] }, e03);
    await expectAsReadAfresh();
    await host.handlers['sheet.submit']({ ...key('S01', 'E03'), reason: '', signatureImage: drawnSignature }, e03);
    await expectAsReadAfresh();
    const e01 = expertCaller(testMeetingId, 'E01');
    const { sheet } = await host.handlers['sheet.open'](key('S02', 'E01'), e01);
    const at = '2026-11-28T10:05:00+08:00';
    const comment = { id: 'C-S02-1', ...key('S02', 'E01'), clause: '5.1', type: 'technical' as const, text: '试验方法未注明', proposedChange: '', resolution: null, resolutionNote: '', createdAt: at, updatedAt: at };
    await host.handlers['sheet.saveDraft']({ ...key('S02', 'E01'), content: { ...sheet.draft, opinion: '基本可行' }, comments: [comment] }, e01);
    await expectAsReadAfresh();
    await host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E02', present: false }, workstationCaller);
    await expectAsReadAfresh();
    host.openStore().writeNow({ meetingId: testMeetingId }, (tx) => tx.submissions.put({ ...testSubmission, id: 'S02', standardName: '电磁阀（修订）', phase: 'scoring' }));
    await expectAsReadAfresh();
  });

  it('gives an expert’s device no other expert’s handwriting, and the workstation all of it', async () => {
    host.openStore().writeNow({ meetingId: testMeetingId }, (tx) => {
      for (const pledge of tx.pledges.list(testMeetingId)) tx.pledges.put({ ...pledge, signatureImage: drawnSignature });
    });
    const imagesAs = async (caller: Parameters<MeetingHost['handlers']['meeting.read']>[1]) =>
      Object.fromEntries((await host.handlers['meeting.read']({ meetingId: testMeetingId }, caller))!.pledges.map((pledge) => [pledge.expertId, pledge.signatureImage]));
    expect(await imagesAs(expertCaller(testMeetingId, 'E02'))).toEqual({ E01: null, E02: drawnSignature, E03: null });
    expect(await imagesAs(workstationCaller)).toEqual({ E01: drawnSignature, E02: drawnSignature, E03: drawnSignature });
  });

  it('sends the image of each submitted version’s signature to the workstation, which prints it, and to no device', async () => {
    const e03 = expertCaller(testMeetingId, 'E03');
    await host.handlers['sheet.submit']({ ...key('S01', 'E03'), reason: '', signatureImage: drawnSignature }, e03);
    const stored = host.openStore().read((tx) => tx.scoreSheets.list(testMeetingId, { submissionId: 'S01', expertId: 'E03' })[0]);
    expect(stored?.versions.at(-1)?.signatureImage).toBe(drawnSignature);
    const own = (await readAs('E03')).get('E03');
    expect(own?.versions).toHaveLength(stored!.versions.length);
    expect(own?.versions.every((version) => version.signatureImage === undefined)).toBe(true);
    // Once discussion opens the scores are the room's, and the workstation prints them signed.
    host.openStore().writeNow({ meetingId: testMeetingId }, (tx) => void tx.submissions.put({ ...testSubmission, phase: 'discussion' }));
    expect((await readAs(null)).get('E03')?.versions).toEqual(stored!.versions);
  });
});
