import { createHash, randomBytes } from 'node:crypto';
import { canonicalBytes } from '../shared/digest/digest.js';
import { base64ToBytes } from '../shared/protocol/base64.js';
import type { Ed25519 } from '../shared/protocol/ed25519.js';
import { deviceKeyFingerprint, handoverLabelValid, isUnenrolledDeviceId, verdictFileSchema, type VerdictFile } from '../shared/sync/verdict-file.js';
import { enrollmentCodeHash } from './enrollment-code.js';
import type { BureauRepository, EnrolledDevice } from './store/repository.js';
import { terminalText } from './terminal-text.js';

/** A `.zzverdict` checked as a file, before the administrator is asked whether to import it. */
export interface CheckedVerdictFile {
  /** What goes to the intake: the signed bundle exactly as received (the intake checks it as sent over HTTP), without the file's label. */
  envelope: unknown;
  file: VerdictFile;
  sha256: string;
  fingerprint: string;
  /** The device enrolled under the file's id; null for a workstation that never enrolled (it signs under an id derived from its key). */
  device: EnrolledDevice | null;
}

const refused = (fileName: string, reason: string) => new Error(`${terminalText(fileName)}：${reason}。未导入任何内容`);

/**
 * Everything a file can be checked for without the administrator: its form, the device signature
 * over the bundle and the label (with the key it carries, so a tampered file is refused before anyone
 * is asked), and whether its device is one this bureau knows with that same key.
 */
export const checkVerdictFile = async (repository: BureauRepository, ed: Ed25519, json: unknown, fileName: string): Promise<CheckedVerdictFile> => {
  const parsed = verdictFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused(fileName, `不是有效的签名裁决文件（字段 ${issue?.path.map(String).join('.') || '(根)'}：${issue?.message ?? '无效'}）`);
  }
  const file = parsed.data;
  const { handover: _label, ...envelope } = json as Record<string, unknown>;
  // The digest and the signature are over the bundle as received, which is what the device signed.
  const bytes = canonicalBytes((json as { bundle: unknown }).bundle);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const publicKey = base64ToBytes(file.publicKey);
  if (!ed.verify(base64ToBytes(file.signature), bytes, publicKey) || !handoverLabelValid(file, sha256, ed)) {
    throw refused(fileName, '签名无法用文件所附的设备公钥核验：文件在签名后被改动过，或已损坏');
  }
  const device = await repository.findDevice(file.deviceId);
  if (device === null && !isUnenrolledDeviceId(file.deviceId, file.publicKey)) {
    throw refused(fileName, `设备 ${terminalText(file.deviceId)} 未在本局注册，且其编号不是由文件所附的设备密钥生成的`);
  }
  if (device !== null && device.publicKey !== file.publicKey) {
    throw refused(fileName, `文件所附的公钥与设备 ${device.deviceId} 在本局注册的公钥不一致`);
  }
  if (device?.revokedAt) throw refused(fileName, `设备 ${device.deviceId} 已于 ${device.revokedAt} 被局端停用`);
  return { envelope, file, sha256, fingerprint: deviceKeyFingerprint(publicKey), device };
};

/** The lines the administrator reads before saying yes: who signed, which meeting and standard, which digest. */
export const describeVerdictFile = (checked: CheckedVerdictFile): string[] => {
  const { file, device, fingerprint, sha256 } = checked;
  const { bundle, handover } = file;
  const meeting = handover?.meetingTitle ? `${handover.meetingTitle}（${bundle.meetingId}）` : bundle.meetingId;
  const standard = [handover?.proposedCode, handover?.standardName ? `《${handover.standardName}》` : ''].filter(Boolean).join(' ');
  return [
    device === null ? `签名设备：未在本局注册的工作站（设备编号 ${file.deviceId}）` : `签名设备：${device.name}（设备编号 ${device.deviceId}）`,
    `设备密钥指纹：${fingerprint}`,
    `会议：${meeting}`,
    `标准：${standard ? `${standard}（${bundle.submissionId}）` : bundle.submissionId}`,
    `审评结论：${bundle.verdictId} 第 ${bundle.versionNo} 版，定稿于 ${bundle.finalizedAt}`,
    `SHA-256：${sha256}`,
  ].map(terminalText);
};

/**
 * Enters a workstation that never enrolled under the id its key gives, once the administrator has
 * confirmed its fingerprint: from then on its versions are checked with that key like any device's.
 */
export const registerHandoverDevice = async (repository: BureauRepository, checked: CheckedVerdictFile, at: Date): Promise<EnrolledDevice> => {
  const codeHash = enrollmentCodeHash(randomBytes(24).toString('base64url'));
  const enrolledAt = at.toISOString();
  const device: EnrolledDevice = {
    deviceId: checked.file.deviceId,
    name: `U 盘交接的工作站（密钥指纹 ${checked.fingerprint}）`,
    publicKey: checked.file.publicKey,
    enrolledAt,
    revokedAt: null,
  };
  await repository.addEnrollmentCode(codeHash, device.name, enrolledAt, new Date(at.getTime() + 60_000).toISOString());
  if (!(await repository.redeemEnrollmentCode(codeHash, device))) throw new Error(`无法登记设备 ${device.deviceId}`);
  return device;
};
