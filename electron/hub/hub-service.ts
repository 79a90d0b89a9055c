import { randomInt } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import QRCode from 'qrcode';
import type { HubStatus, PresenceViewing } from '../../shared/api/calls/hub-calls.js';
import type { HostHandlers } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import type { ChangeFeed } from '../http/change-feed.js';
import type { MeetingDeps } from '../services/meeting/meeting-deps.js';
import type { MeetingTx } from '../services/meeting/meeting-store.js';
import { loadHubCertificate } from './hub-certificate.js';
import type { HubRun } from './hub-records.js';
import { originOf, type HubOrigin } from './hub-request-guard.js';
import { createHubRequestListener } from './hub-server.js';
import { createHubSessions } from './hub-sessions.js';
import { createJoinRateLimit } from './join-rate-limit.js';
import type { HubInterface } from './network-interfaces.js';
import { hostRefusalAs } from '../../shared/api/host-refusal.js';

/** A fixed port by default: the expert app keeps its unsent work per origin, and a new port would be a new, empty one. */
export const defaultHubPort = 8470;

/** Join attempts one address may make per minute. */
export const joinAttemptsPerMinute = 10;

export type HubDeps = {
  /** The host's handlers, which the hub dispatches the devices' calls to (the hub's own among them). */
  handlers: () => HostHandlers;
  meetings: MeetingDeps;
  materialPath: (sha256: string) => string;
  /** The host's changes, which the hub streams to the devices of their meeting. */
  changes: ChangeFeed;
  /**
   * Tells the workstation's screens of a change of the hub the store's commits do not announce (they
   * re-read `hub.status`): what a device shows, for the hub's meeting; a run that could not be taken
   * up, for every meeting (null). Sessions begun, admitted or ended and the hub started or stopped are
   * announced by the commit that records them (`kind: 'hub'`).
   */
  onChange: (meetingId: string | null) => void;
  dataDir: string;
  rendererDir: string | null;
  contentSecurityPolicy: string;
  interfaces: () => HubInterface[];
  heartbeatMs?: number;
};

export type HubStart = { meetingId: string; address: string; port?: number | undefined; https: boolean };

type NotResumed = HubStatus['notResumed'];

const stopped: HubStatus = { running: false, meetingId: null, url: null, meetingCode: null, https: false, fingerprint: null, qrSvg: null, sessions: [], notResumed: null };

/** A meeting gone, or every draft of it finalised: a hub left running for it is not taken up again. */
const meetingOver = (tx: MeetingTx, meetingId: string): boolean => {
  if (tx.meetings.get(meetingId) === undefined) return true;
  const submissions = tx.submissions.list(meetingId);
  return submissions.length > 0 && submissions.every((submission) => submission.phase === 'finalised' || submission.phase === 'reported');
};

const listen = (server: Server, port: number, address: string): Promise<number> =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, address, () => {
      server.off('error', reject);
      const bound = server.address();
      resolve(typeof bound === 'object' && bound !== null ? bound.port : port);
    });
  });

const listenRefusal = (error: NodeJS.ErrnoException, port: number): Error => {
  if (error.code === 'EADDRINUSE') return hostRefusalAs('unavailable', 'refusal.reason.hub-port-taken', 'port', { port });
  if (error.code === 'EACCES') return hostRefusalAs('unavailable', 'refusal.reason.hub-port-denied', 'port', { port });
  if (error.code === 'EADDRNOTAVAIL') return hostRefusalAs('unavailable', 'refusal.reason.hub-address-gone', 'address');
  return error;
};

/**
 * The meeting-room hub: off until the secretary starts it for one meeting, then one HTTP(S) server
 * on the interface they chose, serving that meeting's expert scope to the devices that join. The run
 * and its sessions are kept in the meeting store until the secretary stops it: a workstation killed
 * and started again (`resume`) serves the same meeting at the same address with the same meeting
 * code, and the devices' cookies work again, so the room sees a pause and nothing else.
 */
