import { type SignRequestInput, signRequest } from '../../../shared/protocol/request-signing.js';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import { HostFailure, type RefusalParams } from '../../../shared/api/result.js';
import { translator } from '../../../shared/i18n/translate.js';
import type { MessageKey } from '../../../shared/i18n/zh-cn.js';

const zh = translator('zh-CN');

/** Why no answer came, as a refusal text and what it names: the UI says it in its language. */
export type NetworkErrorWords = { text: MessageKey; params: RefusalParams };

/** The request got no HTTP answer at all: refused, unresolved, reset or timed out; the message (the host's and the outbox's) is `words` in Chinese. */
export class BureauUnreachable extends Error {
  override name = 'BureauUnreachable';
  constructor(
    readonly words: NetworkErrorWords,
    options: ErrorOptions,
  ) {
    super(zh(words.text, words.params), options);
  }
}

const causeCode = (error: unknown): string | undefined => {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

/** Why no answer came, in words for the secretary: the sync panel shows this as the reason. */
export const networkErrorWords = (error: unknown, url: URL, timeoutMs: number): NetworkErrorWords => {
  const origin = url.origin;
  if ((error as Error).name === 'TimeoutError') return { text: 'refusal.reason.bureau-timeout', params: { origin, seconds: Math.round(timeoutMs / 1000) } };
  const code = causeCode(error);
  if (code === 'ECONNREFUSED') return { text: 'refusal.reason.bureau-connection-refused', params: { origin } };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return { text: 'refusal.reason.bureau-host-unknown', params: { host: url.hostname } };
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return { text: 'refusal.reason.bureau-connection-reset', params: { origin } };
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return { text: 'refusal.reason.bureau-network-down', params: { origin } };
  return { text: 'refusal.reason.bureau-no-answer', params: { origin, message: `${(error as Error).message}${code ? ` (${code})` : ''}` } };
};

/** A call the bureau never answered, refused with the reason in the UI's language. */
export const unreachableFailure = (error: BureauUnreachable, field: string): HostFailure =>
  new HostFailure('bureau-unreachable', error.message, field, undefined, undefined, error.words);

export interface BureauEndpoint {
  baseUrl: string;
  fetch: typeof fetch;
  timeoutMs: number;
}

/** The request target as sent: a bureau behind a path prefix (`https://host/zz`) keeps it in what is signed. */
export const bureauTarget = (baseUrl: string, path: string): URL => {
  const base = new URL(baseUrl);
  return new URL(`${base.pathname.replace(/\/+$/, '')}${path}`, base.origin);
};

export interface BureauCall {
  method: string;
  path: string;
  body?: string;
  /** Signs the request as this device; the enrollment call alone goes unsigned. */
  signer?: Pick<SignRequestInput, 'deviceId' | 'secretKey' | 'now'>;
  timeoutMs?: number;
}

/** One HTTP exchange with the bureau; throws `BureauUnreachable` with the reason in Chinese when no answer came. */
export const callBureau = async (endpoint: BureauEndpoint, call: BureauCall): Promise<Response> => {
  const url = bureauTarget(endpoint.baseUrl, call.path);
  const timeoutMs = call.timeoutMs ?? endpoint.timeoutMs;
  const signature = call.signer
    ? signRequest({ method: call.method, path: `${url.pathname}${url.search}`, body: call.body, ...call.signer }, nodeEd25519)
    : {};
  try {
    return await endpoint.fetch(url, {
      method: call.method,
      body: call.body,
      headers: { ...(call.body === undefined ? {} : { 'content-type': 'application/json' }), ...signature },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    throw new BureauUnreachable(networkErrorWords(error, url, timeoutMs), { cause: error });
  }
};

export interface BureauAnswer {
  status: number;
  headers: Headers;
  /** The parsed JSON body; null when the body is empty or not JSON (a proxy's error page). */
  json: unknown;
}

const parseJsonOrNull = (text: string): unknown => {
  try {
    return text === '' ? null : JSON.parse(text);
  } catch {
    return null;
  }
};

/** `callBureau` and the whole body read: a connection cut while the answer streams in is no answer either. */
export const exchangeJson = async (endpoint: BureauEndpoint, call: BureauCall): Promise<BureauAnswer> => {
  const response = await callBureau(endpoint, call);
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new BureauUnreachable(networkErrorWords(error, bureauTarget(endpoint.baseUrl, call.path), call.timeoutMs ?? endpoint.timeoutMs), { cause: error });
  }
  return { status: response.status, headers: response.headers, json: parseJsonOrNull(text) };
};
