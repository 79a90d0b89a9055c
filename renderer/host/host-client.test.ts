// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callHost, sendHostCall, subscribeHostChanges, type HostChange } from './host-client.js';

/** Stands in for the browser's EventSource: the test plays the host's side of the stream. */
class FakeEventSource {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static opened: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: string }) => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  connect() {
    this.readyState = FakeEventSource.OPEN;
    this.onopen?.();
  }
  send(data: string) {
    this.onmessage?.({ data });
  }
  /** `reconnecting`: a dropped connection EventSource retries; otherwise an HTTP error that ends it. */
  fail(reconnecting: boolean) {
    this.readyState = reconnecting ? FakeEventSource.CONNECTING : FakeEventSource.CLOSED;
    this.onerror?.();
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

const latest = () => FakeEventSource.opened.at(-1)!;

beforeEach(() => {
  FakeEventSource.opened = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  delete window.zz;
});

describe('subscribeHostChanges over HTTP', () => {
  it('shares one stream among listeners and passes on only well-formed changes', () => {
    const first: HostChange[] = [];
    const second: HostChange[] = [];
    const stopFirst = subscribeHostChanges((change) => first.push(change));
    const stopSecond = subscribeHostChanges((change) => second.push(change));
    expect(FakeEventSource.opened.map((source) => source.url)).toEqual(['/api/events']);
    latest().connect();
    latest().send('{"meetingId":"M-2026-0147","kind":"meeting","submissionId":"S01","revision":4}');
    latest().send('{"meetingId":"M-2026-0147","kind":"hub","submissionId":null,"revision":5}');
    latest().send('{"meetingId":7,"kind":"meeting","submissionId":null,"revision":6}');
    latest().send('{"meetingId":null,"kind":"meeting","submissionId":null,"revision":"7"}');
    latest().send('{"meetingId":null,"kind":"resync","submissionId":null,"revision":8}');
    latest().send('{"meetingId":null,"revision":9}');
    latest().send('not json');
    expect(first).toEqual([
      { meetingId: 'M-2026-0147', kind: 'meeting', submissionId: 'S01', revision: 4 },
      { meetingId: 'M-2026-0147', kind: 'hub', submissionId: null, revision: 5 },
    ]);
    expect(second).toEqual(first);
    stopFirst();
    expect(latest().readyState).toBe(FakeEventSource.OPEN);
    stopSecond();
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
  });

  it('asks every screen to read everything again once a dropped stream is back', () => {
    const seen: HostChange[] = [];
    const stop = subscribeHostChanges((change) => seen.push(change));
    latest().connect();
    latest().fail(true);
    expect(seen).toEqual([]);
    latest().connect();
    expect(seen).toEqual([{ meetingId: null, kind: 'resync', submissionId: null, revision: -1 }]);
    stop();
  });

  it('opens a new stream after the host refused one, and resyncs when it connects', () => {
    vi.useFakeTimers();
    const seen: HostChange[] = [];
    const stop = subscribeHostChanges((change) => seen.push(change));
    latest().connect();
    latest().fail(false);
    vi.advanceTimersByTime(3_000);
    expect(FakeEventSource.opened).toHaveLength(2);
    latest().connect();
    expect(seen).toEqual([{ meetingId: null, kind: 'resync', submissionId: null, revision: -1 }]);
    stop();
  });
});

describe('subscribeHostChanges under Electron', () => {
  it('listens through the preload and opens no stream', () => {
    const listeners: ((change: HostChange) => void)[] = [];
    window.zz = {
      call: async () => ({ ok: true, value: null }),
      onChange: (listener) => {
        listeners.push(listener);
        return () => undefined;
      },
    };
    const seen: HostChange[] = [];
    subscribeHostChanges((change) => seen.push(change));
    const saved: HostChange = { meetingId: 'M-2026-0147', kind: 'meeting', submissionId: null, revision: 2 };
    listeners[0]!(saved);
    expect(seen).toEqual([saved]);
    expect(FakeEventSource.opened).toEqual([]);
  });
});

describe('calls over HTTP', () => {
  const answering = (body: unknown) => {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    return fetch;
  };

  it('carries the operation id of an action, so the hub applies a resend once', async () => {
    const fetch = answering({ ok: true, value: null });
    await sendHostCall('sheet.submit', { reason: '' }, '5b1c7a0e-3f5d-4c8e-9a1b-2c3d4e5f6a7b');
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/sheet.submit');
    expect(new Headers(init.headers).get('X-Operation-Id')).toBe('5b1c7a0e-3f5d-4c8e-9a1b-2c3d4e5f6a7b');
  });

  it('sends no operation id with a read', async () => {
    const fetch = answering({ ok: true, value: null });
    await callHost('meeting.read', { meetingId: 'M-2026-0147' });
    expect(new Headers(fetch.mock.calls[0]![1].headers).has('X-Operation-Id')).toBe(false);
  });

  it('says the host is unreachable when no answer came', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(callHost('meeting.read', { meetingId: 'M-2026-0147' })).rejects.toMatchObject({ code: 'unreachable' });
  });
});
