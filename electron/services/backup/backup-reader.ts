import { createHash } from 'node:crypto';
import { open, readFile, stat, statfs } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { HostFailure } from '../../../shared/api/result.js';
import {
  backupEntryNames,
  backupManifestSchema,
  backupSignatureSchema,
  materialEntryName,
  sealedDeviceSchema,
  type BackupManifest,
  type SealedDevice,
} from '../../../shared/backup/backup-file.js';
import { parseLegacyBackup, type LegacyBackup } from '../../../shared/backup/legacy-backup.js';
import { base64ToBytes } from '../../../shared/protocol/base64.js';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import { collectBytes, copyHashing } from '../package/hashing-copy.js';
import { openZipArchive, type ArchiveEntry, type ZipArchive } from '../package/zip-archive.js';

/** A version 2 backup whose every entry matched its manifest, copied into the staging folder. */
export type StagedArchive = {
  kind: 'archive';
  manifest: BackupManifest;
  /** Whether a signature was present and verified with the manifest's own device key (a signature that does not verify is refused). */
  signed: boolean;
  storeFile: string;
  materials: { sha256: string; bytes: number; file: string }[];
  /** The device key and enrollment, still sealed with the backup passphrase; null when the backup has none. */
  sealedDevice: SealedDevice | null;
};

export type StagedLegacy = { kind: 'legacy'; backup: LegacyBackup };

export type StagedBackup = StagedArchive | StagedLegacy;

const limits = {
  manifestBytes: 16 * 1024 * 1024,
  signatureBytes: 4 * 1024,
  deviceBytes: 16 * 1024,
  /** Version 0.1 wrote the whole database as one JSON text, signatures drawn as PNG included. */
  legacyBytes: 256 * 1024 * 1024,
};

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Every refusal names the file and says that nothing was changed. */
const refuse = (fileName: string, reason: string, field = 'path') =>
  new HostFailure('invalid-backup', `不是有效的备份文件（${reason}）：${fileName}。未做任何恢复，本机数据保持原样`, field);

const firstBytes = async (path: string): Promise<Buffer> => {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(zipMagic.length);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

const readLegacy = async (path: string, fileName: string): Promise<StagedLegacy> => {
  if ((await stat(path)).size > limits.legacyBytes) throw refuse(fileName, '文件超过 256 MiB，不是旧版备份');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw refuse(fileName, '既不是 ZIP 压缩包，也不是旧版的 JSON 备份');
  }
  return { kind: 'legacy', backup: parseLegacyBackup(json, fileName) };
};

const entryKind = (name: string): 'manifest' | 'signature' | 'store' | 'device' | 'material' | null => {
  if (name === backupEntryNames.manifest) return 'manifest';
  if (name === backupEntryNames.device) return 'device';
  if (name === backupEntryNames.signature) return 'signature';
  if (name === backupEntryNames.store) return 'store';
  return /^materials\/[0-9a-f]{64}$/.test(name) ? 'material' : null;
};

const listEntries = async (archive: ZipArchive, fileName: string): Promise<Map<string, ArchiveEntry>> => {
  let listed: ArchiveEntry[];
  try {
    listed = await archive.listEntries();
  } catch (error) {
    throw refuse(fileName, `压缩包目录区无法读取：${(error as Error).message}`);
  }
  const entries = new Map<string, ArchiveEntry>();
  for (const entry of listed) {
    if (entryKind(entry.name) === null || entry.isDirectory || entry.isLink) throw refuse(fileName, `含有未知的条目 ${entry.name}`);
    if (entry.isUnreadable) throw refuse(fileName, `条目 ${entry.name} 已加密或使用不支持的压缩方式`);
    if (entries.has(entry.name)) throw refuse(fileName, `条目 ${entry.name} 重复`);
    entries.set(entry.name, entry);
  }
  return entries;
};

