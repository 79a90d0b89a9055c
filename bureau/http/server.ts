import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import type { Ed25519 } from '../../shared/protocol/ed25519.js';
import { type EnrollmentResponse, type VerdictHistory, enrollmentRequestSchema } from '../../shared/protocol/messages.js';
import { signedBundleSchema } from '../../shared/bundle/signed-bundle.js';
import type { BureauKey } from '../bureau-key.js';
import { enrollmentCodeHash } from '../enrollment-code.js';
import { packageFilePath } from '../package-files.js';
import type { BureauRepository, EnrolledDevice } from '../store/repository.js';
import { intakeSignedBundle } from '../verdict-intake.js';
import { authenticate } from './authenticate.js';
import { BureauError } from './bureau-error.js';
import { parseJsonBody, readBody, sendError, sendJson } from './http-io.js';

export interface BureauServerOptions {
  repository: BureauRepository;
  key: BureauKey;
  dataDir: string;
  ed: Ed25519;
  now?: () => Date;
}

export interface RunningBureau {
  server: Server;
  /** `http://127.0.0.1:<port>` or wherever it listens. */
  url: string;
  close(): Promise<void>;
}

const enrollmentBodyLimit = 64 * 1024;
const verdictBodyLimit = 16 * 1024 * 1024;
const signedGetBodyLimit = 0;
const noncePurgeIntervalMs = 60_000;

type Route =
  | { name: 'enroll' }
  | { name: 'package'; meetingId: string }
  | { name: 'put-version'; verdictId: string; versionNo: number }
  | { name: 'get-verdict'; verdictId: string };

const methodsOf: Record<Route['name'], string> = {
  enroll: 'POST',
  package: 'GET',
  'put-version': 'PUT',
  'get-verdict': 'GET',
};

const segment = (raw: string): string => {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new BureauError(400, 'bad-request', `路径片段 ${raw} 的百分号编码无效`);
  }
};

const routeOf = (url: string): Route | null => {
  const path = url.split('?')[0] ?? '';
  const parts = path.split('/').slice(1);
  if (parts[0] !== 'v1') return null;
  if (parts.length === 2 && parts[1] === 'devices') return { name: 'enroll' };
  if (parts.length === 4 && parts[1] === 'meetings' && parts[3] === 'package' && parts[2]) {
    return { name: 'package', meetingId: segment(parts[2]) };
  }
  if (parts[1] === 'verdicts' && parts[2]) {
    if (parts.length === 3) return { name: 'get-verdict', verdictId: segment(parts[2]) };
    if (parts.length === 5 && parts[3] === 'versions' && /^[0-9]{1,9}$/.test(parts[4] ?? '')) {
      return { name: 'put-version', verdictId: segment(parts[2]), versionNo: Number(parts[4]) };
    }
  }
  return null;
};

/** The bureau's HTTP API (DESIGN.md section 5), without framework: four routes. */
export const createBureauServer = (options: BureauServerOptions): Server => {
  const { repository, key, ed } = options;
  const now = options.now ?? (() => new Date());
  const intake = { repository, key, ed, now };

  const enroll = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const parsed = enrollmentRequestSchema.safeParse(parseJsonBody(await readBody(request, enrollmentBodyLimit)));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') ?? '';
      throw new BureauError(422, 'bad-request', `字段 ${field} 无效：${issue?.message ?? ''}`, field);
    }
    const device: EnrolledDevice = {
      deviceId: randomUUID(),
      name: parsed.data.deviceName,
      publicKey: parsed.data.publicKey,
      enrolledAt: now().toISOString(),
    };
    if (!(await repository.redeemEnrollmentCode(enrollmentCodeHash(parsed.data.enrollmentCode), device))) {
      throw new BureauError(401, 'enrollment-code-invalid', '注册码无效、已过期或已被使用', 'enrollmentCode');
    }
    const body: EnrollmentResponse = { deviceId: device.deviceId, bureauKeyId: key.keyId, bureauPublicKey: bytesToBase64(key.publicKey) };
    sendJson(response, 201, body);
  };

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

  const verdictHistory = async (verdictId: string): Promise<VerdictHistory> => {
    const versions = await repository.listVersions(verdictId);
    if (versions.length === 0) throw new BureauError(404, 'not-found', `本局没有裁决 ${verdictId}`);
    return {
      verdictId,
      versions: versions.map((v) => ({ signed: signedBundleSchema.parse(JSON.parse(v.signedBundle)), receipt: v.receipt })),
    };
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const route = routeOf(request.url ?? '');
    if (!route) throw new BureauError(404, 'not-found', `没有这个接口：${request.method ?? ''} ${request.url ?? ''}`);
    if (request.method !== methodsOf[route.name]) {
      response.setHeader('allow', methodsOf[route.name]);
      throw new BureauError(405, 'method-not-allowed', `接口 ${request.url ?? ''} 不支持 ${request.method ?? ''} 方法`);
    }
    if (route.name === 'enroll') return enroll(request, response);
    const body = await readBody(request, route.name === 'put-version' ? verdictBodyLimit : signedGetBodyLimit);
    const caller = await authenticate(repository, ed, request, body, now());
    if (route.name === 'package') return sendPackage(route.meetingId, response);
    if (route.name === 'get-verdict') return sendJson(response, 200, await verdictHistory(route.verdictId));
    if (route.versionNo < 1) throw new BureauError(422, 'path-mismatch', '版本号须从 1 开始', 'versionNo');
    const result = await intakeSignedBundle(intake, parseJsonBody(body), route, caller);
    sendJson(response, result.created ? 201 : 200, { receipt: result.receipt });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) {
        response.destroy(error instanceof Error ? error : undefined);
        return;
      }
      if (error instanceof BureauError) return sendError(response, error);
      console.error('局端处理请求出错：', request.method, request.url, error);
      sendError(response, new BureauError(500, 'internal-error', '局端内部错误，请稍后重试'));
    });
  });

  const purge = () => {
    repository.purgeExpiredNonces(now().getTime()).catch((error: unknown) => console.error('清理过期随机数失败：', error));
  };
  const purgeTimer = setInterval(purge, noncePurgeIntervalMs);
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

