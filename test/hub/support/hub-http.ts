import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/**
 * Where one simulated device sends its requests. `origin` is the hub's address as the device knows
 * it (Host and Origin headers); `via` is where the bytes actually go when a test puts a cuttable
 * proxy in between; `localAddress` is the device's own address (127.0.0.x), so per-address limits
 * see each device apart.
 */
export type Route = { origin: string; via?: { host: string; port: number }; localAddress?: string };

export type HttpAnswer = { status: number; headers: IncomingHttpHeaders; body: string };

export type HttpRequest = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string };

/** Opens one request as a browser on the room network would, and hands back the response as it starts. */
export const openRequest = (route: Route, request: HttpRequest): Promise<IncomingMessage> => {
  const target = new URL(route.origin);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = request.body === undefined ? undefined : Buffer.from(request.body, 'utf8');
  return new Promise((resolve, reject) => {
    const outgoing = send(
      {
        method: request.method,
        host: route.via?.host ?? target.hostname,
        port: route.via?.port ?? Number(target.port || (target.protocol === 'https:' ? 443 : 80)),
        path: request.path,
        localAddress: route.localAddress,
        // A fresh connection per request: a cut connection must not be reused, and the proxy sees each one.
        agent: false,
        // The hub's certificate is self-signed; the tests check its fingerprint where it matters.
        rejectUnauthorized: false,
        headers: {
          Host: target.host,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(body.length) }),
          ...request.headers,
        },
      },
      resolve,
    );
    outgoing.once('error', reject);
    outgoing.end(body);
  });
};

/** One request answered in full; a connection cut before the whole answer arrived rejects. */
export const sendRequest = async (route: Route, request: HttpRequest): Promise<HttpAnswer> => {
  const response = await openRequest(route, request);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.once('error', reject);
    response.once('aborted', () => reject(new Error('the connection was cut before the whole answer arrived')));
    response.once('end', () => {
      if (!response.complete) reject(new Error('the connection was cut before the whole answer arrived'));
      else resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') });
    });
  });
};
