import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { testMeetingId } from '../../../test/support/meeting-host.js';
import { openScoringHost, type ScoringHost } from '../../../test/support/scoring-host.js';
import { refusal } from '../../../test/support/host-refusal.js';

const drawn = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const submission = { meetingId: testMeetingId, submissionId: 'S01' };
const tablet = (expertId: string) => expertCaller(testMeetingId, expertId);
let host: ScoringHost;

const content = (compliance: number): ScoreSheetContent => ({
  scores: [compliance, 12, 24, 12, 16].map((score, i) => ({ criterionId: ['compliance', 'necessity', 'advancement', 'economy', 'operability'][i]!, score, justification: '' })),
  veto: null,
  recommendation: 'pass',
  opinion: '',
});

/** `expertId` saves and submits `compliance` from their own device, with `reason` when it is a revision. */
const submitFromDevice = async (expertId: string, compliance: number, reason = '') => {
  const key = { ...submission, expertId };
  await host.handlers['sheet.open'](key, tablet(expertId));
  await host.handlers['sheet.saveDraft']({ ...key, content: content(compliance), comments: [] }, tablet(expertId));
  await host.handlers['sheet.submit']({ ...key, reason, signatureImage: drawn }, tablet(expertId));
};

const setDiscussion = () =>
  host.store.writeNow({ meetingId: testMeetingId }, (tx) => {
    tx.submissions.put({ ...tx.submissions.get(testMeetingId, 'S01')!, phase: 'discussion' });
  });

beforeEach(async () => {
  host = await openScoringHost();
});

afterEach(() => host.close());

describe('sheet.history', () => {
  it('gives the device’s expert their own versions, oldest first, with the reason kept for each', async () => {
    await submitFromDevice('E02', 16);
    setDiscussion();
    await submitFromDevice('E02', 14, '采纳组长意见');
    const history = await host.handlers['sheet.history'](submission, tablet('E02'));
    expect(history.expertId).toBe('E02');
    expect(history.versions.map((v) => [v.versionNo, v.scores[0]?.score, v.reason, v.signatureImage])).toEqual([
      [1, 16, '', drawn],
      [2, 14, '采纳组长意见', drawn],
    ]);
  });

  it('answers only for the caller’s own sheet: at the workstation the acting expert’s, never another’s', async () => {
    await submitFromDevice('E02', 16);
    expect(await host.handlers['sheet.history'](submission, tablet('E03'))).toEqual({ expertId: 'E03', versions: [] });
    expect(await refusal(host.handlers['sheet.history'](submission, workstationCaller))).toMatchObject({ code: 'not-unlocked' });
    host.actAs('E03');
    expect(await host.handlers['sheet.history'](submission, workstationCaller)).toEqual({ expertId: 'E03', versions: [] });
    host.actAs('E02');
    expect((await host.handlers['sheet.history'](submission, workstationCaller)).versions).toHaveLength(1);
    expect(await refusal(host.handlers['sheet.history']({ ...submission, meetingId: 'M-OTHER' }, tablet('E02')))).toMatchObject({ code: 'forbidden' });
    expect(await refusal(host.handlers['sheet.history']({ ...submission, submissionId: 'S99' }, tablet('E02')))).toMatchObject({ code: 'not-found' });
  });

  it('shows a version the secretary entered from paper as such', async () => {
    await host.handlers['sheet.proxySubmit']({ ...submission, expertId: 'E02', content: content(16), reason: '' }, workstationCaller);
    const [version] = (await host.handlers['sheet.history'](submission, tablet('E02'))).versions;
    expect(version).toMatchObject({ versionNo: 1, signatureImage: null, enteredBy: 'secretary', reason: '' });
  });
});
