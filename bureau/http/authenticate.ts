import type { IncomingMessage } from 'node:http';
import { base64ToBytes } from '../../shared/protocol/base64.js';
import type { Ed25519 } from '../../shared/protocol/ed25519.js';
import { type RequestAuthFailure, checkRequestSignature, maxClockSkewMs, requestDeviceId, signatureHeaders } from '../../shared/protocol/request-signing.js';
import type { BureauRepository, EnrolledDevice } from '../store/repository.js';
import { BureauError } from './bureau-error.js';

const failureMessages: Record<RequestAuthFailure, (header: string) => string> = {
  'signature-missing': (header) => `缺少请求头 ${header}`,
  'signature-malformed': (header) => `请求头 ${header} 格式无效`,
  'clock-skew': (header) => `请求时间（${header}）与局端时间相差超过 5 分钟，请校准本机时钟`,
  'signature-invalid': (header) => `请求签名（${header}）验证失败`,
};

/**
 * Who sent this request: an enrolled device whose signature over the request verifies, within the
 * clock skew, with a nonce never seen before. Anything else is a 401 naming the reason.
 */
export const authenticate = async (
  repository: BureauRepository,
  ed: Ed25519,
  request: IncomingMessage,
  body: Uint8Array,
  now: Date,
): Promise<EnrolledDevice> => {
  const deviceId = requestDeviceId(request.headers);
  if (!deviceId) throw new BureauError(401, 'signature-missing', failureMessages['signature-missing'](signatureHeaders.device));
  const device = await repository.findDevice(deviceId);
  if (!device) throw new BureauError(401, 'unknown-device', `设备 ${deviceId} 未在本局注册`);
  const check = checkRequestSignature(
    { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body, publicKey: base64ToBytes(device.publicKey), now },
    ed,
  );
  if (!check.ok) throw new BureauError(401, check.failure, failureMessages[check.failure](check.header));
  // Keep the nonce as long as its timestamp could still pass the skew check.
  const fresh = await repository.rememberNonce(device.deviceId, check.nonce, check.timestamp.getTime() + maxClockSkewMs, now.getTime());
  if (!fresh) throw new BureauError(401, 'nonce-replayed', `请求随机数（${signatureHeaders.nonce}）已使用过，疑为重放请求`);
  return device;
};
