import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { HostFailure } from '../../../shared/api/result.js';
import { entryPathProblem } from '../../../shared/package/entry-path.js';
import { manifestEntryName, packageLimits, signatureEntryName } from '../../../shared/package/limits.js';
import { manifestMaterials, manifestSchema, type PackageManifest } from '../../../shared/package/manifest.js';
import { verifyManifestSignature } from '../../../shared/package/signature.js';
import { collectBytes, copyHashing } from './hashing-copy.js';
import { rejectPackage } from './package-rejection.js';
import { openZipArchive, type ArchiveEntry, type ZipArchive } from './zip-archive.js';

export type BureauKey = { keyId: string; publicKey: Uint8Array };

export type SignatureStatus = { status: 'valid' | 'unsigned' | 'unchecked'; keyId: string | null };

/** A material copied into the staging folder, its hash and size already checked against the manifest. */
export type StagedMaterial = { path: string; file: string; sha256: string; bytes: number };

export type InspectedPackage = {
  manifest: PackageManifest;
  signature: SignatureStatus;
  warnings: string[];
  staged: StagedMaterial[];
};

export type InspectOptions = {
  archivePath: string;
  /** Name used in messages about the archive as a whole. */
  archiveName: string;
  /** An existing, empty folder the materials are copied into. */
  stagingDir: string;
  bureauKey: BureauKey | null;
  onProgress?: (bytesDone: number, bytesTotal: number) => void;
  signal?: AbortSignal;
};

const signatureFileLimit = 64 * 1024;

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** Central-directory checks: every one runs before a single byte is inflated. */
const checkEntries = (entries: ArchiveEntry[]): Map<string, ArchiveEntry> => {
  const byName = new Map<string, ArchiveEntry>();
  let total = 0;
  for (const entry of entries) {
    const problem = entryPathProblem(entry.name);
    if (problem) throw rejectPackage(problem, entry.name);
    if (entry.isLink) throw rejectPackage('link', entry.name);
    if (byName.has(entry.name)) throw rejectPackage('duplicate-entry', entry.name);
    byName.set(entry.name, entry);
    if (entry.isDirectory) continue;
    if (entry.isUnreadable) throw rejectPackage('encrypted', entry.name);
    if (entry.uncompressedSize > packageLimits.fileBytes) throw rejectPackage('file-too-large', entry.name, `解压后 ${mebibytes(entry.uncompressedSize)}`);
    if (entry.uncompressedSize > entry.compressedSize * packageLimits.compressionRatio)
      throw rejectPackage('compression-ratio', entry.name, `压缩后 ${entry.compressedSize} 字节，解压后 ${entry.uncompressedSize} 字节`);
    total += entry.uncompressedSize;
    if (total > packageLimits.totalBytes) throw rejectPackage('total-too-large', entry.name, `累计 ${mebibytes(total)}`);
  }
  return byName;
};

/** Wraps yauzl's own failures (bad headers, inflate errors, size mismatches) as a rejection naming the entry. */
const asDamaged = (error: unknown, entryName: string): Error =>
  error instanceof HostFailure || (error as Error).name === 'AbortError'
    ? (error as Error)
    : rejectPackage('damaged', entryName, `无法解压（${(error as Error).message}）`);

const readSmallEntry = async (archive: ZipArchive, entry: ArchiveEntry, signal: AbortSignal | undefined): Promise<Buffer> => {
  try {
    const bytes = await collectBytes(await archive.openStages(entry), {
      limit: entry.uncompressedSize,
      tooLong: () => rejectPackage('damaged', entry.name, '解压后比目录区所记大小更长'),
      ...(signal ? { signal } : {}),
    });
    if (bytes.length !== entry.uncompressedSize || crc32(bytes) !== entry.crc32) throw rejectPackage('damaged', entry.name, 'CRC-32 或长度校验不符');
    return bytes;
  } catch (error) {
    throw asDamaged(error, entry.name);
  }
};

const parseManifest = (bytes: Buffer): PackageManifest => {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw rejectPackage('manifest-invalid', manifestEntryName, '不是有效的 UTF-8 JSON');
  }
  const header = (typeof json === 'object' && json !== null ? json : {}) as { format?: unknown; version?: unknown };
  if (header.format !== 'zzpkg') throw rejectPackage('unknown-format', manifestEntryName, `format 为 ${JSON.stringify(header.format) ?? '空'}，应为 "zzpkg"`);
  if (header.version !== 1) throw rejectPackage('unknown-version', manifestEntryName, `version 为 ${JSON.stringify(header.version) ?? '空'}，本工作站支持 1`);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw rejectPackage('manifest-invalid', manifestEntryName, `字段 ${issue?.path.join('.') || '（根）'}：${issue?.message ?? '无效'}`);
  }
  return parsed.data;
};

const unsignedWarning = '评审包未签名：无法确认它出自审评机构，请核对来源后再导入。';
const uncheckedWarning = '评审包已签名，但尚未在设置中配置审评机构公钥，签名未核验。';

