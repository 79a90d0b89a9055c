import type { IncomingMessage } from 'node:http';

export type HubRefusal = { status: 400 | 401 | 403 | 404 | 405 | 413 | 429; code: string; message: string };

/** The hub's own origin: the Host a device must name (no DNS-rebinding page reaches it) and the Origin its writes come from. */
export type HubOrigin = { secure: boolean; address: string; port: number };

const hostsOf = ({ secure, address, port }: HubOrigin): string[] =>
  port === (secure ? 443 : 80) ? [`${address}:${port}`, address] : [`${address}:${port}`];

export const originOf = (origin: HubOrigin): string => `${origin.secure ? 'https' : 'http'}://${origin.address}:${origin.port}`;

const isOurOrigin = (from: string, origin: HubOrigin): boolean =>
  hostsOf(origin).some((host) => from.toLowerCase() === `${origin.secure ? 'https' : 'http'}://${host}`);

const checkHost = (request: IncomingMessage, origin: HubOrigin): HubRefusal | null =>
  request.headers.host !== undefined && hostsOf(origin).includes(request.headers.host.toLowerCase())
    ? null
    : { status: 403, code: 'bad-host', message: `拒绝来自主机 ${request.headers.host ?? '(无)'} 的请求` };

/** A read (a page, a material, the event stream): our Host, GET, and no foreign Origin. */
export const checkHubRead = (request: IncomingMessage, origin: HubOrigin): HubRefusal | null => {
  const host = checkHost(request, origin);
  if (host) return host;
  if (request.method !== 'GET' && request.method !== 'HEAD') return { status: 405, code: 'method', message: '仅接受 GET 请求' };
  const from = request.headers.origin;
  return from === undefined || isOurOrigin(from, origin)
    ? null
    : { status: 403, code: 'bad-origin', message: `拒绝来自来源 ${from} 的请求` };
};

/** A write (join, leave, a call): our Host, POST, and our Origin, which browsers send with every POST. */
export const checkHubWrite = (request: IncomingMessage, origin: HubOrigin): HubRefusal | null => {
  const host = checkHost(request, origin);
  if (host) return host;
  if (request.method !== 'POST') return { status: 405, code: 'method', message: '仅接受 POST 调用' };
  const from = request.headers.origin;
  return from !== undefined && isOurOrigin(from, origin)
    ? null
    : { status: 403, code: 'bad-origin', message: `拒绝来自来源 ${from ?? '(无)'} 的请求` };
};