const readSmall = async (archive: ZipArchive, entry: ArchiveEntry, limit: number, fileName: string): Promise<Buffer> => {
  if (entry.uncompressedSize > limit) throw refuse(fileName, `条目 ${entry.name} 过大`);
  try {
    const bytes = await collectBytes(await archive.openStages(entry), { limit, tooLong: () => refuse(fileName, `条目 ${entry.name} 过大`) });
    if (bytes.length !== entry.uncompressedSize || crc32(bytes) !== entry.crc32) throw refuse(fileName, `条目 ${entry.name} 已损坏（CRC-32 或长度不符）`);
    return bytes;
  } catch (error) {
    throw error instanceof HostFailure ? error : refuse(fileName, `条目 ${entry.name} 无法解压：${(error as Error).message}`);
  }
};

const parseJson = (bytes: Buffer, what: string, fileName: string): unknown => {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw refuse(fileName, `${what}不是有效的 UTF-8 JSON`);
  }
};

const parseManifest = (bytes: Buffer, fileName: string): BackupManifest => {
  const json = parseJson(bytes, '清单 manifest.json ', fileName);
  const header = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (header.format !== 'zzbackup') throw refuse(fileName, `format 为 ${JSON.stringify(header.format) ?? '空'}，应为 "zzbackup"`, 'format');
  if (header.version !== 2) throw refuse(fileName, `备份格式版本 ${JSON.stringify(header.version) ?? '空'}，本程序支持 1 和 2`, 'version');
  const parsed = backupManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw refuse(fileName, `清单字段 ${field || '（根）'}：${issue?.message ?? '无效'}`, field || 'manifest');
  }
  return parsed.data;
};

/**
 * A signed backup must verify with the key its manifest names; whether that key is this
 * workstation's is the caller's question. A manifest without a device must come without a signature.
 */
const checkSignature = async (archive: ZipArchive, entries: Map<string, ArchiveEntry>, manifest: BackupManifest, manifestBytes: Buffer, fileName: string): Promise<boolean> => {
  const entry = entries.get(backupEntryNames.signature);
  if (manifest.device === null) {
    if (entry !== undefined) throw refuse(fileName, '清单未写明签名设备，却附有签名');
    return false;
  }
  if (entry === undefined) throw refuse(fileName, '清单写明了签名设备，签名文件 signature.json 却不存在');
  const parsed = backupSignatureSchema.safeParse(parseJson(await readSmall(archive, entry, limits.signatureBytes, fileName), '签名文件 signature.json ', fileName));
  if (!parsed.success) throw refuse(fileName, '签名文件 signature.json 格式无效');
  if (!nodeEd25519.verify(base64ToBytes(parsed.data.signature), manifestBytes, base64ToBytes(manifest.device.publicKey))) {
    throw refuse(fileName, '签名与清单不符：文件在备份后被改动过');
  }
  return true;
};

/** The archive holds exactly what the manifest lists, at the sizes it lists, and the disk has room for it. */
const checkListing = async (entries: Map<string, ArchiveEntry>, manifest: BackupManifest, fileName: string, stagingDir: string): Promise<void> => {
  const expected = new Map<string, number>([[backupEntryNames.store, manifest.store.bytes]]);
  if (manifest.deviceFile) expected.set(backupEntryNames.device, manifest.deviceFile.bytes);
  for (const material of manifest.materials) {
    if (expected.has(materialEntryName(material.sha256))) throw refuse(fileName, `清单重复列出材料 ${material.sha256}`);
    expected.set(materialEntryName(material.sha256), material.bytes);
  }
  for (const name of entries.keys()) {
    if (name !== backupEntryNames.manifest && name !== backupEntryNames.signature && !expected.has(name)) throw refuse(fileName, `条目 ${name} 未在清单中列出`);
  }
  let total = 0;
  for (const [name, bytes] of expected) {
    const entry = entries.get(name);
    if (entry === undefined) throw refuse(fileName, `缺少清单所列的条目 ${name}`);
    if (entry.uncompressedSize !== bytes) throw refuse(fileName, `条目 ${name} 的大小与清单不符`);
    total += bytes;
  }
  const disk = await statfs(stagingDir);
  if (total > disk.bavail * disk.bsize) throw refuse(fileName, `解压需要 ${Math.ceil(total / 1024 / 1024)} MiB，数据文件夹所在磁盘空间不足`);
};

