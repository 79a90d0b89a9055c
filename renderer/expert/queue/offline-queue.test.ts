import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fail, ok, type HostResult } from '../../../shared/api/result.js';
import { openExpertDatabase, type ExpertDatabase } from './expert-database.js';
import { createOfflineQueue, type OfflineQueue, type SendAction } from './offline-queue.js';
import { newOperationId } from './operation-id.js';
import { sendPledge } from './pledge-send.js';

type Sent = { call: string; args: unknown; opId: string };

/** A hub that answers like the real one: once per operation id, the first answer again on a resend. */
const fakeHub = () => {
  const sent: Sent[] = [];
  const applied = new Map<string, HostResult<unknown>>();
  let reachable = true;
  let answer: (call: string, args: unknown) => HostResult<unknown> = () => ok(null);
  const send: SendAction = async (call, args, opId) => {
    if (!reachable) throw new TypeError('Failed to fetch');
    sent.push({ call, args, opId });
    const first = applied.get(opId) ?? answer(call, args);
    applied.set(opId, first);
    return first;
  };
  return {
    send,
    sent,
    applied,
    setReachable: (value: boolean) => (reachable = value),
    answerWith: (next: typeof answer) => (answer = next),
  };
};

let counter = 0;
const opened: { db: ExpertDatabase; queue: OfflineQueue }[] = [];
const openQueue = (send: SendAction, name = `queue-${(counter += 1)}`) => {
  const db = openExpertDatabase(name);
  const queue = createOfflineQueue({ db, send, retryMs: 60_000 });
  opened.push({ db, queue });
  return { db, queue, name };
};

afterEach(async () => {
  for (const { db, queue } of opened.splice(0)) {
    await queue.stop();
    db.close();
  }
});

