import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expertCaller, workstationCaller } from '../../../test/support/callers.js';
import { openIdentityHost, pinOf, plantPledges, type IdentityHost } from '../../../test/support/identity-host.js';
import { testExpert, testMeetingId } from '../../../test/support/meeting-host.js';
import { parseArgs } from '../../../shared/api/dispatch.js';

const meetingId = testMeetingId;
let host: IdentityHost;

const advance = (to: 'scoring' | 'discussion', caller = workstationCaller) => host.handlers['submission.advancePhase']({ meetingId, submissionId: 'S01', to }, caller);
const phase = () => host.store.read((tx) => tx.submissions.get(meetingId, 'S01')?.phase);

beforeEach(async () => {
  const panel = [1, 2, 3, 4, 5].map((n) => testExpert(n, { present: true })).concat(testExpert(6, { present: true, organization: '浙江三花智能控制有限公司' }));
  host = await openIdentityHost(panel);
});

afterEach(() => host.close());

describe('phase changes', () => {
  it('starts scoring only when the guards allow it, refusing with every reason and changing nothing, and audits the change', async () => {
    const before = host.snapshot();
    await expect(advance('scoring')).rejects.toMatchObject({ code: 'refused', field: 'to', message: /专家6（E06）的回避提示尚待组长确认；.*尚未签署公正性声明及保密承诺/ });
    await expect(advance('discussion')).rejects.toMatchObject({ code: 'refused', message: '只能从「准备」进入「独立评分」，不能进入「合议」' });
    expect(host.snapshot()).toBe(before);

    await plantPledges(host.store, ['E01', 'E02', 'E03', 'E04', 'E05']);
    await host.handlers['identity.unlock']({ meetingId, expertId: 'E01', pin: pinOf('E01') }, workstationCaller);
    await host.handlers['recusal.decide']({ meetingId, submissionId: 'S01', expertId: 'E06', status: 'confirmed', note: '主要起草单位员工' }, workstationCaller);
    await host.handlers['identity.lock']({}, workstationCaller);
    await advance('scoring');
    expect(phase()).toBe('scoring');
    const changes = host.store.read((tx) => tx.audit.ofMeeting(meetingId)).filter((e) => e.action === 'submission.phase');
    expect(changes).toEqual([expect.objectContaining({ actor: 'secretary', submissionId: 'S01', details: { from: 'preparation', to: 'scoring' } })]);
  });

  it('names the expert unlocked at this workstation as the one who moved the review on', async () => {
    await plantPledges(host.store, ['E01', 'E02', 'E03', 'E04', 'E05']);
    await host.handlers['identity.unlock']({ meetingId, expertId: 'E01', pin: pinOf('E01') }, workstationCaller);
    await host.handlers['recusal.decide']({ meetingId, submissionId: 'S01', expertId: 'E06', status: 'confirmed', note: '主要起草单位员工' }, workstationCaller);
    await advance('scoring');
    expect(host.store.read((tx) => tx.audit.ofMeeting(meetingId)).at(-1)).toMatchObject({ actor: 'E01', action: 'submission.phase' });
  });

  it('lets no expert device move a review, and never into 定稿 or 已上报', async () => {
    await expect(advance('scoring', expertCaller(meetingId, 'E01'))).rejects.toMatchObject({ code: 'forbidden' });
    for (const to of ['finalised', 'reported']) {
      expect(parseArgs('submission.advancePhase', { meetingId, submissionId: 'S01', to })).toMatchObject({ ok: false, error: { field: 'to' } });
    }
  });
});
