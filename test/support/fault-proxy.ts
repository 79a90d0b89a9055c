import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * How the proxy treats the next requests:
 * - `pass`: forwards and relays the answer;
 * - `fail-500`: answers 500 without forwarding;
 * - `hang`: never answers;
 * - `cut-after-forward`: forwards, waits for the whole answer (the bureau has committed), then drops the client's connection;
 * - `duplicate`: forwards the identical request twice and relays the second answer (a replaying network);
 * - `tamper-request`: rewrites the bundle's outcome on the way in;
 * - `tamper-receipt`: rewrites the receipt's seq on the way out.
 */
export type ProxyMode = 'pass' | 'fail-500' | 'hang' | 'cut-after-forward' | 'duplicate' | 'tamper-request' | 'tamper-receipt';

export interface FaultProxy {
  url: string;
  mode: ProxyMode;
  /** Requests seen, in order, as `METHOD path`. */
  seen: string[];
  close(): Promise<void>;
}

const readAll = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const forward = async (target: string, request: IncomingMessage, body: Buffer) => {
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name, value]) => typeof value === 'string' && !['host', 'connection', 'content-length'].includes(name)),
  ) as Record<string, string>;
  const response = await fetch(`${target}${request.url ?? '/'}`, { method: request.method ?? 'GET', headers, body: body.length > 0 ? new Uint8Array(body) : undefined });
  return { status: response.status, contentType: response.headers.get('content-type') ?? 'application/octet-stream', body: Buffer.from(await response.arrayBuffer()) };
};

const rewriteJson = (body: Buffer, change: (json: Record<string, unknown>) => void): Buffer => {
  const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
  change(json);
  return Buffer.from(JSON.stringify(json));
};

/** A small HTTP proxy in front of the real bureau that misbehaves on request, for the fault tests. */
export const startFaultProxy = async (target: string): Promise<FaultProxy> => {
  const sockets = new Set<Socket>();
  const proxy: Omit<FaultProxy, 'url' | 'close'> = { mode: 'pass', seen: [] };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readAll(request);
    proxy.seen.push(`${request.method} ${request.url}`);
    const mode = proxy.mode;
    if (mode === 'hang') return;
    if (mode === 'fail-500') {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'internal-error', message: '局端内部错误，请稍后重试' }));
      return;
    }
    const sent =
      mode === 'tamper-request'
        ? rewriteJson(body, (json) => {
            (json.bundle as Record<string, unknown>).outcome = 'fail';
          })
        : body;
    if (mode === 'duplicate') await forward(target, request, sent);
    const answer = await forward(target, request, sent);
    if (mode === 'cut-after-forward') {
      request.socket.destroy();
      return;
    }
    const relayed =
      mode === 'tamper-receipt' && answer.status < 300
        ? rewriteJson(answer.body, (json) => {
            const receipt = json.receipt as { seq: number };
            receipt.seq += 1000;
          })
        : answer.body;
    response.writeHead(answer.status, { 'content-type': answer.contentType }).end(relayed);
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(502, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'bad-gateway', message: String(error) }));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(proxy, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  });
};