describe('offline queue', () => {
  it('sends in order and forgets an action only once the hub acknowledged it', async () => {
    const hub = fakeHub();
    const { queue } = openQueue(hub.send);
    const first = await queue.enqueue('sheet.saveDraft', { n: 1 });
    const second = await queue.enqueue('sheet.submit', { n: 2 });
    expect(await first.settled).toEqual(ok(null));
    expect(await second.settled).toEqual(ok(null));
    expect(hub.sent.map((s) => s.call)).toEqual(['sheet.saveDraft', 'sheet.submit']);
    expect(new Set(hub.sent.map((s) => s.opId)).size).toBe(2);
    expect((await queue.state()).pending).toEqual([]);
  });

  it('keeps what it could not send, survives a reload, and resends with the same operation id', async () => {
    const hub = fakeHub();
    hub.setReachable(false);
    const { queue, name, db } = openQueue(hub.send);
    const { opId } = await queue.enqueue('sheet.saveDraft', { n: 1 });
    await queue.flush();
    expect((await queue.state()).blocked).toBe('offline');
    expect((await queue.state()).pending.map((p) => p.opId)).toEqual([opId]);

    await queue.stop();
    db.close();
    hub.setReachable(true);
    const reloaded = openQueue(hub.send, name);
    await reloaded.queue.flush();
    expect(hub.sent).toEqual([{ call: 'sheet.saveDraft', args: { n: 1 }, opId }]);
    expect(await reloaded.queue.state()).toEqual({ pending: [], refused: [], blocked: null });
  });

  it('resends an action whose answer was lost, and the hub applies it once', async () => {
    const hub = fakeHub();
    let loseAnswer = true;
    const send: SendAction = async (call, args, opId) => {
      const result = await hub.send(call, args, opId);
      if (loseAnswer) {
        loseAnswer = false;
        throw new TypeError('network changed');
      }
      return result;
    };
    const { queue } = openQueue(send);
    const { settled } = await queue.enqueue('sheet.submit', { n: 1 });
    await queue.flush();
    await queue.flush();
    expect(await settled).toEqual(ok(null));
    expect(hub.sent).toHaveLength(2);
    expect(hub.sent[0]!.opId).toBe(hub.sent[1]!.opId);
    expect(hub.applied.size).toBe(1);
  });

  it('lets a newer draft of the same sheet replace an unsent one, never one already sent', async () => {
    const hub = fakeHub();
    hub.setReachable(false);
    const { queue } = openQueue(hub.send);
    const a = await queue.enqueue('sheet.saveDraft', { v: 1 }, 'sheet:S1');
    await queue.flush();
    // Sent once (and the answer lost): its arguments are frozen, so the next draft is a new action…
    const b = await queue.enqueue('sheet.saveDraft', { v: 2 }, 'sheet:S1');
    expect(b.opId).not.toBe(a.opId);
    // …which the drafts after it replace while the hub stays out of reach.
    const c = await queue.enqueue('sheet.saveDraft', { v: 3 }, 'sheet:S1');
    expect(c.opId).toBe(b.opId);
    const other = await queue.enqueue('sheet.saveDraft', { v: 1 }, 'sheet:S2');
    expect((await queue.state()).pending.map((p) => p.args)).toEqual([{ v: 1 }, { v: 3 }, { v: 1 }]);

    hub.setReachable(true);
    await queue.flush();
    expect(hub.sent.map((s) => s.args)).toEqual([{ v: 1 }, { v: 3 }, { v: 1 }]);
    expect(await b.settled).toEqual(ok(null));
    expect(await other.settled).toEqual(ok(null));
  });

  it('never merges a draft across a submit that follows it', async () => {
    const hub = fakeHub();
    hub.setReachable(false);
    const { queue } = openQueue(hub.send);
    await queue.enqueue('sheet.saveDraft', { v: 1 }, 'sheet:S1');
    await queue.enqueue('sheet.submit', { reason: '' });
    await queue.enqueue('sheet.saveDraft', { v: 2 }, 'sheet:S1');
    expect((await queue.state()).pending.map((p) => [p.call, p.args])).toEqual([
      ['sheet.saveDraft', { v: 1 }],
      ['sheet.submit', { reason: '' }],
      ['sheet.saveDraft', { v: 2 }],
    ]);
  });

  it('keeps a refusal for the expert to read and goes on with the rest', async () => {
    const hub = fakeHub();
    hub.answerWith((call) => (call === 'sheet.submit' ? fail('refused', '评分已结束') : ok(null)));
    const { queue } = openQueue(hub.send);
    const submit = await queue.enqueue('sheet.submit', {});
    const draft = await queue.enqueue('sheet.saveDraft', {});
    expect(await submit.settled).toEqual(fail('refused', '评分已结束'));
    expect(await draft.settled).toEqual(ok(null));
    const { refused, pending } = await queue.state();
    expect(pending).toEqual([]);
    expect(refused).toMatchObject([{ opId: submit.opId, call: 'sheet.submit', code: 'refused', message: '评分已结束' }]);
    await queue.dismissRefused(submit.opId);
    expect((await queue.state()).refused).toEqual([]);
  });

  it('holds everything while the session is gone and sends it after the expert joins again', async () => {
    const hub = fakeHub();
    let session = false;
    const send: SendAction = async (call, args, opId) => (session ? hub.send(call, args, opId) : fail('no-session', '请重新加入'));
    const { queue } = openQueue(send);
    const { settled } = await queue.enqueue('verdict.sign', { image: 'x' });
    await queue.flush();
    const waiting = await queue.state();
    expect(waiting.blocked).toBe('no-session');
    expect(waiting.pending).toHaveLength(1);
    expect(waiting.refused).toEqual([]);

    session = true;
    await queue.flush();
    expect(await settled).toEqual(ok(null));
    expect((await queue.state()).blocked).toBeNull();
  });

  it('tells its listeners how many actions wait and why', async () => {
    const hub = fakeHub();
    hub.setReachable(false);
    const { queue } = openQueue(hub.send);
    const seen: [number, string | null][] = [];
    queue.subscribe((state) => seen.push([state.pending.length, state.blocked]));
    await queue.enqueue('sheet.saveDraft', {});
    await queue.flush();
    hub.setReachable(true);
    await queue.flush();
    expect(seen.at(-1)).toEqual([0, null]);
    expect(seen).toContainEqual([1, 'offline']);
  });

  it('never stores a pledge, whose arguments carry the new PIN: it is sent directly, once per operation id, and re-entered after a dropped connection', async () => {
    const hub = fakeHub();
    hub.setReachable(false);
    const { queue, db } = openQueue(hub.send);
    const pin = '739418';
    const pledge = { meetingId: 'M-1', expertId: 'E02', signatureImage: 'data:image/png;base64,AAAA', pin };
    await queue.enqueue('sheet.saveDraft', { meetingId: 'M-1', opinion: '草稿' }, 'draft:M-1/S01/E02');
    await expect(queue.enqueue('pledge.sign', pledge)).rejects.toThrow(/never stored/);
    const opId = newOperationId();
    await expect(sendPledge(hub.send, pledge, opId)).rejects.toMatchObject({ code: 'unreachable' });
    await queue.flush();
    const stored = JSON.stringify([await db.outbox.toArray(), await db.refused.toArray(), await db.cached.toArray()]);
    expect(stored).toContain('草稿');
    expect(stored).not.toContain(pin);
    expect(stored).not.toContain('pledge.sign');

    hub.setReachable(true);
    await sendPledge(hub.send, pledge, opId);
    await sendPledge(hub.send, pledge, opId);
    expect(hub.sent.filter((s) => s.call === 'pledge.sign').map((s) => s.opId)).toEqual([opId, opId]);
    expect(hub.applied.size).toBe(1);
  });
});
