import { randomInt } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import QRCode from 'qrcode';
import type { HubStatus, PresenceViewing } from '../../shared/api/calls/hub-calls.js';
import type { HostHandlers } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import type { ChangeFeed } from '../http/change-feed.js';
import type { MeetingDeps } from '../services/meeting/meeting-deps.js';
import { loadHubCertificate } from './hub-certificate.js';
import { originOf, type HubOrigin } from './hub-request-guard.js';
import { createHubRequestListener } from './hub-server.js';
import { createHubSessions } from './hub-sessions.js';
import { createJoinRateLimit } from './join-rate-limit.js';
import type { HubInterface } from './network-interfaces.js';

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
   * Tells the workstation's screens that the hub changed (they re-read `hub.status`): a session begun,
   * admitted or ended, what a device shows, for the hub's meeting; started or stopped for every
   * meeting (null), since a screen of another meeting shows whether the hub is free.
   */
  onChange: (meetingId: string | null) => void;
  dataDir: string;
  rendererDir: string | null;
  contentSecurityPolicy: string;
  interfaces: () => HubInterface[];
  heartbeatMs?: number;
};

export type HubStart = { meetingId: string; address: string; port?: number | undefined; https: boolean };

const stopped: HubStatus = { running: false, meetingId: null, url: null, meetingCode: null, https: false, fingerprint: null, qrSvg: null, sessions: [] };

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
  if (error.code === 'EADDRINUSE') return new HostFailure('unavailable', `端口 ${port} 已被占用：请关闭占用它的程序或换一个端口`, 'port');
  if (error.code === 'EACCES') return new HostFailure('unavailable', `没有权限使用端口 ${port}：请换一个 1024 以上的端口`, 'port');
  if (error.code === 'EADDRNOTAVAIL') return new HostFailure('unavailable', '所选网络接口的地址已不可用：请重新选择网络接口', 'address');
  return error;
};

/**
 * The meeting-room hub: off until the secretary starts it for one meeting, then one HTTP(S) server
 * on the interface they chose, serving that meeting's expert scope to the devices that join.
 */
export const createHub = (deps: HubDeps) => {
  type Running = { server: Server; meetingId: string; meetingCode: string; origin: HubOrigin; fingerprint: string | null; qrSvg: string; sessions: ReturnType<typeof createHubSessions> };
  let running: Running | null = null;
  let starting = false;

  const status = (): HubStatus =>
    running === null
      ? stopped
      : {
          running: true,
          meetingId: running.meetingId,
          url: `${originOf(running.origin)}/`,
          meetingCode: running.meetingCode,
          https: running.origin.secure,
          fingerprint: running.fingerprint,
          qrSvg: running.qrSvg,
          sessions: running.sessions.list(),
        };

  const start = async ({ meetingId, address, port = defaultHubPort, https }: HubStart): Promise<HubStatus> => {
    if (running !== null || starting) throw new HostFailure('refused', '会场联网已在运行：请先停止后再启动', 'meetingId');
    if (!deps.meetings.store.read((tx) => tx.meetings.get(meetingId))) throw new HostFailure('not-found', `找不到审评会 ${meetingId}`, 'meetingId');
    const interfaces = deps.interfaces();
    if (!interfaces.some((entry) => entry.address === address)) throw new HostFailure('invalid', `本机没有地址为 ${address} 的网络接口：请重新选择网络接口`, 'address');
    starting = true;
    try {
      const certificate = https ? await loadHubCertificate(deps.dataDir, interfaces.map((entry) => entry.address)) : null;
      const origin: HubOrigin = { secure: https, address, port };
      const sessions = createHubSessions(deps.meetings.now, () => deps.onChange(meetingId));
      const meetingCode = String(randomInt(0, 1_000_000)).padStart(6, '0');
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
      deps.onChange(null);
      return status();
    } finally {
      starting = false;
    }
  };

  /** Every device's session ends with the hub; open event streams would keep the server from closing, so they are cut. */
  const stop = async (): Promise<HubStatus> => {
    const current = running;
    if (current === null) return stopped;
    running = null;
    current.sessions.clear();
    const closed = new Promise<void>((resolve) => current.server.close(() => resolve()));
    current.server.closeAllConnections();
    await closed;
    deps.onChange(null);
    return stopped;
  };

  return {
    interfaces: deps.interfaces,
    start,
    stop,
    status,
    revoke(sessionId: string): HubStatus {
      if (running === null || !running.sessions.revoke(sessionId)) throw new HostFailure('not-found', '没有这个设备会话：它可能已经结束', 'sessionId');
      return status();
    },
    admit(sessionId: string): HubStatus {
      if (running === null || !running.sessions.admit(sessionId)) throw new HostFailure('not-found', '没有等待确认的这个设备：它可能已经离开或已被允许', 'sessionId');
      return status();
    },
    /** What a device says it shows; a session that has ended meanwhile is refused like any of its calls. */
    presence(sessionId: string, viewing: PresenceViewing): void {
      if (running === null || !running.sessions.setViewing(sessionId, viewing)) throw new HostFailure('no-session', '此设备的会话已结束：请重新加入', 'sessionId');
    },
  };
};
export type Hub = ReturnType<typeof createHub>;
