import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { manifestEntryName, signatureEntryName } from '../../../shared/package/limits.js';
import type { PackageManifest } from '../../../shared/package/manifest.js';
import { signManifest } from '../../../shared/package/signature.js';

export type PackageSigningKey = { keyId: string; secretKey: Uint8Array };

export type PackageContents = {
  manifest: PackageManifest;
  /** Archive path → content; the manifest's material paths, normally. Streams are read once. */
  files: Map<string, Uint8Array | Readable>;
  signingKey?: PackageSigningKey;
};

/** Local-time fields of a constant date: with DOS timestamps only, the archive is identical in every time zone. */
const fixedModified = new Date(2026, 0, 1, 0, 0, 0);
const entryOptions = { mtime: fixedModified, mode: 0o100644, forceDosTimestamp: true };

/** The exact bytes written as `manifest.json`; the signature covers these bytes. */
export const manifestBytesOf = (manifest: PackageManifest): Buffer => Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');

/**
 * A `.zzpkg` as a stream: manifest first, then the signature when a key is given, then the files in the
 * map's order. Deterministic (fixed timestamps and modes) so a package built twice from the same input is
 * byte-identical. The manifest is written as given, so tests can also build packages that must be refused.
 */
export const writePackage = ({ manifest, files, signingKey }: PackageContents): Readable => {
  const zip = new yazl.ZipFile();
  const manifestBytes = manifestBytesOf(manifest);
  zip.addBuffer(manifestBytes, manifestEntryName, entryOptions);
  if (signingKey) {
    const signature = signManifest(manifestBytes, signingKey.secretKey, signingKey.keyId);
    zip.addBuffer(Buffer.from(JSON.stringify(signature), 'utf8'), signatureEntryName, entryOptions);
  }
  for (const [path, content] of files) {
    if (content instanceof Uint8Array) zip.addBuffer(Buffer.from(content.buffer, content.byteOffset, content.byteLength), path, entryOptions);
    else zip.addReadStream(content, path, entryOptions);
  }
  zip.end();
  return zip.outputStream as Readable;
};

export const writePackageFile = async (contents: PackageContents, path: string): Promise<{ bytes: number }> => {
  await pipeline(writePackage(contents), createWriteStream(path));
  return { bytes: (await stat(path)).size };
};

export const writePackageBytes = async (contents: PackageContents): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of writePackage(contents)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

/** `bytes` and `sha256` of every listed material taken from the content about to be packed, for builders that hold it in memory. */
export const withMaterialDigests = (manifest: PackageManifest, files: ReadonlyMap<string, Uint8Array>): PackageManifest => ({
  ...manifest,
  submissions: manifest.submissions.map((submission) => ({
    ...submission,
    materials: submission.materials.map((material) => {
      const content = files.get(material.path);
      if (!content) throw new Error(`缺少材料文件内容：${material.path}`);
      return { ...material, bytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex') };
    }),
  })),
});
