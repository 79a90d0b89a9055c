import { type IncomingMessage, type Server, createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { BodyReadError, declaredContentLength, readBoundedBody } from './bounded-body.js';

type Outcome = { body: Buffer } | { error: unknown; destroyed: boolean };

const maxBytes = 1024;
/** In a `send`, closes the client's side of the connection. */
const hangUp = Symbol('hang up');
const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server that reads each body with the cap, answers 200 or 413, and hands the reader's outcome to the test. */
const startReader = async () => {
  const outcomes: Outcome[] = [];
  const waiting: ((outcome: Outcome) => void)[] = [];
  const report = (outcome: Outcome) => {
    const next = waiting.shift();
    if (next) next(outcome);
    else outcomes.push(outcome);
  };
  const server = createServer((request, response) => {
    readBoundedBody(request, { maxBytes }).then(
      (body) => {
        report({ body });
        response.end(`read ${body.length}`);
      },
      (error: unknown) => {
        report({ error, destroyed: request.destroyed });
        if (!request.destroyed) response.writeHead(413, { connection: 'close' }).end();
      },
    );
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  /** Sends raw bytes and resolves with what the server answered by the time the connection closed. */
  const send = (head: string, ...parts: (string | Buffer | typeof hangUp)[]) =>
    new Promise<string>((resolve) => {
      let answer = '';
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(head);
        for (const part of parts) {
          if (part === hangUp) socket.end();
          else socket.write(part);
        }
      });
      socket.on('data', (data) => {
        answer += data.toString('latin1');
      });
      socket.on('error', () => resolve(answer));
      socket.on('close', () => resolve(answer));
    });
  const outcome = (): Promise<Outcome> => {
    const known = outcomes.shift();
    return known ? Promise.resolve(known) : new Promise((resolve) => waiting.push(resolve));
  };
  return { send, outcome };
};

const refusalOf = (outcome: Outcome): string | undefined =>
  'error' in outcome && outcome.error instanceof BodyReadError ? outcome.error.refusal : undefined;

describe('readBoundedBody', () => {
  it('reads a declared body and a chunked one under the cap', async () => {
    const reader = await startReader();
    const body = '结论：通过'.repeat(20);
    const bytes = Buffer.from(body);
    expect(await reader.send(`POST / HTTP/1.1\r\nHost: x\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`, bytes)).toContain(`read ${bytes.length}`);
    expect(((await reader.outcome()) as { body: Buffer }).body.toString()).toBe(body);
    const chunked = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n';
    expect(await reader.send(chunked, '5\r\nhello\r\n', '6\r\n world\r\n', '0\r\n\r\n')).toContain('read 11');
    expect(((await reader.outcome()) as { body: Buffer }).body.toString()).toBe('hello world');
  });

  it('refuses a declared length above the cap before reading the body, and leaves the answer to the caller', async () => {
    const reader = await startReader();
    const answer = await reader.send(`PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: ${maxBytes + 1}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    const outcome = await reader.outcome();
    expect(refusalOf(outcome)).toBe('too-large');
    expect(outcome).toMatchObject({ destroyed: false });
    expect((outcome as { error: Error }).error.message).toBe(`请求体超过 ${maxBytes} 字节上限`);
  });

  it('destroys a chunked request at the first chunk past the cap', async () => {
    const reader = await startReader();
    const head = 'PUT / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';
    const chunk = `${(600).toString(16)}\r\n${'a'.repeat(600)}\r\n`;
    const answer = await reader.send(head, chunk, chunk, chunk);
    const outcome = await reader.outcome();
    expect(refusalOf(outcome)).toBe('too-large');
    expect(outcome).toMatchObject({ destroyed: true });
    expect(answer).toBe('');
  });

  it('reports a sender that hangs up before its declared length as incomplete', async () => {
    const reader = await startReader();
    await reader.send('PUT / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n', 'only part', hangUp);
    expect(refusalOf(await reader.outcome())).toBe('incomplete');
  });
});

describe('declaredContentLength', () => {
  const withLength = (value: string | undefined) => ({ headers: value === undefined ? {} : { 'content-length': value } }) as IncomingMessage;

  it('reads a decimal length within the cap, and nothing without the header', () => {
    expect(declaredContentLength(withLength('0'), 10)).toBe(0);
    expect(declaredContentLength(withLength('10'), 10)).toBe(10);
    expect(declaredContentLength(withLength(undefined), 10)).toBeUndefined();
  });

  it.each(['-1', '1e3', '0x10', ' 12', '99999999999999999'])('refuses %j as no length', (value) => {
    expect(() => declaredContentLength(withLength(value), Number.MAX_SAFE_INTEGER)).toThrow(expect.objectContaining({ refusal: 'bad-length' }));
  });

  it('refuses a length above the cap', () => {
    expect(() => declaredContentLength(withLength('11'), 10)).toThrow(expect.objectContaining({ refusal: 'too-large' }));
  });
});
