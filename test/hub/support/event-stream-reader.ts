import type { IncomingMessage } from 'node:http';
import { isChangeEvent, type ChangeEvent } from '../../../electron/http/change-feed.js';
import { openRequest, type Route } from './hub-http.js';

/** One change as it reached the reader, with when (performance.now() of this process). */
export type ReceivedChange = ChangeEvent & { receivedAt: number };

export type EventStreamReader = {
  /** Every change received so far, in order. */
  readonly received: readonly ReceivedChange[];
  /** The first change from index `from` on that `test` accepts, waiting for it up to `ceilingMs`. */
  next(test: (change: ReceivedChange) => boolean, options: { from?: number; ceilingMs: number; what: string }): Promise<ReceivedChange>;
  /** Resolves once the stream has ended (server gone, connection cut, session revoked). */
  readonly ended: Promise<void>;
  close(): void;
};

/**
 * `GET <path>` read as server-sent events, the way EventSource reads them: blocks separated by a
 * blank line, `data:` lines joined, comment lines (`: heartbeat`) skipped. Fails unless the answer
 * is a 200 event stream.
 */
export const openEventStream = async (route: Route, path: string, headers: Record<string, string>): Promise<EventStreamReader> => {
  const response: IncomingMessage = await openRequest(route, { method: 'GET', path, headers: { Accept: 'text/event-stream', ...headers } });
  if (response.statusCode !== 200 || !String(response.headers['content-type']).startsWith('text/event-stream')) {
    response.resume();
    throw new Error(`${path}: HTTP ${response.statusCode} ${response.headers['content-type']}, not an event stream`);
  }
  const received: ReceivedChange[] = [];
  const waiters = new Set<() => void>();
  let pending = '';
  let finished = false;
  const ended = new Promise<void>((resolve) => {
    const finish = () => {
      finished = true;
      for (const wake of [...waiters]) wake();
      resolve();
    };
    response.once('close', finish);
    response.once('error', finish);
  });
  response.setEncoding('utf8');
  response.on('data', (chunk: string) => {
    pending += chunk.replace(/\r\n?/g, '\n');
    const blocks = pending.split('\n\n');
    pending = blocks.pop() ?? '';
    for (const block of blocks) {
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''));
      if (data.length === 0) continue;
      const event: unknown = JSON.parse(data.join('\n'));
      if (!isChangeEvent(event)) throw new Error(`not a change event: ${data.join('\n')}`);
      received.push({ ...event, receivedAt: performance.now() });
    }
    for (const wake of [...waiters]) wake();
  });

  const next: EventStreamReader['next'] = (test, { from = 0, ceilingMs, what }) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = received.slice(from).find(test);
        if (found !== undefined) return settle(() => resolve(found));
        if (finished) settle(() => reject(new Error(`${what}: the event stream ended first`)));
      };
      const timer = setTimeout(() => settle(() => reject(new Error(`${what}: no such change within ${ceilingMs} ms (${received.length} received)`))), ceilingMs);
      const settle = (done: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        done();
      };
      waiters.add(check);
      check();
    });

  return { received, next, ended, close: () => response.destroy() };
};
