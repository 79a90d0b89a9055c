import type { DeliverResult } from '../../../shared/api/calls/sync-calls.js';
import { errorBodySchema } from '../../../shared/protocol/error-body.js';
import { putVerdictResponseSchema } from '../../../shared/protocol/messages.js';
import { type ReceiptExpectation, verifyReceipt } from '../../../shared/protocol/receipt.js';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import type { BureauAnswer } from './bureau-http.js';

export interface DeliveryContext {
  expected: ReceiptExpectation;
  bureauPublicKey: Uint8Array;
  deviceId: string;
  /** The workstation's clock when it signed, to put beside the bureau's in a clock-skew message. */
  signedAt: Date;
}

const localTime = (date: Date): string =>
  date.toLocaleString('zh-CN', { hour12: false });

/** The bureau's clock from its `Date` header, when it sent one. */
const bureauTime = (headers: Headers): string | null => {
  const value = headers.get('date');
  const time = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(time) ? null : localTime(new Date(time));
};

/** A refused request signature: the bundle was never looked at, so the same bundle may go again. */
const authenticationProblem = (code: string, message: string, answer: BureauAnswer, context: DeliveryContext): string => {
  if (code === 'clock-skew') {
    const theirs = bureauTime(answer.headers);
    return `本机时钟与局端相差超过 5 分钟，局端拒收（本机时间 ${localTime(context.signedAt)}${theirs ? `，局端时间 ${theirs}` : ''}）。请校准本机时间，校准后将自动重试`;
  }
  if (code === 'unknown-device') return `局端不认识本机（设备编号 ${context.deviceId}），可能局端数据已重置；请重新注册本机`;
  if (code === 'nonce-replayed') return '局端认为这是一次重放的请求，将以新的请求重试';
  if (code === 'device-revoked') return `本机（设备编号 ${context.deviceId}）已被局端停用，局端不再接收本机的上报；请联系局端管理员，或以新的注册码重新注册本机`;
  return `局端拒绝了本机的请求签名：${message}`;
};

/**
 * What a bureau's answer to `PUT /v1/verdicts/{id}/versions/{n}` means for the outbox. Only a
 * receipt that verifies with the enrolled bureau key, for exactly this verdict version and digest,
 * counts as delivered; anything undecided is retried, and 409/422 are final.
 */
export const deliveryOutcome = (answer: BureauAnswer, context: DeliveryContext): DeliverResult => {
  const { status } = answer;
  if (status === 200 || status === 201) {
    const parsed = putVerdictResponseSchema.safeParse(answer.json);
    if (parsed.success && verifyReceipt(parsed.data.receipt, context.bureauPublicKey, context.expected, nodeEd25519)) {
      return { status: 'delivered', receipt: parsed.data.receipt };
    }
    return { status: 'retry', message: '局端的回执无法用注册时获得的局端公钥核验，暂不视为已上报' };
  }
  const error = errorBodySchema.safeParse(answer.json);
  const code = error.success ? error.data.error : '';
  const message = error.success ? error.data.message : `HTTP ${status}`;
  if (status === 409) return { status: 'conflict', message: `局端已存有该裁决同一版本的不同内容，本次未被接收：${message}` };
  if (status === 403 && code === 'not-verdict-owner') {
    return { status: 'conflict', message: `该裁决由另一台设备首次上报，局端只接收那台设备提交的版本：${message}` };
  }
  if (status === 401) return { status: 'retry', message: authenticationProblem(code, message, answer, context) };
  if (status === 429 || status === 503) return { status: 'retry', message: `局端正忙，稍后将自动重试：${message}` };
  if (status === 422 || status === 413 || status === 400) {
    return { status: 'invalid', field: error.success ? (error.data.field ?? null) : null, message: `局端拒收该裁决：${message}` };
  }
  if (status === 404 || status === 405) return { status: 'retry', message: `局端地址上没有裁决上报接口（HTTP ${status}），请检查局端地址` };
  if (status >= 500) return { status: 'retry', message: `局端暂时出错（HTTP ${status}）：${message}` };
  return { status: 'retry', message: `局端的应答无法识别（HTTP ${status}）：${message}` };
};
