import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorBody } from '../../shared/protocol/error-body.js';
import { BureauError } from './bureau-error.js';

/**
 * The body length the request declares, checked against `limit` before anything is read. A body
 * must declare its length (no chunked upload), so the bureau knows what it admits.
 */
export const declaredBodyLength = (request: IncomingMessage, limit: number): number => {
  const header = request.headers['content-length'];
  if (header === undefined) {
    if (request.headers['transfer-encoding'] === undefined) return 0;
    throw new BureauError(411, 'length-required', '请求体须带 Content-Length 请求头');
  }
  const declared = Number(header);
  if (!/^[0-9]{1,16}$/.test(header) || !Number.isSafeInteger(declared)) throw new BureauError(400, 'bad-request', 'Content-Length 请求头无效');
  if (declared > limit) throw new BureauError(413, 'payload-too-large', `请求体超过 ${limit} 字节上限`);
  return declared;
};

/** A body must be JSON and say so; anything else is refused with 415 before it is read. */
export const requireJsonBody = (request: IncomingMessage): void => {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    throw new BureauError(415, 'unsupported-media-type', `请求体须为 JSON，Content-Type 须为 application/json（收到 ${type ? JSON.stringify(type) : '无'}）`);
  }
};

/**
 * Reads exactly `length` bytes into one buffer of that size: no list of chunks to concatenate, so
 * the request never holds more than it declared. The HTTP parser stops at the declared length; a
 * connection closed before it ends the read with an error.
 */
export const readDeclaredBody = async (request: IncomingMessage, length: number): Promise<Buffer> => {
  const body = Buffer.alloc(length);
  let size = 0;
  for await (const chunk of request) {
    const bytes = chunk as Buffer;
    if (size + bytes.length > length) throw new BureauError(400, 'bad-request', '请求体比 Content-Length 声明的长');
    bytes.copy(body, size);
    size += bytes.length;
  }
  if (size !== length) throw new BureauError(400, 'bad-request', '请求体比 Content-Length 声明的短');
  return body;
};

export const parseJsonBody = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new BureauError(400, 'bad-request', '请求体不是有效的 JSON');
  }
};

export const sendJson = (response: ServerResponse, status: number, body: unknown): void => {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
};

export const sendError = (response: ServerResponse, error: BureauError): void => {
  const body: ErrorBody = { error: error.code, message: error.message };
  if (error.field !== undefined) body.field = error.field;
  sendJson(response, error.status, body);
};
