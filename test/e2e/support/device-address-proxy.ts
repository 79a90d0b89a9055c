import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type DeviceProxy = { server: string; close(): Promise<void> };

/**
 * A plain HTTP proxy that opens every connection from `localAddress` (a 127.0.0.x address): a browser
 * context sent through it reaches the hub as a device with its own address would, since Chromium
 * cannot pick the source address of its connections itself. Responses are piped as they arrive, so the
 * hub's event stream stays live.
 */
export const startDeviceProxy = async (localAddress: string): Promise<DeviceProxy> => {
  const server: Server = createServer((incoming, outgoing) => {
    const { 'proxy-connection': _dropped, ...headers } = incoming.headers;
    const upstream = request(incoming.url!, { method: incoming.method, headers, localAddress }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
      outgoing.flushHeaders();
      answer.pipe(outgoing);
    });
    upstream.on('error', () => outgoing.destroy());
    incoming.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
};
