import { createReadStream } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ed25519 } from '../../shared/protocol/ed25519.js';
import type { VerdictHistory } from '../../shared/protocol/messages.js';
import type { BureauKey } from '../bureau-key.js';
import { packageFilePath } from '../package-files.js';
import type { BureauRepository, EnrolledDevice } from '../store/repository.js';
import { intakeSignedBundle } from '../verdict-intake.js';
import { identifyCaller, spendNonce, verifyCaller } from './authenticate.js';
import { BureauError } from './bureau-error.js';
import { type EnrollmentGuard, defaultEnrollmentGuard, enrollDevice } from './enrollment.js';
import { declaredBodyLength, parseJsonBody, readDeclaredBody, requireJsonBody, sendError, sendJson } from './http-io.js';
import { type AdmissionLimits, RequestAdmission, defaultAdmissionLimits } from './request-admission.js';
import { methodsOf, routeOf } from './routes.js';

export interface BureauServerOptions {
  repository: BureauRepository;
  key: BureauKey;
  dataDir: string;
  ed: Ed25519;
  now?: () => Date;
  admission?: AdmissionLimits;
  enrollmentGuard?: EnrollmentGuard;
}

export interface RunningBureau {
  server: Server;
  /** `http://127.0.0.1:<port>` or wherever it listens. */
  url: string;
  close(): Promise<void>;
}

const enrollmentBodyLimit = 64 * 1024;
const verdictBodyLimit = 16 * 1024 * 1024;
const purgeIntervalMs = 60_000;
/** Failed enrollment attempts stay this long, for `devices list`. */
const enrollmentFailureRetentionMs = 30 * 24 * 60 * 60 * 1000;
/** A request whose body has not fully arrived by then is cut off, so a slow sender cannot hold its share for ever. */
const requestTimeoutMs = 60_000;
const maxConnections = 1024;

/** The bureau's HTTP API (DESIGN.md section 5), without framework: four routes. */
export const createBureauServer = (options: BureauServerOptions): Server => {
  const { repository, key, ed } = options;
  const now = options.now ?? (() => new Date());
  const intake = { repository, key, ed, now };
  const admission = new RequestAdmission(options.admission ?? defaultAdmissionLimits);
  const enrollment = { repository, key, now, guard: options.enrollmentGuard ?? defaultEnrollmentGuard };

  const sendPackage = async (meetingId: string, response: ServerResponse): Promise<void> => {
    const published = await repository.findPackage(meetingId);
    if (!published) throw new BureauError(404, 'not-found', `会议 ${meetingId} 尚未发布审评包`);
    response.writeHead(200, {
      'content-type': 'application/zip',
      'content-length': published.bytes,
      'content-disposition': `attachment; filename="${encodeURIComponent(meetingId)}.zzpkg"`,
      'x-zz-package-sha256': published.sha256,
    });
    await new Promise<void>((resolve, reject) => {
      createReadStream(packageFilePath(options.dataDir, published.sha256))
        .on('error', reject)
        .pipe(response)
        .on('finish', resolve)
        .on('error', reject);
    });
  };

  /** A device reads only the verdicts it owns; to any other device they do not exist. The admin reads all with the CLI. */
  const verdictHistory = async (verdictId: string, caller: EnrolledDevice): Promise<VerdictHistory> => {
    const versions = await repository.listVersions(verdictId);
    if (versions.length === 0 || versions[0]?.deviceId !== caller.deviceId) throw new BureauError(404, 'not-found', `本局没有本机的裁决 ${verdictId}`);
    // As received and signed, not re-parsed: a schema that trims would hand back other bytes than the receipt's digest.
    return { verdictId, versions: versions.map((v) => ({ signed: JSON.parse(v.signedBundle) as VerdictHistory['versions'][number]['signed'], receipt: v.receipt })) };
  };

  /** Runs `work` holding a place among the requests in progress, given back however it ends. */
  const admitted = async (caller: string, declaredBytes: number, work: () => Promise<void>): Promise<void> => {
    const release = admission.admit(caller, declaredBytes);
    try {
      await work();
    } finally {
      release();
    }
  };

  /**
   * Everything that needs no body comes first: the route, the method, the caller's headers and
   * device, the media type and the declared length, a place among the requests in progress. Only
   * then is the body read, into a buffer of the declared size.
   */
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const route = routeOf(request.url ?? '');
    if (!route) throw new BureauError(404, 'not-found', `没有这个接口：${request.method ?? ''} ${request.url ?? ''}`);
    if (request.method !== methodsOf[route.name]) {
      response.setHeader('allow', methodsOf[route.name]);
      throw new BureauError(405, 'method-not-allowed', `接口 ${request.url ?? ''} 不支持 ${request.method ?? ''} 方法`);
    }
    if (route.name === 'enroll') {
      const length = declaredBodyLength(request, enrollmentBodyLimit);
      requireJsonBody(request);
      return admitted(`address:${request.socket.remoteAddress ?? ''}`, length, async () => {
        sendJson(response, 201, await enrollDevice(enrollment, request, await readDeclaredBody(request, length)));
      });
    }
    const caller = await identifyCaller(repository, request, now());
    const length = declaredBodyLength(request, route.name === 'put-version' ? verdictBodyLimit : 0);
    if (route.name === 'put-version') requireJsonBody(request);
    return admitted(`device:${caller.device.deviceId}`, length, async () => {
      const body = await readDeclaredBody(request, length);
      const nonce = verifyCaller(ed, request, body, caller, now());
      if (route.name === 'put-version') {
        if (route.versionNo < 1) throw new BureauError(422, 'path-mismatch', '版本号须从 1 开始', 'versionNo');
        // The nonce is spent by the store, in the same commit as the verdict.
        const result = await intakeSignedBundle(intake, parseJsonBody(body), route, caller.device, nonce);
        return sendJson(response, result.created ? 201 : 200, { receipt: result.receipt });
      }
      await spendNonce(repository, nonce);
      if (route.name === 'package') return sendPackage(route.meetingId, response);
      sendJson(response, 200, await verdictHistory(route.verdictId, caller.device));
    });
  };

  const server = createServer({ requestTimeout: requestTimeoutMs }, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy(error instanceof Error ? error : undefined);
        return;
      }
      // A refused request whose body is still coming: close the connection after the answer
      // rather than read and discard what is left of it.
      if (!request.complete) response.setHeader('connection', 'close');
      if (error instanceof BureauError) return sendError(response, error);
      if (request.destroyed) return;
      console.error('局端处理请求出错：', request.method, request.url, error);
      sendError(response, new BureauError(500, 'internal-error', '局端内部错误，请稍后重试'));
    });
  });
  server.maxConnections = maxConnections;

  const purge = () => {
    const at = now().getTime();
    repository.purgeExpiredNonces(at).catch((error: unknown) => console.error('清理过期随机数失败：', error));
    repository.purgeEnrollmentFailures(at - enrollmentFailureRetentionMs).catch((error: unknown) => console.error('清理注册失败记录失败：', error));
  };
  const purgeTimer = setInterval(purge, purgeIntervalMs);
  purgeTimer.unref();
  server.on('close', () => clearInterval(purgeTimer));
  return server;
};

/** Listens on `host:port` (port 0 picks a free one) and resolves once it accepts connections. */
export const startBureauServer = async (options: BureauServerOptions, port: number, host = '127.0.0.1'): Promise<RunningBureau> => {
  const server = createBureauServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  return {
    server,
    url,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
};
