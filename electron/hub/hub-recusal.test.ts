import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rubricFor } from '../../shared/engine/review-config.js';
import { emptySheetContent } from '../../shared/meeting/sheet-content.js';
import type { Recusal } from '../../shared/model/recusal.js';
import { pinOf } from '../../test/support/identity-host.js';
import { openInProcessHub, type InProcessHub } from '../../test/support/in-process-hub.js';
import { testMeeting, testMeetingId, testSubmission } from '../../test/support/meeting-host.js';
import { drawnSignature } from '../../test/support/verdict-host.js';
import { joinHub, type ExpertDevice } from '../../test/hub/support/expert-client.js';
import { passingDraft } from '../../test/hub/support/device-scoring.js';
import { sendRequest } from '../../test/hub/support/hub-http.js';

let hub: InProcessHub;
let device: ExpertDevice;
const key = { meetingId: testMeetingId, submissionId: 'S01', expertId: 'E02' };

const recusal = (submissionId: string, overrides: Partial<Recusal>): Recusal => ({
  id: `R-${submissionId}-E02`,
  meetingId: testMeetingId,
  submissionId,
  expertId: 'E02',
  source: 'detected',
  reason: '与申请企业存在利益关系',
  status: 'confirmed',
  flaggedAt: '2026-11-28T09:00:00+08:00',
  decidedBy: 'E01',
  decidedAt: '2026-11-28T09:05:00+08:00',
  ...overrides,
});
const recuse = (submissionId: string, overrides: Partial<Recusal> = {}) =>
  hub.store.writeNow({ meetingId: testMeetingId }, (tx) => tx.recusals.put(recusal(submissionId, overrides)));
const fetchMaterial = (sha256: string) => sendRequest(device.route, { method: 'GET', path: `/materials/${sha256}`, headers: { Cookie: device.cookie } });
const codeOf = (body: string): unknown => (JSON.parse(body) as { error: { code: string } }).error.code;

beforeEach(async () => {
  hub = await openInProcessHub();
  device = await joinHub({ origin: hub.origin, localAddress: '127.0.0.2' }, { expertId: 'E02', meetingCode: hub.status.meetingCode!, pin: pinOf('E02') });
});

afterEach(() => hub.close());

describe('a recused expert at the hub', () => {
  it('cannot fetch the submission’s materials once the chair upheld the recusal', async () => {
    const material = await hub.addMaterial(testMeetingId, 'MAT-1', Buffer.from('draft of S01'));
    expect((await fetchMaterial(material.sha256)).status).toBe(200);
    recuse('S01');
    const refused = await fetchMaterial(material.sha256);
    expect([refused.status, codeOf(refused.body)]).toEqual([403, 'recused']);
  });

  it('cannot fetch them while their own declaration waits for the chair, and can again once it is dismissed', async () => {
    const material = await hub.addMaterial(testMeetingId, 'MAT-1', Buffer.from('draft of S01'));
    recuse('S01', { source: 'declared', declaredBy: 'E02', status: 'flagged', decidedBy: null, decidedAt: null });
    expect((await fetchMaterial(material.sha256)).status).toBe(403);
    recuse('S01', { source: 'declared', declaredBy: 'E02', status: 'dismissed', decisionNote: '无利益关系' });
    expect((await fetchMaterial(material.sha256)).status).toBe(200);
  });

  it('still gets the same file when it also belongs to a submission they may read', async () => {
    hub.store.writeNow({ meetingId: testMeetingId }, (tx) => tx.submissions.put({ ...testSubmission, id: 'S02', phase: 'scoring' }));
    const content = Buffer.from('a shared reference document');
    const material = await hub.addMaterial(testMeetingId, 'MAT-1', content);
    hub.store.writeNow({ meetingId: testMeetingId }, (tx) => tx.materials.put({ ...material, id: 'MAT-2', submissionId: 'S02' }));
    recuse('S01');
    const served = await fetchMaterial(material.sha256);
    expect([served.status, served.body]).toEqual([200, content.toString('utf8')]);
    recuse('S02');
    expect((await fetchMaterial(material.sha256)).status).toBe(403);
  });

  it('is refused every sheet operation for that submission, and nothing is created', async () => {
    recuse('S01');
    for (const [name, args] of [
      ['sheet.open', key],
      ['sheet.saveDraft', { ...key, content: passingDraft(emptySheetContent(rubricFor(testMeeting))), comments: [] }],
      ['sheet.submit', { ...key, reason: '', signatureImage: drawnSignature }],
    ] as const) {
      const answer = await device.write(name, args);
      expect(answer.result, name).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringContaining('回避') } });
    }
    expect(hub.store.read((tx) => tx.scoreSheets.list(testMeetingId, { expertId: 'E02' }))).toEqual([]);
    expect((await device.call('sheet.history', { meetingId: testMeetingId, submissionId: 'S01' })).result).toEqual({ ok: true, value: { expertId: 'E02', versions: [] } });
  });
});
