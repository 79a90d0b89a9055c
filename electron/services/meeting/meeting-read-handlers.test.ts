import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { samplePanel, samplePledges } from '../../../test/fixtures/sample-panel.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { openMeetingHost, testMeeting, testMeetingId, testSubmission, type MeetingHost } from '../../../test/support/meeting-host.js';
import { zzbTechnicalRubric } from '../../../shared/rubrics/zzb-technical.js';

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
