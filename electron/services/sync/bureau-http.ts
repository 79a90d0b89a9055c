import { type SignRequestInput, signRequest } from '../../../shared/protocol/request-signing.js';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';

/** The request got no HTTP answer at all: refused, unresolved, reset or timed out. */
export class BureauUnreachable extends Error {
  override name = 'BureauUnreachable';
}

const causeCode = (error: unknown): string | undefined => {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
};

/** Why no answer came, in words for the secretary: the sync panel shows this as the reason. */
export const describeNetworkError = (error: unknown, url: URL, timeoutMs: number): string => {
  if ((error as Error).name === 'TimeoutError') return `局端 ${url.origin} 在 ${Math.round(timeoutMs / 1000)} 秒内没有应答`;
  const code = causeCode(error);
  if (code === 'ECONNREFUSED') return `无法连接局端 ${url.origin}（连接被拒绝，局端服务可能未启动）`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `找不到局端主机 ${url.hostname}，请检查网络和局端地址`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') {
    return `与局端 ${url.origin} 的连接中途断开，结果未知，稍后将重新发送`;
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `网络不通，无法到达局端 ${url.origin}`;
  return `无法连接局端 ${url.origin}：${(error as Error).message}${code ? `（${code}）` : ''}`;
};

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
    throw new BureauUnreachable(describeNetworkError(error, url, timeoutMs), { cause: error });
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
    throw new BureauUnreachable(describeNetworkError(error, bureauTarget(endpoint.baseUrl, call.path), call.timeoutMs ?? endpoint.timeoutMs), { cause: error });
  }
  return { status: response.status, headers: response.headers, json: parseJsonOrNull(text) };
};
