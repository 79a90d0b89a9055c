import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorBody } from '../../shared/protocol/error-body.js';
import { BureauError } from './bureau-error.js';

/** The whole body, refused with 413 past `limit` bytes so a client cannot exhaust memory. */
export const readBody = async (request: IncomingMessage, limit: number): Promise<Buffer> => {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw new BureauError(413, 'payload-too-large', `请求体超过 ${limit} 字节上限`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BureauError(413, 'payload-too-large', `请求体超过 ${limit} 字节上限`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
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
