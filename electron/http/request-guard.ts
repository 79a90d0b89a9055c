import { timingSafeEqual } from 'node:crypto';

export type GuardedRequest = {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  token: string | undefined;
};

export type GuardRefusal = { status: 400 | 401 | 403 | 405; code: string; message: string };

/** Loopback names only: a Host check is what stops DNS-rebinding pages from reaching the API. */
export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

export const allowedOrigins = (port: number): string[] => allowedHosts(port).map((host) => `http://${host}`);

const sameSecret = (given: string, expected: string): boolean => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Decides whether an API request may reach the services; static files only need the Host check. */
export const checkApiRequest = (request: GuardedRequest, port: number, token: string): GuardRefusal | null => {
  if (!request.host || !allowedHosts(port).includes(request.host.toLowerCase())) {
    return { status: 403, code: 'bad-host', message: `拒绝来自主机 ${request.host ?? '(无)'} 的请求` };
  }
  if (request.method !== 'POST') return { status: 405, code: 'method', message: '仅接受 POST 调用' };
  if (!request.origin || !allowedOrigins(port).includes(request.origin.toLowerCase())) {
    return { status: 403, code: 'bad-origin', message: `拒绝来自来源 ${request.origin ?? '(无)'} 的请求` };
  }
  if (!request.token || !sameSecret(request.token, token)) {
    return { status: 401, code: 'bad-token', message: '访问令牌无效' };
  }
  return null;
};

export const checkStaticRequest = (request: GuardedRequest, port: number): GuardRefusal | null => {
  if (!request.host || !allowedHosts(port).includes(request.host.toLowerCase())) {
    return { status: 403, code: 'bad-host', message: `拒绝来自主机 ${request.host ?? '(无)'} 的请求` };
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, code: 'method', message: '仅接受 GET 请求' };
  return null;
};
