import { createHash } from 'node:crypto';
import { type SignedBundle, signedBundleSchema } from '../shared/bundle/signed-bundle.js';
import { canonicalBytes } from '../shared/digest/digest.js';
import { base64ToBytes } from '../shared/protocol/base64.js';
import type { Ed25519 } from '../shared/protocol/ed25519.js';
import { type Receipt, signReceipt } from '../shared/protocol/receipt.js';
import type { BureauKey } from './bureau-key.js';
import { replayRefusal } from './http/authenticate.js';
import { BureauError } from './http/bureau-error.js';
import { printableIdProblem } from './printable-id.js';
import type { BureauRepository, EnrolledDevice, NonceClaim } from './store/repository.js';

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

/** A signed bundle as validated, beside the bundle exactly as received, which is what was signed. */
interface ReceivedBundle {
  signed: SignedBundle;
  receivedBundle: unknown;
}

const invalid = (field: string, message: string): BureauError => new BureauError(422, 'invalid-bundle', `字段 ${field || '(根)'} 无效：${message}`, field);

const printedIds = ['verdictId', 'meetingId', 'submissionId'] as const;

/**
 * The schema first, so a malformed bundle is named by its field before any signature is checked.
 * The ids are checked as received: the schema trims them, and a tab or newline around an id must
 * be refused, not quietly stored under a cleaner id than the one signed.
 */
const parseSigned = (body: unknown): ReceivedBundle => {
  const parsed = signedBundleSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw invalid(issue?.path.map(String).join('.') ?? '', issue?.message ?? '');
  }
  const receivedBundle = (body as { bundle: Record<string, unknown> }).bundle;
  for (const name of printedIds) {
    const problem = printableIdProblem(String(receivedBundle[name]));
    if (problem) throw invalid(`bundle.${name}`, problem);
  }
  return { signed: parsed.data, receivedBundle };
};

/** The signer must be the device that enrolled with this key: over HTTP the caller, from a file the envelope's device. */
const signerOf = async (ctx: IntakeContext, signed: SignedBundle, caller: EnrolledDevice | null): Promise<EnrolledDevice> => {
  if (caller && signed.deviceId !== caller.deviceId) {
    throw new BureauError(422, 'device-mismatch', `签名包的设备 ${signed.deviceId} 与发送请求的设备 ${caller.deviceId} 不一致`, 'deviceId');
  }
  const device = caller ?? (await ctx.repository.findDevice(signed.deviceId));
  if (!device) throw new BureauError(422, 'unknown-device', `签名包的设备 ${signed.deviceId} 未在本局注册`, 'deviceId');
  if (device.revokedAt) throw new BureauError(422, 'device-revoked', `签名包的设备 ${device.deviceId} 已于 ${device.revokedAt} 被局端停用`, 'deviceId');
  if (signed.publicKey !== device.publicKey) {
    throw new BureauError(422, 'device-mismatch', `签名包携带的公钥与设备 ${device.deviceId} 注册的公钥不一致`, 'publicKey');
  }
  return device;
};

const notOwner = (verdictId: string, ownerDeviceId: string, device: EnrolledDevice): BureauError =>
  new BureauError(
    403,
    'not-verdict-owner',
    `裁决 ${verdictId} 由设备 ${ownerDeviceId} 首次提交，只有该设备可以提交它的版本；本机（${device.deviceId}）的提交被拒绝`,
    'bundle.verdictId',
  );

/**
 * A verdict belongs to the device that stored its first version (DESIGN.md section 5), and its
 * versions come in sequence: version n needs version n − 1 stored, by the same device, and names
 * its digest in `supersedes`. Stored versions never change, so checking before the store is safe;
 * a race for version 1 is settled by the store itself.
 */
/**
 * The owner's record when it is the same workstation under another id: a workstation that handed
 * versions over by USB before it enrolled signed them under the id its key gives, and enrolled later
 * with that same key. Its versions stay one verdict, owned by the id that stored the first.
 */
const sameKeyOwner = async (ctx: IntakeContext, ownerDeviceId: string, device: EnrolledDevice): Promise<EnrolledDevice | null> => {
  const owner = await ctx.repository.findDevice(ownerDeviceId);
  return owner !== null && owner.revokedAt === null && owner.publicKey === device.publicKey ? owner : null;
};

