import { type Socket, connect } from 'node:net';

export interface SlowUpload {
  socket: Socket;
  /** Everything the server sent until it closed the connection or `waitMs` passed. */
  answer(waitMs?: number): Promise<string>;
  close(): void;
}

/**
 * A raw HTTP/1.1 request that declares `declared` body bytes (or a chunked body of unknown length)
 * and sends only `sent` of them, then holds the connection: what a slow (or hostile) client does
 * to a server that reads bodies first.
 */
export const startSlowUpload = async (
  url: string,
  request: { method: string; path: string; headers: Record<string, string>; declared: number | 'chunked'; sent: number },
): Promise<SlowUpload> => {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = '';
  let closed = false;
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('utf8');
  });
  socket.on('error', () => undefined);
  const ended = new Promise<void>((resolve) =>
    socket.once('close', () => {
      closed = true;
      resolve();
    }),
  );
  const head = [
    `${request.method} ${request.path} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    request.declared === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${request.declared}`,
    ...Object.entries(request.headers).map(([name, value]) => `${name}: ${value}`),
    '',
    '',
  ].join('\r\n');
  socket.write(head);
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  for (let left = request.sent; left > 0 && !closed; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!socket.write(piece)) await Promise.race([new Promise((resolve) => socket.once('drain', resolve)), ended]);
  }
  return {
    socket,
    answer: async (waitMs = 5_000) => {
      await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, waitMs))]);
      return received;
    },
    close: () => socket.destroy(),
  };
};

/** The status code of the first response in `raw`, or null when none arrived. */
export const statusOf = (raw: string): number | null => {
  const match = /^HTTP\/1\.1 (\d{3})/.exec(raw);
  return match ? Number(match[1]) : null;
};
