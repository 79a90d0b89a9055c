import { createHash } from 'node:crypto';
import { bundleSignatureValid, type SignedBundle, signedBundleSchema } from '../shared/bundle/signed-bundle.js';
import { bundleBytes } from '../shared/bundle/verdict-bundle.js';
import { base64ToBytes } from '../shared/protocol/base64.js';
import type { Ed25519 } from '../shared/protocol/ed25519.js';
import { type Receipt, signReceipt } from '../shared/protocol/receipt.js';
import type { BureauKey } from './bureau-key.js';
import { BureauError } from './http/bureau-error.js';
import type { BureauRepository, EnrolledDevice } from './store/repository.js';

export interface IntakeContext {
  repository: BureauRepository;
  key: BureauKey;
  ed: Ed25519;
  now: () => Date;
}

export interface IntakeResult {
  /** True when this call stored the version (201); false for an identical resend (200). */
  created: boolean;
  receipt: Receipt;
}

const parseSigned = (body: unknown): SignedBundle => {
  const parsed = signedBundleSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.map(String).join('.') ?? '';
  throw new BureauError(422, 'invalid-bundle', `字段 ${field || '(根)'} 无效：${issue?.message ?? ''}`, field);
};

/** The signer must be the device that enrolled with this key: over HTTP the caller, from a file the envelope's device. */
const signerOf = async (ctx: IntakeContext, signed: SignedBundle, caller: EnrolledDevice | null): Promise<EnrolledDevice> => {
  if (caller && signed.deviceId !== caller.deviceId) {
    throw new BureauError(422, 'device-mismatch', `签名包的设备 ${signed.deviceId} 与发送请求的设备 ${caller.deviceId} 不一致`, 'deviceId');
  }
  const device = caller ?? (await ctx.repository.findDevice(signed.deviceId));
  if (!device) throw new BureauError(422, 'unknown-device', `签名包的设备 ${signed.deviceId} 未在本局注册`, 'deviceId');
  if (signed.publicKey !== device.publicKey) {
    throw new BureauError(422, 'device-mismatch', `签名包携带的公钥与设备 ${device.deviceId} 注册的公钥不一致`, 'publicKey');
  }
  return device;
};

/** A later version must name the stored previous version's digest; an unseen predecessor cannot be checked. */
const checkSupersedes = async (ctx: IntakeContext, signed: SignedBundle): Promise<void> => {
  const { verdictId, versionNo, supersedes } = signed.bundle;
  if (versionNo === 1) {
    if (supersedes !== null) throw new BureauError(422, 'invalid-bundle', '第 1 版裁决的 supersedes 必须为 null', 'bundle.supersedes');
    return;
  }
  if (supersedes === null) throw new BureauError(422, 'invalid-bundle', `第 ${versionNo} 版裁决须在 supersedes 中给出上一版摘要`, 'bundle.supersedes');
  const previous = await ctx.repository.findVersion(verdictId, versionNo - 1);
  if (previous && previous.sha256 !== supersedes) {
    throw new BureauError(422, 'invalid-bundle', `supersedes 与本局所存第 ${versionNo - 1} 版的摘要 ${previous.sha256} 不一致`, 'bundle.supersedes');
  }
};

/**
 * Accepts one signed verdict version, from `PUT /v1/verdicts/{id}/versions/{n}` (with `target` and
 * the authenticated `caller`) or from a `.zzverdict` file (both null). Checks everything first,
 * then stores; the receipt exists only once the store has committed.
 */
export const intakeSignedBundle = async (
  ctx: IntakeContext,
  body: unknown,
  target: { verdictId: string; versionNo: number } | null,
  caller: EnrolledDevice | null,
): Promise<IntakeResult> => {
  const signed = parseSigned(body);
  const { bundle } = signed;
  if (target && bundle.verdictId !== target.verdictId) {
    throw new BureauError(422, 'path-mismatch', `签名包的 verdictId（${bundle.verdictId}）与请求路径中的 ${target.verdictId} 不一致`, 'bundle.verdictId');
  }
  if (target && bundle.versionNo !== target.versionNo) {
    throw new BureauError(422, 'path-mismatch', `签名包的 versionNo（${bundle.versionNo}）与请求路径中的 ${target.versionNo} 不一致`, 'bundle.versionNo');
  }
  const device = await signerOf(ctx, signed, caller);
  const bytes = bundleBytes(bundle);
  if (!bundleSignatureValid(signed, base64ToBytes(device.publicKey), ctx.ed, bytes)) {
    throw new BureauError(422, 'bundle-signature-invalid', `签名包的签名无法用设备 ${device.deviceId} 的注册公钥验证，内容可能被篡改`, 'signature');
  }
  await checkSupersedes(ctx, signed);
  // bundleDigest's definition, hashed by OpenSSL: the pure-JS SHA-256 costs a millisecond per bundle.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const outcome = await ctx.repository.storeVersion(
    {
      verdictId: bundle.verdictId,
      versionNo: bundle.versionNo,
      sha256,
      deviceId: device.deviceId,
      meetingId: bundle.meetingId,
      submissionId: bundle.submissionId,
      outcome: bundle.outcome,
      finalizedAt: bundle.finalizedAt,
      signedBundle: JSON.stringify(signed),
    },
    (unsigned) => signReceipt(unsigned, ctx.key.secretKey, ctx.ed),
    ctx.now().toISOString(),
  );
  if (outcome.kind === 'conflict') {
    throw new BureauError(
      409,
      'version-conflict',
      `裁决 ${bundle.verdictId} 第 ${bundle.versionNo} 版已以不同内容提交（已存摘要 ${outcome.storedSha256}，本次 ${sha256}）；如需修改请提交新版本`,
      'bundle.versionNo',
    );
  }
  return { created: outcome.kind === 'created', receipt: outcome.receipt };
};