/** `device.json` as the signed manifest lists it, holding the key that signed the manifest. */
const readSealedDevice = async (archive: ZipArchive, entry: ArchiveEntry, manifest: BackupManifest, signed: boolean, fileName: string): Promise<SealedDevice> => {
  const bytes = await readSmall(archive, entry, limits.deviceBytes, fileName);
  if (createHash('sha256').update(bytes).digest('hex') !== manifest.deviceFile?.sha256) throw refuse(fileName, `条目 ${entry.name} 的 SHA-256 摘要与清单不符`);
  const parsed = sealedDeviceSchema.safeParse(parseJson(bytes, '设备密钥文件 device.json ', fileName));
  if (!parsed.success) throw refuse(fileName, '设备密钥文件 device.json 格式无效');
  if (!signed || parsed.data.publicKey !== manifest.device?.publicKey) throw refuse(fileName, '备份中的设备密钥不是为备份签名的那把密钥');
  return parsed.data;
};

const copyEntry = async (archive: ZipArchive, entry: ArchiveEntry, target: string, sha256: string, fileName: string): Promise<void> => {
  let copied;
  try {
    copied = await copyHashing(await archive.openStages(entry), target, {
      limit: entry.uncompressedSize,
      tooLong: () => refuse(fileName, `条目 ${entry.name} 解压后比清单所列更长`),
    });
  } catch (error) {
    throw error instanceof HostFailure ? error : refuse(fileName, `条目 ${entry.name} 无法解压：${(error as Error).message}`);
  }
  if (copied.bytes !== entry.uncompressedSize || copied.sha256 !== sha256) throw refuse(fileName, `条目 ${entry.name} 的 SHA-256 摘要与清单不符`);
};

const stageArchive = async (path: string, fileName: string, stagingDir: string): Promise<StagedArchive> => {
  let archive: ZipArchive;
  try {
    archive = await openZipArchive(path);
  } catch (error) {
    throw refuse(fileName, `ZIP 压缩包无法读取：${(error as Error).message}`);
  }
  try {
    const entries = await listEntries(archive, fileName);
    const manifestEntry = entries.get(backupEntryNames.manifest);
    if (manifestEntry === undefined) throw refuse(fileName, '缺少清单 manifest.json');
    const manifestBytes = await readSmall(archive, manifestEntry, limits.manifestBytes, fileName);
    const manifest = parseManifest(manifestBytes, fileName);
    const signed = await checkSignature(archive, entries, manifest, manifestBytes, fileName);
    await checkListing(entries, manifest, fileName, stagingDir);
    const storeFile = join(stagingDir, backupEntryNames.store);
    await copyEntry(archive, entries.get(backupEntryNames.store)!, storeFile, manifest.store.sha256, fileName);
    const sealedDevice = manifest.deviceFile ? await readSealedDevice(archive, entries.get(backupEntryNames.device)!, manifest, signed, fileName) : null;
    const materials: StagedArchive['materials'] = [];
    for (const material of manifest.materials) {
      const file = join(stagingDir, material.sha256);
      await copyEntry(archive, entries.get(materialEntryName(material.sha256))!, file, material.sha256, fileName);
      materials.push({ ...material, file });
    }
    return { kind: 'archive', manifest, signed, storeFile, materials, sealedDevice };
  } finally {
    archive.close();
  }
};

/**
 * Reads a `.zzbackup` of either version into `stagingDir` (an empty private folder) and checks it as a
 * file: a version 2 archive entry by entry against its signed manifest, a version 0.1 JSON export
 * by its header. The rows inside are checked next, before anything is written.
 */
export const stageBackup = async (path: string, stagingDir: string): Promise<StagedBackup> => {
  const fileName = basename(path);
  let head: Buffer;
  try {
    head = await firstBytes(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new HostFailure(code === 'ENOENT' ? 'not-found' : 'io', code === 'ENOENT' ? `找不到备份文件：${path}` : `无法读取备份文件 ${path}：${(error as Error).message}`, 'path');
  }
  return head.equals(zipMagic) ? stageArchive(path, fileName, stagingDir) : readLegacy(path, fileName);
};
