import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { base64ToBytes } from '../../shared/protocol/base64.js';
import type { Ed25519 } from '../../shared/protocol/ed25519.js';
import {
  type RequestAuthFailure,
  type RequestHeaderCheck,
  checkRequestHeaders,
  maxClockSkewMs,
  requestDeviceId,
  requestSignatureValid,
  signatureHeaders,
} from '../../shared/protocol/request-signing.js';
import type { BureauRepository, EnrolledDevice, NonceClaim } from '../store/repository.js';
import { BureauError } from './bureau-error.js';

const failureMessages: Record<RequestAuthFailure, (header: string) => string> = {
  'signature-missing': (header) => `缺少请求头 ${header}`,
  'signature-malformed': (header) => `请求头 ${header} 格式无效`,
  'clock-skew': (header) => `请求时间（${header}）与局端时间相差超过 5 分钟，请校准本机时钟`,
  'signature-invalid': (header) => `请求签名（${header}）验证失败`,
};

/** A caller as far as its headers tell: well-formed, in time, an enrolled device that is not revoked. */
export interface ClaimedCaller {
  device: EnrolledDevice;
  headers: Extract<RequestHeaderCheck, { ok: true }>;
}

/**
 * The claimed caller, from the headers alone: their shape, the clock skew, an enrolled device that
 * is not revoked. Runs before a byte of the body is read, so a request that cannot be genuine
 * costs the bureau no memory; the signature over the body is `verifyCaller`'s, once it has arrived.
 */
export const identifyCaller = async (repository: BureauRepository, request: IncomingMessage, now: Date): Promise<ClaimedCaller> => {
  const deviceId = requestDeviceId(request.headers);
  if (!deviceId) throw new BureauError(401, 'signature-missing', failureMessages['signature-missing'](signatureHeaders.device));
  const headers = checkRequestHeaders(request.headers, now);
  if (!headers.ok) throw new BureauError(401, headers.failure, failureMessages[headers.failure](headers.header));
  const device = await repository.findDevice(deviceId);
  if (!device) throw new BureauError(401, 'unknown-device', `设备 ${deviceId} 未在本局注册`);
  if (device.revokedAt) throw new BureauError(401, 'device-revoked', `设备 ${deviceId} 已于 ${device.revokedAt} 被局端停用，不再接受它的请求`);
  return { device, headers };
};

/** The refusal of a request whose nonce was spent before, by whichever bureau process saw it. */
export const replayRefusal = (): BureauError => new BureauError(401, 'nonce-replayed', `请求随机数（${signatureHeaders.nonce}）已使用过，疑为重放请求`);

/**
 * The request's signature over method, path and body verifies with the device's enrolled key, or a
 * 401 naming the reason. The body is hashed by OpenSSL: the shared pure-JS SHA-256 costs half a
 * millisecond per bundle, a large share of what a request costs the bureau. Returns the nonce to
 * spend: `spendNonce` does, or the verdict store together with what it stores.
 */
export const verifyCaller = (
  ed: Ed25519,
  request: IncomingMessage,
  body: Uint8Array,
  caller: ClaimedCaller,
  now: Date,
): NonceClaim => {
  const { device, headers } = caller;
  const bodySha256Hex = createHash('sha256').update(body).digest('hex');
  if (!requestSignatureValid(headers, { method: request.method ?? '', path: request.url ?? '', bodySha256Hex, publicKey: base64ToBytes(device.publicKey) }, ed)) {
    throw new BureauError(401, 'signature-invalid', failureMessages['signature-invalid'](signatureHeaders.signature));
  }
  // Keep the nonce as long as its timestamp could still pass the skew check.
  return { deviceId: device.deviceId, nonce: headers.nonce, expiresAtMs: headers.timestamp.getTime() + maxClockSkewMs, nowMs: now.getTime() };
};

/** Spends a verified request's nonce; a nonce seen before by any bureau process sharing the store is a replay. */
export const spendNonce = async (repository: BureauRepository, claim: NonceClaim): Promise<void> => {
  if (!(await repository.rememberNonce(claim.deviceId, claim.nonce, claim.expiresAtMs, claim.nowMs))) throw replayRefusal();
};
