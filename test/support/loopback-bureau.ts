import type { AddressInfo } from 'node:net';
import { type BureauContext } from '../../bureau/bureau-context.js';
import { enrollmentCodeHash, enrollmentCodeLifetimeMs, newEnrollmentCode } from '../../bureau/enrollment-code.js';
import { type RunningBureau, startBureauServer } from '../../bureau/http/server.js';
import { nodeEd25519 } from '../../node/crypto/ed25519.js';
import { openTestContext } from './bureau-harness.js';

export interface LoopbackBureau {
  /** Stable across `stop()` and `start()`: the same port, the same data. */
  url: string;
  context: BureauContext;
  newCode(): Promise<string>;
  /** Takes the bureau off the network (connections refused) and back on, keeping its store. */
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/** The real bureau server over SQLite in a temp folder on 127.0.0.1, which a test can switch off and on. */
export const startLoopbackBureau = async (options: { now?: () => Date } = {}): Promise<LoopbackBureau> => {
  const { context, dispose } = await openTestContext({ kind: 'sqlite' });
  const serve = (port: number) => startBureauServer({ ...context, ed: nodeEd25519, ...(options.now ? { now: options.now } : {}) }, port);
  let running: RunningBureau | null = await serve(0);
  const port = (running.server.address() as AddressInfo).port;
  return {
    url: running.url,
    context,
    newCode: async () => {
      const code = newEnrollmentCode();
      const at = new Date();
      await context.repository.addEnrollmentCode(enrollmentCodeHash(code), null, at.toISOString(), new Date(at.getTime() + enrollmentCodeLifetimeMs).toISOString());
      return code;
    },
    stop: async () => {
      await running?.close();
      running = null;
    },
    start: async () => {
      running ??= await serve(port);
    },
    dispose: async () => {
      await running?.close();
      running = null;
      await dispose();
    },
  };
};
