import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { bytesToBase64 } from '../../shared/protocol/base64.js';
import { type EnrollmentResponse, enrollmentRequestSchema } from '../../shared/protocol/messages.js';
import type { BureauKey } from '../bureau-key.js';
import { enrollmentCodeHash } from '../enrollment-code.js';
import type { BureauRepository, EnrolledDevice } from '../store/repository.js';
import { BureauError } from './bureau-error.js';
import { parseJsonBody } from './http-io.js';

export interface EnrollmentGuard {
  /** Failed attempts from one address within `windowMs` after which it must wait. */
  maxFailures: number;
  windowMs: number;
}

/** Ten wrong codes in a quarter of an hour is no typing slip; a code has about 79 bits, so guessing needs far more. */
export const defaultEnrollmentGuard: EnrollmentGuard = { maxFailures: 10, windowMs: 15 * 60 * 1000 };

export interface EnrollmentDeps {
  repository: BureauRepository;
  key: BureauKey;
  guard: EnrollmentGuard;
  now: () => Date;
}

/**
 * `POST /v1/devices`, the one unsigned call: spends a one-time code and enrolls the key. Every
 * failed attempt is counted in the store (so all bureau processes see it) and logged with the
 * address it came from; an address past the limit is refused before its code is even looked at.
 */
export const enrollDevice = async (deps: EnrollmentDeps, request: IncomingMessage, body: Buffer): Promise<EnrollmentResponse> => {
  const { repository, guard } = deps;
  const at = deps.now();
  const remote = request.socket.remoteAddress ?? 'unknown';
  const since = at.getTime() - guard.windowMs;
  if ((await repository.countEnrollmentFailures(remote, since)) >= guard.maxFailures) {
    throw new BureauError(429, 'too-many-requests', `注册码尝试失败次数过多，请 ${Math.ceil(guard.windowMs / 60_000)} 分钟后再试`, 'enrollmentCode');
  }
  const parsed = enrollmentRequestSchema.safeParse(parseJsonBody(body));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw new BureauError(422, 'bad-request', `字段 ${field} 无效：${issue?.message ?? ''}`, field);
  }
  const device: EnrolledDevice = {
    deviceId: randomUUID(),
    name: parsed.data.deviceName,
    publicKey: parsed.data.publicKey,
    enrolledAt: at.toISOString(),
    revokedAt: null,
  };
  if (!(await repository.redeemEnrollmentCode(enrollmentCodeHash(parsed.data.enrollmentCode), device))) {
    const failures = await repository.recordEnrollmentFailure(remote, at.getTime(), since);
    console.warn(`注册码无效：来自 ${remote}，${Math.ceil(guard.windowMs / 60_000)} 分钟内第 ${failures} 次失败`);
    throw new BureauError(401, 'enrollment-code-invalid', '注册码无效、已过期或已被使用', 'enrollmentCode');
  }
  return { deviceId: device.deviceId, bureauKeyId: deps.key.keyId, bureauPublicKey: bytesToBase64(deps.key.publicKey) };
};