/** Returns the device the version is stored under: the signer, or the same workstation under the id that owns the verdict. */
const checkLineage = async (ctx: IntakeContext, signed: SignedBundle, device: EnrolledDevice): Promise<EnrolledDevice> => {
  const { verdictId, versionNo, supersedes } = signed.bundle;
  if (versionNo === 1) {
    if (supersedes !== null) throw new BureauError(422, 'invalid-bundle', '第 1 版裁决的 supersedes 必须为 null', 'bundle.supersedes');
    return device;
  }
  if (supersedes === null) throw new BureauError(422, 'invalid-bundle', `第 ${versionNo} 版裁决须在 supersedes 中给出上一版摘要`, 'bundle.supersedes');
  const first = await ctx.repository.findVersion(verdictId, 1);
  const holder = first && first.deviceId !== device.deviceId ? await sameKeyOwner(ctx, first.deviceId, device) : device;
  if (first && holder === null) throw notOwner(verdictId, first.deviceId, device);
  const previous = versionNo === 2 ? first : await ctx.repository.findVersion(verdictId, versionNo - 1);
  if (!previous) {
    throw new BureauError(
      422,
      'version-out-of-sequence',
      `本局尚未收到裁决 ${verdictId} 的第 ${versionNo - 1} 版，须按顺序提交，先提交第 ${versionNo - 1} 版`,
      'bundle.versionNo',
    );
  }
  if (previous.sha256 !== supersedes) {
    throw new BureauError(422, 'invalid-bundle', `supersedes 与本局所存第 ${versionNo - 1} 版的摘要 ${previous.sha256} 不一致`, 'bundle.supersedes');
  }
  return holder ?? device;
};

/**
 * Accepts one signed verdict version, from `PUT /v1/verdicts/{id}/versions/{n}` (with `target`, the
 * authenticated `caller` and the request's `nonce`) or from a `.zzverdict` file (none of them).
 * Checks everything first, then stores; the receipt exists only once the store has committed. The
 * signature and the digest are over the canonical bytes of the bundle as received, which are what
 * the device signed.
 */
export const intakeSignedBundle = async (
  ctx: IntakeContext,
  body: unknown,
  target: { verdictId: string; versionNo: number } | null,
  caller: EnrolledDevice | null,
  nonce?: NonceClaim,
): Promise<IntakeResult> => {
  const { signed, receivedBundle } = parseSigned(body);
  const { bundle } = signed;
  if (target && bundle.verdictId !== target.verdictId) {
    throw new BureauError(422, 'path-mismatch', `签名包的 verdictId（${bundle.verdictId}）与请求路径中的 ${target.verdictId} 不一致`, 'bundle.verdictId');
  }
  if (target && bundle.versionNo !== target.versionNo) {
    throw new BureauError(422, 'path-mismatch', `签名包的 versionNo（${bundle.versionNo}）与请求路径中的 ${target.versionNo} 不一致`, 'bundle.versionNo');
  }
  const device = await signerOf(ctx, signed, caller);
  const bytes = canonicalBytes(receivedBundle);
  if (!ctx.ed.verify(base64ToBytes(signed.signature), bytes, base64ToBytes(device.publicKey))) {
    throw new BureauError(422, 'bundle-signature-invalid', `签名包的签名无法用设备 ${device.deviceId} 的注册公钥验证，内容可能被篡改`, 'signature');
  }
  const holder = await checkLineage(ctx, signed, device);
  // bundleDigest's definition, hashed by OpenSSL: the pure-JS SHA-256 costs a millisecond per bundle.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const store = (under: EnrolledDevice, claim: NonceClaim | undefined) =>
    ctx.repository.storeVersion(
      {
        verdictId: bundle.verdictId,
        versionNo: bundle.versionNo,
        sha256,
        deviceId: under.deviceId,
        meetingId: bundle.meetingId,
        submissionId: bundle.submissionId,
        outcome: bundle.outcome,
        finalizedAt: bundle.finalizedAt,
        signedBundle: JSON.stringify(body),
      },
      (unsigned) => signReceipt(unsigned, ctx.key.secretKey, ctx.ed),
      ctx.now().toISOString(),
      claim,
    );
  let outcome = await store(holder, nonce);
  if (outcome.kind === 'foreign') {
    // A first version stored by this same key under its hand-over id: looked up only then, so the usual path costs nothing more.
    const owner = await sameKeyOwner(ctx, outcome.ownerDeviceId, device);
    if (owner !== null) outcome = await store(owner, undefined);
  }
  if (outcome.kind === 'replayed') throw replayRefusal();
  if (outcome.kind === 'foreign') throw notOwner(bundle.verdictId, outcome.ownerDeviceId, device);
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