export const createHub = (deps: HubDeps) => {
  type Running = { server: Server; meetingId: string; meetingCode: string; origin: HubOrigin; fingerprint: string | null; qrSvg: string; sessions: ReturnType<typeof createHubSessions> };
  let running: Running | null = null;
  let starting = false;
  let notResumed: NotResumed = null;
  const { store, now } = deps.meetings;
  const hubChange = { meetingId: null, kind: 'hub' } as const;

  const status = (): HubStatus =>
    running === null
      ? { ...stopped, notResumed }
      : {
          running: true,
          meetingId: running.meetingId,
          url: `${originOf(running.origin)}/`,
          meetingCode: running.meetingCode,
          https: running.origin.secure,
          fingerprint: running.fingerprint,
          qrSvg: running.qrSvg,
          sessions: running.sessions.list(),
          notResumed: null,
        };

  /** The sessions of the run taken up, with their experts' names; a session whose expert left the meeting does not come back. */
  const restoredSessions = (meetingId: string) =>
    store.read((tx) =>
      tx.hubSessions.list(meetingId).flatMap((row) => {
        const expert = tx.experts.get(meetingId, row.expertId);
        return expert === undefined ? [] : [{ ...row, name: expert.name }];
      }),
    );

  /** Starts a new run, or takes up `remembered` (same meeting code, its sessions) on its address and port. */
  const launch = async ({ meetingId, address, port, https }: Omit<HubStart, 'port'> & { port: number }, remembered: HubRun | null): Promise<HubStatus> => {
    if (running !== null || starting) throw hostRefusalAs('refused', 'refusal.reason.hub-running', 'meetingId');
    if (!store.read((tx) => tx.meetings.get(meetingId))) throw hostRefusalAs('not-found', 'refusal.reason.meeting-missing', 'meetingId', { meetingId });
    const interfaces = deps.interfaces();
    if (!interfaces.some((entry) => entry.address === address)) throw hostRefusalAs('invalid', 'refusal.reason.hub-no-interface', 'address', { address });
    starting = true;
    try {
      const certificate = https ? await loadHubCertificate(deps.dataDir, interfaces.map((entry) => entry.address)) : null;
      const origin: HubOrigin = { secure: https, address, port };
      const sessions = createHubSessions({
        meetingId,
        store,
        now,
        onChange: () => deps.onChange(meetingId),
        restored: remembered === null ? [] : restoredSessions(meetingId),
      });
      const meetingCode = remembered?.meetingCode ?? String(randomInt(0, 1_000_000)).padStart(6, '0');
      const listener = createHubRequestListener({
        handlers: deps.handlers(),
        meetings: deps.meetings,
        materialPath: deps.materialPath,
        changes: deps.changes,
        sessions,
        joinLimit: createJoinRateLimit({ limit: joinAttemptsPerMinute, windowMs: 60_000 }),
        meetingId,
        meetingCode,
        rendererDir: deps.rendererDir,
        contentSecurityPolicy: deps.contentSecurityPolicy,
        origin: () => origin,
        ...(deps.heartbeatMs === undefined ? {} : { heartbeatMs: deps.heartbeatMs }),
      });
      const server = certificate === null ? createHttpServer(listener) : createHttpsServer({ key: certificate.key, cert: certificate.cert }, listener);
      try {
        origin.port = await listen(server, port, address);
      } catch (error) {
        throw listenRefusal(error as NodeJS.ErrnoException, port);
      }
      const qrSvg = await QRCode.toString(`${originOf(origin)}/`, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      running = { server, meetingId, meetingCode, origin, fingerprint: certificate?.fingerprint ?? null, qrSvg, sessions };
      notResumed = null;
      // A new run keeps the port it got (port 0 picks one) to come back to, and ends the sessions of any earlier run.
      const run: HubRun = remembered ?? { meetingId, address, port: origin.port, https, meetingCode, startedAt: now() };
      try {
        await store.write(hubChange, (tx) => {
          if (remembered === null) tx.hubRun.clear();
          tx.hubRun.put(run);
        });
      } catch (error) {
        running = null;
        server.close();
        throw error;
      }
      return status();
    } finally {
      starting = false;
    }
  };

  /**
   * The secretary starts the hub. The run the workstation could not take up on starting (its address
   * was gone, its port taken) is taken up when they start it for the same meeting, address, port
   * and encryption: the devices keep their sessions and the room its meeting code.
   */
  const start = async ({ meetingId, address, port = defaultHubPort, https }: HubStart): Promise<HubStatus> => {
    const remembered = running === null ? store.read((tx) => tx.hubRun.get()) : undefined;
    const same = remembered !== undefined && remembered.meetingId === meetingId && remembered.address === address && remembered.port === port && remembered.https === https;
    return launch({ meetingId, address, port, https }, same ? remembered : null);
  };

  /**
   * As the host starts: the hub the secretary left running comes back, unless its meeting is over.
   * When it cannot (address gone, port taken) it stays off and `hub.status` says why.
   */
  const resume = async (): Promise<void> => {
    const remembered = store.read((tx) => {
      const run = tx.hubRun.get();
      return run === undefined ? undefined : { run, over: meetingOver(tx, run.meetingId) };
    });
    if (remembered === undefined) return;
    const { run, over } = remembered;
    if (over) {
      await store.write(hubChange, (tx) => tx.hubRun.clear());
      return;
    }
    try {
      await launch(run, run);
    } catch (error) {
      const refusal = error instanceof HostFailure ? error : new HostFailure('unavailable', `会场联网未能启动：${(error as Error).message}`);
      const { text, params } = refusal.words ?? {};
      notResumed = {
        meetingId: run.meetingId,
        url: `${originOf({ secure: run.https, address: run.address, port: run.port })}/`,
        code: refusal.code,
        message: refusal.message,
        ...(text === undefined ? {} : { text }),
        ...(params === undefined ? {} : { params }),
      };
      console.warn(`会场联网未能恢复：${refusal.message}`);
      deps.onChange(null);
    }
  };

  /**
   * Every device's session ends with the hub, for good: the run is forgotten in the store before the
   * secretary is answered, so a restart does not bring it back. Open event streams would keep the
   * server from closing, so they are cut.
   */
  const stop = async (): Promise<HubStatus> => {
    const current = running;
    running = null;
    notResumed = null;
    current?.sessions.clear();
    if (current !== null || store.read((tx) => tx.hubRun.get()) !== undefined) await store.write(hubChange, (tx) => tx.hubRun.clear());
    if (current === null) return status();
    const closed = new Promise<void>((resolve) => current.server.close(() => resolve()));
    current.server.closeAllConnections();
    await closed;
    return status();
  };

  return {
    interfaces: deps.interfaces,
    start,
    stop,
    status,
    resume,
    async revoke(sessionId: string): Promise<HubStatus> {
      if (running === null || !(await running.sessions.revoke(sessionId))) throw new HostFailure('not-found', '没有这个设备会话：它可能已经结束', 'sessionId');
      return status();
    },
    async admit(sessionId: string): Promise<HubStatus> {
      if (running === null || !(await running.sessions.admit(sessionId))) throw new HostFailure('not-found', '没有等待确认的这个设备：它可能已经离开或已被允许', 'sessionId');
      return status();
    },
    /** What a device says it shows; a session that has ended meanwhile is refused like any of its calls. */
    presence(sessionId: string, viewing: PresenceViewing): void {
      if (running === null || !running.sessions.setViewing(sessionId, viewing)) throw new HostFailure('no-session', '此设备的会话已结束：请重新加入', 'sessionId');
    },
  };
};
export type Hub = ReturnType<typeof createHub>;
