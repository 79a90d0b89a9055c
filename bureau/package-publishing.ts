import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, promises as fs } from 'node:fs';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import yazl from 'yazl';
import { entryPathProblem, entryPathProblems } from '../shared/package/entry-path.js';
import { manifestEntryName, packageLimits, signatureEntryName } from '../shared/package/limits.js';
import { type PackageManifest, manifestSchema } from '../shared/package/manifest.js';
import { signManifest } from '../shared/package/signature.js';
import type { BureauKey } from './bureau-key.js';
import { packageFilePath } from './package-files.js';
import type { BureauRepository, PublishedPackage } from './store/repository.js';

const readEntryBytes = async (zip: ZipFile, entry: Entry, limit: number, source: string): Promise<Buffer> => {
  if (entry.uncompressedSize > limit) throw new Error(`${source} 中的 ${entry.fileName} 超过 ${limit} 字节上限`);
  const chunks: Buffer[] = [];
  for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const readManifest = (bytes: Buffer, source: string): PackageManifest => {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new Error(`${source} 的 ${manifestEntryName} 不是有效的 JSON`);
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source} 的 ${manifestEntryName} 字段 ${issue?.path.join('.') ?? ''} 无效：${issue?.message ?? ''}`);
  }
  return parsed.data;
};

/** Streams the rebuilt archive to a temporary file beside its destination, hashing it on the way. */
const writeArchive = async (archive: yazl.ZipFile, dataDir: string): Promise<{ sha256: string; bytes: number }> => {
  const temporary = packageFilePath(dataDir, `incoming-${randomUUID()}`);
  await fs.mkdir(dirname(temporary), { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(archive.outputStream, measure, createWriteStream(temporary, { flush: true }));
    const sha256 = hash.digest('hex');
    await fs.rename(temporary, packageFilePath(dataDir, sha256));
    return { sha256, bytes };
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
};

/**
 * Publishes `source` as the package for `meetingId`: checks the manifest, signs its exact bytes with
 * the bureau key into `signature.json` (replacing any earlier one), copies every other entry
 * unchanged, and makes the result what `GET /v1/meetings/{meetingId}/package` serves.
 */
export const publishPackage = async (
  deps: { dataDir: string; repository: BureauRepository; key: BureauKey },
  meetingId: string,
  source: string,
  now = new Date(),
): Promise<PublishedPackage> => {
  const zip = await yauzl.openPromise(source, { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true });
  try {
    const entries: Entry[] = [];
    for await (const entry of zip.eachEntry()) {
      if (entries.length === packageLimits.entries) throw new Error(`${source} 的条目超过 ${packageLimits.entries} 个`);
      const problem = entryPathProblem(entry.fileName);
      if (problem) throw new Error(`${source} 的条目 ${entry.fileName} 无效：${entryPathProblems[problem]}`);
      entries.push(entry);
    }
    const manifestEntry = entries.find((entry) => entry.fileName === manifestEntryName);
    if (!manifestEntry) throw new Error(`${source} 中没有 ${manifestEntryName}`);
    const manifestBytes = await readEntryBytes(zip, manifestEntry, packageLimits.manifestBytes, source);
    const manifest = readManifest(manifestBytes, source);
    if (manifest.meeting.id !== meetingId) {
      throw new Error(`${source} 是会议 ${manifest.meeting.id} 的审评包，不是会议 ${meetingId} 的`);
    }
    const archive = new yazl.ZipFile();
    archive.addBuffer(manifestBytes, manifestEntryName, { mtime: now });
    const signature = signManifest(new Uint8Array(manifestBytes), deps.key.secretKey, deps.key.keyId);
    archive.addBuffer(Buffer.from(`${JSON.stringify(signature)}\n`), signatureEntryName, { mtime: now });
    for (const entry of entries) {
      if (entry.fileName === manifestEntryName || entry.fileName === signatureEntryName) continue;
      if (entry.fileName.endsWith('/')) {
        archive.addEmptyDirectory(entry.fileName, { mtime: entry.getLastModDate() });
        continue;
      }
      archive.addReadStreamLazy(
        entry.fileName,
        { size: entry.uncompressedSize, compress: entry.compressionMethod !== 0, mtime: entry.getLastModDate() },
        (callback) => zip.openReadStream(entry, callback),
      );
    }
    archive.end();
    const { sha256, bytes } = await writeArchive(archive, deps.dataDir);
    const record: PublishedPackage = { meetingId, packageId: manifest.packageId, sha256, bytes, publishedAt: now.toISOString() };
    await deps.repository.publishPackage(record);
    return record;
  } finally {
    zip.close();
  }
};