const checkSignature = async (
  archive: ZipArchive,
  entries: Map<string, ArchiveEntry>,
  manifestBytes: Buffer,
  options: InspectOptions,
  count: (bytes: number) => void,
): Promise<{ signature: SignatureStatus; warnings: string[] }> => {
  const entry = entries.get(signatureEntryName);
  if (!entry) return { signature: { status: 'unsigned', keyId: null }, warnings: [unsignedWarning] };
  if (entry.isDirectory || entry.uncompressedSize > signatureFileLimit) throw rejectPackage('bad-signature', signatureEntryName, '签名文件过大或不是文件');
  const bytes = await readSmallEntry(archive, entry, options.signal);
  count(bytes.length);
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw rejectPackage('bad-signature', signatureEntryName, '签名文件不是有效的 JSON');
  }
  // Without a key the signature cannot be checked, but it still has to be well formed; a zero key never verifies.
  const check = verifyManifestSignature(manifestBytes, json, options.bureauKey?.publicKey ?? new Uint8Array(32));
  if (!options.bureauKey) {
    if (check.keyId === null && !check.valid) throw rejectPackage('bad-signature', signatureEntryName, check.reason);
    return { signature: { status: 'unchecked', keyId: check.keyId }, warnings: [uncheckedWarning] };
  }
  if (!check.valid) throw rejectPackage('bad-signature', signatureEntryName, check.reason);
  const { keyId } = options.bureauKey;
  const warnings = keyId && keyId !== check.keyId ? [`签名的密钥编号 ${check.keyId} 与设置中的 ${keyId} 不同，但签名已用设置中的公钥核验通过。`] : [];
  return { signature: { status: 'valid', keyId: check.keyId }, warnings };
};

/** Every entry is the manifest, the signature, a listed material, or a folder on the way to one. */
const checkListing = (entries: Map<string, ArchiveEntry>, manifest: PackageManifest): void => {
  const listed = new Map(manifestMaterials(manifest).map(({ material }) => [material.path, material]));
  const folders = new Set([...listed.keys()].flatMap((path) => path.split('/').slice(0, -1).map((_, index, parts) => `${parts.slice(0, index + 1).join('/')}/`)));
  for (const entry of entries.values()) {
    const known = entry.name === manifestEntryName || entry.name === signatureEntryName || (entry.isDirectory ? folders.has(entry.name) : listed.has(entry.name));
    if (!known) throw rejectPackage('unlisted', entry.name);
  }
  for (const material of listed.values()) {
    const entry = entries.get(material.path);
    if (!entry) throw rejectPackage('file-missing', material.path);
    if (entry.uncompressedSize !== material.bytes)
      throw rejectPackage('wrong-size', material.path, `清单为 ${material.bytes} 字节，压缩包中为 ${entry.uncompressedSize} 字节`);
  }
};

const stageMaterials = async (
  archive: ZipArchive,
  entries: Map<string, ArchiveEntry>,
  manifest: PackageManifest,
  options: InspectOptions,
  count: (bytes: number) => void,
): Promise<StagedMaterial[]> => {
  const staged: StagedMaterial[] = [];
  for (const [index, { material }] of manifestMaterials(manifest).entries()) {
    const entry = entries.get(material.path)!;
    const file = join(options.stagingDir, String(index));
    let hashed;
    try {
      hashed = await copyHashing(await archive.openStages(entry), file, {
        limit: material.bytes,
        onBytes: count,
        ...(options.signal ? { signal: options.signal } : {}),
        tooLong: () => rejectPackage('wrong-size', material.path, `解压后超过清单所列的 ${material.bytes} 字节`),
      });
    } catch (error) {
      throw asDamaged(error, material.path);
    }
    if (hashed.bytes !== material.bytes)
      throw rejectPackage('wrong-size', material.path, `清单为 ${material.bytes} 字节，解压后为 ${hashed.bytes} 字节`);
    if (hashed.sha256 !== material.sha256) throw rejectPackage('wrong-hash', material.path, `清单为 ${material.sha256}，实际为 ${hashed.sha256}`);
    staged.push({ path: material.path, file, ...hashed });
  }
  return staged;
};

const openArchive = async (options: InspectOptions): Promise<ZipArchive> => {
  try {
    return await openZipArchive(options.archivePath);
  } catch (error) {
    throw rejectPackage('not-a-zip', options.archiveName, `无法读取目录区（${(error as Error).message}）`);
  }
};

/**
 * Validates a `.zzpkg` against every rule of DESIGN.md section 4 and copies its materials into the staging
 * folder; throws a `package-rejected` HostFailure naming the rule and the entry. Streams throughout.
 */
export const inspectPackage = async (options: InspectOptions): Promise<InspectedPackage> => {
  const archive = await openArchive(options);
  try {
    if (archive.entryCount > packageLimits.entries)
      throw rejectPackage('too-many-entries', options.archiveName, `共 ${archive.entryCount} 个条目`);
    let listed: ArchiveEntry[];
    try {
      listed = await archive.listEntries();
    } catch (error) {
      throw rejectPackage('damaged', options.archiveName, `目录区无法读取（${(error as Error).message}）`);
    }
    const entries = checkEntries(listed);
    const bytesTotal = listed.reduce((sum, entry) => sum + (entry.isDirectory ? 0 : entry.uncompressedSize), 0);
    let bytesDone = 0;
    const count = (bytes: number) => {
      bytesDone += bytes;
      options.onProgress?.(bytesDone, bytesTotal);
    };

    const manifestEntry = entries.get(manifestEntryName);
    if (!manifestEntry || manifestEntry.isDirectory) throw rejectPackage('manifest-missing', manifestEntryName);
    if (manifestEntry.uncompressedSize > packageLimits.manifestBytes)
      throw rejectPackage('manifest-too-large', manifestEntryName, `解压后 ${mebibytes(manifestEntry.uncompressedSize)}`);
    const manifestBytes = await readSmallEntry(archive, manifestEntry, options.signal);
    count(manifestBytes.length);
    const manifest = parseManifest(manifestBytes);
    const { signature, warnings } = await checkSignature(archive, entries, manifestBytes, options, count);
    checkListing(entries, manifest);
    const staged = await stageMaterials(archive, entries, manifest, options, count);
    return { manifest, signature, warnings, staged };
  } finally {
    archive.close();
  }
};
