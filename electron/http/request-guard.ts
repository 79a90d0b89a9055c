export type GuardedRequest = {
  method: string;
  host: string | undefined;
  origin: string | undefined;
  /** Whether the request carried a live session cookie. */
  signedIn: boolean;
};

export type GuardRefusal = { status: 400 | 401 | 403 | 405 | 413; code: string; message: string };

/** Loopback names only: a Host check is what stops DNS-rebinding pages from reaching the API. */
export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

export const allowedOrigins = (port: number): string[] => allowedHosts(port).map((host) => `http://${host}`);

const checkHost = (request: GuardedRequest, port: number): GuardRefusal | null =>
  request.host && allowedHosts(port).includes(request.host.toLowerCase())
    ? null
    : { status: 403, code: 'bad-host', message: `拒绝来自主机 ${request.host ?? '(无)'} 的请求` };

const badOrigin = (origin: string | undefined): GuardRefusal => ({ status: 403, code: 'bad-origin', message: `拒绝来自来源 ${origin ?? '(无)'} 的请求` });

const notSignedIn: GuardRefusal = {
  status: 401,
  code: 'no-session',
  message: '此浏览器没有工作站的访问凭据：请用工作站启动时给出的一次性地址打开',
};

/** An API call: our Host, POST, our Origin (browsers send it on every POST), and a session cookie. */
export const checkApiRequest = (request: GuardedRequest, port: number): GuardRefusal | null => {
  const host = checkHost(request, port);
  if (host) return host;
  if (request.method !== 'POST') return { status: 405, code: 'method', message: '仅接受 POST 调用' };
  if (!request.origin || !allowedOrigins(port).includes(request.origin.toLowerCase())) return badOrigin(request.origin);
  return request.signedIn ? null : notSignedIn;
};

/**
 * The change stream: a same-origin EventSource sends no Origin header, so only a foreign one is refused;
 * without CORS headers no other page could read the stream anyway.
 */
export const checkEventsRequest = (request: GuardedRequest, port: number): GuardRefusal | null => {
  const host = checkHost(request, port);
  if (host) return host;
  if (request.method !== 'GET') return { status: 405, code: 'method', message: '变更通知仅接受 GET 请求' };
  if (request.origin !== undefined && !allowedOrigins(port).includes(request.origin.toLowerCase())) return badOrigin(request.origin);
  return request.signedIn ? null : notSignedIn;
};

/** Static files are the public build output: they only need our Host. */
export const checkStaticRequest = (request: GuardedRequest, port: number): GuardRefusal | null => {
  const host = checkHost(request, port);
  if (host) return host;
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, code: 'method', message: '仅接受 GET 请求' };
  return null;
};
