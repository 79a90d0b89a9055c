import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyReadError, declaredContentLength, readBoundedBody } from '../../node/http/bounded-body.js';
import type { ErrorBody } from '../../shared/protocol/error-body.js';
import { BureauError } from './bureau-error.js';

/** The reader's refusals as the bureau answers them: 413 above the limit, 400 for a length that does not hold. */
const asBureauError = (error: unknown): unknown => {
  if (!(error instanceof BodyReadError)) return error;
  return error.refusal === 'too-large' ? new BureauError(413, 'payload-too-large', error.message) : new BureauError(400, 'bad-request', error.message);
};

/**
 * The body length the request declares, checked against `limit` before anything is read. A body
 * must declare its length (no chunked upload), so the bureau knows what it admits.
 */
export const declaredBodyLength = (request: IncomingMessage, limit: number): number => {
  let declared: number | undefined;
  try {
    declared = declaredContentLength(request, limit);
  } catch (error) {
    throw asBureauError(error);
  }
  if (declared !== undefined) return declared;
  if (request.headers['transfer-encoding'] === undefined) return 0;
  throw new BureauError(411, 'length-required', '请求体须带 Content-Length 请求头');
};

/** A body must be JSON and say so; anything else is refused with 415 before it is read. */
export const requireJsonBody = (request: IncomingMessage): void => {
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/json\s*(?:;|$)/i.test(type)) {
    throw new BureauError(415, 'unsupported-media-type', `请求体须为 JSON，Content-Type 须为 application/json（收到 ${type ? JSON.stringify(type) : '无'}）`);
  }
};

/** Reads the body `declaredBodyLength` admitted: exactly that many bytes, into one buffer of that size. */
export const readDeclaredBody = async (request: IncomingMessage, length: number): Promise<Buffer> => {
  try {
    return await readBoundedBody(request, { maxBytes: length });
  } catch (error) {
    throw asBureauError(error);
  }
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
