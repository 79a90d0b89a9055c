import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * The room's Wi-Fi between one device and the hub: a TCP relay on 127.0.0.1 a test can cut.
 * - `cut()`: every open connection dies and new ones are dropped (the tablet left the network).
 * - `loseAnswers()`: requests reach the hub, but each connection dies as the hub's answer starts
 *   (the act was committed; the device never learns it): the case operation ids exist for.
 * - `restore()`: the network is back.
 */
export type CuttableProxy = {
  via: { host: string; port: number };
  cut(): void;
  loseAnswers(): void;
  restore(): void;
  /** How many answers the relay has swallowed so far in `loseAnswers` mode. */
  readonly answersLost: number;
  close(): Promise<void>;
};

type Mode = 'open' | 'cut' | 'lose-answers';

export const startCuttableProxy = async (target: { host: string; port: number }): Promise<CuttableProxy> => {
  let mode: Mode = 'open';
  let answersLost = 0;
  const open = new Set<Socket>();
  const track = (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const server: Server = createServer((device) => {
    track(device);
    if (mode === 'cut') return device.destroy();
    const hub = connect(target);
    track(hub);
    device.on('data', (chunk) => hub.write(chunk));
    hub.on('data', (chunk) => {
      if (mode === 'lose-answers') {
        answersLost += 1;
        device.destroy();
        hub.destroy();
        return;
      }
      device.write(chunk);
    });
    device.once('close', () => hub.destroy());
    hub.once('close', () => device.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the proxy has no port');
  return {
    via: { host: '127.0.0.1', port: address.port },
    cut() {
      mode = 'cut';
      for (const socket of [...open]) socket.destroy();
    },
    loseAnswers() {
      mode = 'lose-answers';
    },
    restore() {
      mode = 'open';
    },
    get answersLost() {
      return answersLost;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of [...open]) socket.destroy();
        server.close(() => resolve());
      }),
  };
};
