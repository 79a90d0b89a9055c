import type { ServerResponse } from 'node:http';
import type { ChangeFeed } from './change-feed.js';
import { coalesceChanges } from './change-coalescing.js';

/** Often enough that no proxy or idle timer on the way takes a quiet stream for a dead one. */
export const defaultHeartbeatMs = 15_000;

/** Streams the changes, bursts coalesced (change-coalescing.ts), as server-sent events until the client goes away. */
export const serveEventStream = (response: ServerResponse, changes: ChangeFeed, heartbeatMs: number): void => {
  response.writeHead(200, {
    'Content-Type': 'text/event-stream',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    Connection: 'keep-alive',
  });
  // Sends the headers now: the browser reports the stream open only once it has them.
  response.write(': connected\n\n');
  const coalesced = coalesceChanges((event) => response.write(`data: ${JSON.stringify(event)}\n\n`));
  const unsubscribe = changes.subscribe(coalesced.listener);
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), heartbeatMs);
  // The response's close, not the request's: a request without a body counts as closed once it is read.
  response.once('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    coalesced.stop();
  });
};
