import { workstationCaller } from '../../../test/support/callers.js';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import yazl from 'yazl';
import type { PackageJobState } from '../../../shared/api/calls/package-calls.js';
import { HostFailure } from '../../../shared/api/result.js';
import { manifestSchema, type PackageManifest } from '../../../shared/package/manifest.js';
import { bytesToBase64 } from '../../../shared/protocol/base64.js';
import { generateEd25519KeyPair } from '../../../shared/protocol/ed25519.js';
import type { HostDeps } from '../host-deps.js';
import { createPackageHandlers } from '../package-handlers.js';
import { openPackageServices } from './package-services.js';
import { manifestBytesOf, withMaterialDigests, writePackageBytes, type PackageSigningKey } from './package-writer.js';
import { rejectionRules, type RejectionRule } from './package-rejection.js';

const work = mkdtempSync(join(tmpdir(), 'zz-package-'));
afterAll(() => rm(work, { recursive: true, force: true }));

/** Deterministic pseudo-random bytes (mulberry32), so every run crafts the same archives. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
/** Incompressible and reproducible: SHA-256 in counter mode. */
const noise = (length: number, seed: number) => {
  const blocks = Array.from({ length: Math.ceil(length / 32) }, (_, index) => createHash('sha256').update(`${seed}:${index}`).digest());
  return new Uint8Array(Buffer.concat(blocks).subarray(0, length));
};
/** Half text, half noise: deflate really compresses it, as with real PDFs. */
const materialContent = (length: number, seed: number) => {
  const text = Buffer.from('浙江制造标准 5.2.1 技术要求 '.repeat(length));
  return Uint8Array.from([...text.subarray(0, length / 2), ...noise(length / 2, seed)]);
};

const sampleJson = JSON.parse(readFileSync(new URL('../../../test/fixtures/packages/sample-manifest.json', import.meta.url), 'utf8'));
const sampleFiles = () =>
  new Map<string, Uint8Array>([
    ['materials/S01/draft.pdf', materialContent(6000, 1)],
    ['materials/S01/explanation.pdf', materialContent(3000, 2)],
    ['materials/S02/benchmark.docx', materialContent(4000, 3)],
  ]);
const sampleManifest = (): PackageManifest => withMaterialDigests(manifestSchema.parse(sampleJson), sampleFiles());

const bureau = generateEd25519KeyPair();
const bureauKey: PackageSigningKey = { keyId: 'bureau-2026', secretKey: bureau.secretKey };

const samplePackage = (options: { signingKey?: PackageSigningKey; manifest?: PackageManifest; files?: Map<string, Uint8Array> } = {}) =>
  writePackageBytes({ manifest: options.manifest ?? sampleManifest(), files: options.files ?? sampleFiles(), ...(options.signingKey ? { signingKey: options.signingKey } : {}) });

type Entry = { name: string; content: Uint8Array | string; mode?: number };

/** Any archive at all, for the packages the writer would never produce. */
const zipOf = async (entries: Entry[]): Promise<Buffer> => {
  const zip = new yazl.ZipFile();
  for (const { name, content, mode } of entries) {
    // Empty entries stored rather than deflated: yazl is slow to deflate thousands of them.
    const options = { mtime: new Date(2026, 0, 1), forceDosTimestamp: true, ...(mode ? { mode } : {}) };
    if (name.endsWith('/')) zip.addEmptyDirectory(name, options);
    else zip.addBuffer(Buffer.from(content), name, { ...options, compress: content.length > 0 });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

const validEntries = (manifest: unknown = sampleManifest(), files = sampleFiles()): Entry[] => [
  { name: 'manifest.json', content: JSON.stringify(manifest) },
  ...[...files].map(([name, content]) => ({ name, content })),
];

/** yazl refuses unsafe names, so an entry is written under a placeholder and its name bytes patched afterwards. */
const renameEntry = (zip: Buffer, placeholder: string, name: string): Buffer => {
  const from = Buffer.from(placeholder);
  const to = Buffer.from(name);
  expect(to.length).toBe(from.length);
  const patched = Buffer.from(zip);
  let found = 0;
  for (let at = patched.indexOf(from); at !== -1; at = patched.indexOf(from, at + 1), found += 1) to.copy(patched, at);
  expect(found).toBe(2);
  return patched;
};

/** Rewrites fields of one central-directory record, the part of the archive a reader trusts first. */
const patchCentralDirectory = (zip: Buffer, name: string, fields: { compressedSize?: number; uncompressedSize?: number }): Buffer => {
  const patched = Buffer.from(zip);
  const endOfDirectory = patched.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = patched.readUInt32LE(endOfDirectory + 16);
  while (patched.readUInt32LE(at) === 0x02014b50) {
    const nameLength = patched.readUInt16LE(at + 28);
    const recordLength = 46 + nameLength + patched.readUInt16LE(at + 30) + patched.readUInt16LE(at + 32);
    if (patched.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      if (fields.compressedSize !== undefined) patched.writeUInt32LE(fields.compressedSize, at + 20);
      if (fields.uncompressedSize !== undefined) patched.writeUInt32LE(fields.uncompressedSize, at + 24);
      return patched;
    }
    at += recordLength;
  }
  throw new Error(`no central directory record for ${name}`);
};

/** Every file and folder under the data folder with the hash of its content. */
const snapshot = async (root: string): Promise<string[]> => {
  const listing: string[] = [];
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        listing.push(`${relative(root, path)}/`);
        await walk(path);
      } else listing.push(`${relative(root, path)} ${createHash('sha256').update(await readFile(path)).digest('hex')}`);
    }
  };
  await walk(root);
  return listing.sort();
};

let archiveCount = 0;
const archiveFile = async (bytes: Uint8Array, name = `package-${(archiveCount += 1)}.zzpkg`) => {
  const path = join(work, name);
  await writeFile(path, bytes);
  return path;
};

const hostFor = (dataDir: string, settings: Record<string, unknown> = {}) => {
  const deps: HostDeps = {
    appName: 'test',
    version: '0.0.0',
    dataDir,
    platform: 'linux',
    transport: 'http',
    dialogs: null,
    settings: { store: settings },
  };
  const packages = openPackageServices(deps);
  const handlers = createPackageHandlers(deps, packages);
  /** What `meeting.import` does first: the staged materials into the content store. */
  const commit = (jobId: string) => packages.jobs.commit(jobId);
  const inspect = async (bytes: Uint8Array): Promise<{ jobId: string; state: PackageJobState }> => {
    const { jobId } = await handlers['package.inspect']({ path: await archiveFile(bytes) }, workstationCaller);
    for (;;) {
      const state = await handlers['package.job']({ jobId }, workstationCaller);
      if (state.state !== 'running') return { jobId, state };
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
  };
  return { handlers, inspect, commit };
};

const keySettings = { bureauKeyId: 'bureau-2026', bureauPublicKey: bytesToBase64(bureau.publicKey) };

const failureOf = async (promise: Promise<unknown>): Promise<HostFailure> => {
  try {
    await promise;
  } catch (error) {
    if (error instanceof HostFailure) return error;
    throw error;
  }
  throw new Error('expected a HostFailure');
};

describe('package rejections', () => {
  const dataDir = join(work, 'rejections');
  let host: ReturnType<typeof hostFor>;
  let before: string[];

  beforeAll(async () => {
    await mkdir(dataDir);
    await writeFile(join(dataDir, 'settings.json'), '{}');
    host = hostFor(dataDir, keySettings);
    // A store that already holds an earlier import must come out of every rejection untouched.
    const earlier = await host.inspect(await samplePackage({ signingKey: bureauKey }));
    expect(earlier.state.state).toBe('ready');
    await host.commit(earlier.jobId);
    before = await snapshot(dataDir);
    expect(before.some((line) => line.startsWith('materials/'))).toBe(true);
  });

  const expectRejected = async (bytes: Uint8Array, rule: RejectionRule, entry: string | RegExp) => {
    const { state } = await host.inspect(bytes);
    if (state.state !== 'rejected') throw new Error(`expected a rejection for ${rule}, got ${state.state}`);
    expect(state.error.code).toBe('package-rejected');
    expect(state.error.message).toContain(rejectionRules[rule]);
    if (typeof entry === 'string') {
      expect(state.error.message).toContain(entry);
      expect(state.error.field).toBe(entry);
    } else expect(state.error.field).toMatch(entry);
    expect(await snapshot(dataDir)).toEqual(before);
    return state.error;
  };

  it.each([
    ['path-parent', 'materials/../outside.pdf'],
    ['path-absolute', '/materials/S01/draft.pdf'],
    ['path-backslash', 'materials\\S01\\draft.pdf'],
    ['path-drive', 'C:/materials/S01/draft.pdf'],
  ] as const)('%s: %s', async (rule, name) => {
    const placeholder = 'Z'.repeat(Buffer.byteLength(name));
    const zip = await zipOf([...validEntries(), { name: placeholder, content: 'x' }]);
    await expectRejected(renameEntry(zip, placeholder, name), rule, name);
  });

  it('link entry', async () => {
    const entries = validEntries().map((entry) => (entry.name === 'materials/S01/draft.pdf' ? { ...entry, mode: 0o120777 } : entry));
    await expectRejected(await zipOf(entries), 'link', 'materials/S01/draft.pdf');
  });

  it('entry not listed in the manifest', async () => {
    await expectRejected(await zipOf([...validEntries(), { name: 'materials/S01/extra.pdf', content: 'x' }]), 'unlisted', 'materials/S01/extra.pdf');
  });

  it('folder entry that leads to no listed file', async () => {
    await expectRejected(await zipOf([...validEntries(), { name: 'materials/S09/', content: '' }]), 'unlisted', 'materials/S09/');
  });

  it('duplicate entry', async () => {
    const [, draft] = validEntries();
    await expectRejected(await zipOf([...validEntries(), draft!]), 'duplicate-entry', 'materials/S01/draft.pdf');
  });

  it('listed file missing', async () => {
    const files = sampleFiles();
    files.delete('materials/S01/explanation.pdf');
    await expectRejected(await zipOf(validEntries(sampleManifest(), files)), 'file-missing', 'materials/S01/explanation.pdf');
  });

  it('wrong size', async () => {
    const manifest = sampleManifest();
    manifest.submissions[0]!.materials[0]!.bytes += 1;
    const error = await expectRejected(await zipOf(validEntries(manifest)), 'wrong-size', 'materials/S01/draft.pdf');
    expect(error.message).toContain('6001');
  });

  it('wrong hash', async () => {
    const manifest = sampleManifest();
    manifest.submissions[1]!.materials[0]!.sha256 = 'a'.repeat(64);
    await expectRejected(await zipOf(validEntries(manifest)), 'wrong-hash', 'materials/S02/benchmark.docx');
  });

  it('more than 2,000 entries', async () => {
    const filler = Array.from({ length: 1997 }, (_, index) => ({ name: `materials/f${index}.txt`, content: '' }));
    const error = await expectRejected(await zipOf([...validEntries(), ...filler]), 'too-many-entries', /^package-\d+\.zzpkg$/);
    expect(error.message).toContain('2001');
  });

  it('a file over 200 MiB', async () => {
    const zip = patchCentralDirectory(await zipOf(validEntries()), 'materials/S01/draft.pdf', { uncompressedSize: 201 * 1024 * 1024, compressedSize: 100 * 1024 * 1024 });
    await expectRejected(zip, 'file-too-large', 'materials/S01/draft.pdf');
  });

  it('over 2 GiB in all', async () => {
    const names = Array.from({ length: 11 }, (_, index) => `materials/big-${index}.bin`);
    let zip = await zipOf([...validEntries(), ...names.map((name) => ({ name, content: 'x' }))]);
    for (const name of names) zip = patchCentralDirectory(zip, name, { uncompressedSize: 199 * 1024 * 1024, compressedSize: 2 * 1024 * 1024 });
    await expectRejected(zip, 'total-too-large', 'materials/big-10.bin');
  });

  it('compression ratio over 200 (a zip bomb)', async () => {
    const files = sampleFiles();
    files.set('materials/S01/draft.pdf', new Uint8Array(8 * 1024 * 1024));
    const bytes = await samplePackage({ manifest: withMaterialDigests(manifestSchema.parse(sampleJson), files), files });
    await expectRejected(bytes, 'compression-ratio', 'materials/S01/draft.pdf');
  });

  it('missing manifest', async () => {
    await expectRejected(await zipOf(validEntries().slice(1)), 'manifest-missing', 'manifest.json');
  });

  it('oversized manifest', async () => {
    const padded = { ...sampleManifest(), padding: Buffer.from(noise(900 * 1024, 9)).toString('base64') };
    const error = await expectRejected(await zipOf(validEntries(padded)), 'manifest-too-large', 'manifest.json');
    expect(error.message).toContain('1.2 MiB');
  });

  it('malformed manifest', async () => {
    const [, ...rest] = validEntries();
    await expectRejected(await zipOf([{ name: 'manifest.json', content: '{"format":"zzpkg","version":1,' }, ...rest]), 'manifest-invalid', 'manifest.json');
  });

  it('manifest that breaks the schema names the field', async () => {
    const error = await expectRejected(await zipOf(validEntries({ ...sampleManifest(), panel: [] })), 'manifest-invalid', 'manifest.json');
    expect(error.message).toContain('panel');
  });

  it('unknown format', async () => {
    await expectRejected(await zipOf(validEntries({ ...sampleManifest(), format: 'zzbackup' })), 'unknown-format', 'manifest.json');
  });

  it('unknown version', async () => {
    const error = await expectRejected(await zipOf(validEntries({ ...sampleManifest(), version: 2 })), 'unknown-version', 'manifest.json');
    expect(error.message).toContain('version 为 2');
  });

  it('wrong signature when a bureau key is configured', async () => {
    const stranger = generateEd25519KeyPair();
    const error = await expectRejected(await samplePackage({ signingKey: { keyId: 'bureau-2026', secretKey: stranger.secretKey } }), 'bad-signature', 'signature.json');
    expect(error.message).toContain('bureau-2026');
  });

  it('a manifest changed after signing', async () => {
    const signed = await samplePackage({ signingKey: bureauKey });
    const tampered = await zipOf([
      { name: 'manifest.json', content: manifestBytesOf({ ...sampleManifest(), issuedAt: '2026-11-21T09:00:00+08:00' }) },
      { name: 'signature.json', content: await signatureOf(signed) },
      ...validEntries().slice(1),
    ]);
    await expectRejected(tampered, 'bad-signature', 'signature.json');
  });

  it('not a ZIP archive at all', async () => {
    await expectRejected(Buffer.from('%PDF-1.7 not a package'), 'not-a-zip', /^package-\d+\.zzpkg$/);
  });
});

/** The `signature.json` bytes of a signed package, read back through the reader-independent entry list. */
const signatureOf = async (zip: Buffer): Promise<Buffer> => {
  const yauzl = (await import('yauzl')).default;
  const archive = await yauzl.fromBufferPromise(zip, { lazyEntries: true });
  for await (const entry of archive.eachEntry()) {
    if (entry.fileName !== 'signature.json') continue;
    const chunks: Buffer[] = [];
    for await (const chunk of await archive.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }
  throw new Error('unsigned');
};

describe('package signatures', () => {
  const cases = [
    { name: 'signed with the configured key', settings: keySettings, signed: true, status: 'valid', warnings: 0 },
    { name: 'unsigned with a key configured', settings: keySettings, signed: false, status: 'unsigned', warnings: 1 },
    { name: 'unsigned without a key', settings: {}, signed: false, status: 'unsigned', warnings: 1 },
    { name: 'signed without a key', settings: {}, signed: true, status: 'unchecked', warnings: 1 },
  ] as const;

  it.each(cases)('$name → $status', async ({ settings, signed, status, warnings }) => {
    const dataDir = mkdtempSync(join(work, 'signature-'));
    const { inspect, handlers } = hostFor(dataDir, settings);
    const { jobId, state } = await inspect(await samplePackage(signed ? { signingKey: bureauKey } : {}));
    if (state.state !== 'ready') throw new Error(`expected a preview, got ${JSON.stringify(state)}`);
    expect(state.preview.signature).toEqual({ status, keyId: signed ? 'bureau-2026' : null });
    expect(state.preview.warnings).toHaveLength(warnings);
    expect(state.preview.manifest).toEqual(sampleManifest());
    await handlers['package.discard']({ jobId }, workstationCaller);
    expect(await snapshot(dataDir)).toEqual([]);
  });
});

describe('commit and the material store', () => {
  let dataDir: string;
  let host: ReturnType<typeof hostFor>;
  beforeEach(() => {
    dataDir = mkdtempSync(join(work, 'store-'));
    host = hostFor(dataDir);
  });

  const blobLines = () =>
    [...sampleFiles().values()].map((content) => {
      const sha = createHash('sha256').update(content).digest('hex');
      return `materials/${sha.slice(0, 2)}/${sha} ${sha}`;
    });

  it('moves the staged materials into the content-addressed store and leaves nothing in staging', async () => {
    const { jobId, state } = await host.inspect(await samplePackage());
    expect(state.state).toBe('ready');
    const result = await host.commit(jobId);
    expect(result.materials).toEqual(sampleManifest().submissions.flatMap((s) => s.materials.map(({ sha256, bytes }) => ({ sha256, bytes }))));
    const listing = await snapshot(dataDir);
    expect(listing.filter((line) => !line.endsWith('/'))).toEqual(blobLines().sort());
    expect(listing.some((line) => line.startsWith('staging'))).toBe(false);
    expect(await host.commit(jobId)).toEqual(result);
  });

  it('committing the same package twice changes nothing the second time', async () => {
    const first = await host.inspect(await samplePackage());
    await host.commit(first.jobId);
    const afterFirst = await snapshot(dataDir);
    const second = await host.inspect(await samplePackage());
    expect((await host.commit(second.jobId)).materials).toHaveLength(3);
    expect(await snapshot(dataDir)).toEqual(afterFirst);
  });

  it('refuses to commit a rejected job', async () => {
    const { jobId } = await host.inspect(Buffer.from('garbage'));
    expect((await failureOf(host.commit(jobId))).code).toBe('job-not-ready');
  });

  it('discard removes the staged files', async () => {
    const { jobId } = await host.inspect(await samplePackage());
    await host.handlers['package.discard']({ jobId }, workstationCaller);
    expect(await snapshot(dataDir)).toEqual([]);
    expect((await failureOf(host.handlers['package.job']({ jobId }, workstationCaller))).code).toBe('not-found');
  });

  it('reports progress while running and the archive size in the preview', async () => {
    const bytes = await samplePackage();
    const { jobId } = await host.handlers['package.inspect']({ path: await archiveFile(bytes) }, workstationCaller);
    const first = await host.handlers['package.job']({ jobId }, workstationCaller);
    expect(first.state).toBe('running');
    let state = first;
    while (state.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 1));
      state = await host.handlers['package.job']({ jobId }, workstationCaller);
    }
    if (state.state !== 'ready') throw new Error(state.state);
    expect(state.preview.bytes).toBe(bytes.length);
    expect(state.preview.fileName).toMatch(/\.zzpkg$/);
  });

  it('materials.read returns stored content and refuses unknown or malformed digests', async () => {
    const { jobId } = await host.inspect(await samplePackage());
    const { materials } = await host.commit(jobId);
    const read = await host.handlers['materials.read']({ sha256: materials[0]!.sha256 }, workstationCaller);
    expect(Buffer.from(read.contentBase64, 'base64')).toEqual(Buffer.from(sampleFiles().get('materials/S01/draft.pdf')!));
    expect(read.bytes).toBe(6000);
    const missing = await failureOf(host.handlers['materials.read']({ sha256: 'b'.repeat(64) }, workstationCaller));
    expect(missing).toMatchObject({ code: 'not-found', field: 'sha256' });
    expect(missing.message).toContain('材料库中没有');
    expect((await failureOf(host.handlers['materials.read']({ sha256: '../../etc/passwd' }, workstationCaller))).code).toBe('invalid-arguments');
  });

  it('materials.add stream-hashes a PDF or DOCX into the store', async () => {
    const content = materialContent(5000, 7);
    const source = join(work, '送审稿.pdf');
    await writeFile(source, content);
    const added = await host.handlers['materials.add']({ path: source }, workstationCaller);
    const sha256 = createHash('sha256').update(content).digest('hex');
    expect(added).toEqual({ sha256, bytes: 5000, fileName: '送审稿.pdf', mediaType: 'application/pdf' });
    expect(Buffer.from((await host.handlers['materials.read']({ sha256 }, workstationCaller)).contentBase64, 'base64')).toEqual(Buffer.from(content));
    const docx = join(work, 'explanation.DOCX');
    await writeFile(docx, 'docx');
    expect((await host.handlers['materials.add']({ path: docx }, workstationCaller)).mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect((await snapshot(dataDir)).some((line) => line.startsWith('staging'))).toBe(false);
  });

  it('materials.add refuses other types and files over 200 MiB and writes nothing', async () => {
    const text = join(work, 'notes.txt');
    await writeFile(text, 'x');
    expect(await failureOf(host.handlers['materials.add']({ path: text }, workstationCaller))).toMatchObject({ code: 'unsupported-type', field: 'path' });
    const huge = join(work, 'huge.pdf');
    await writeFile(huge, '');
    await truncate(huge, 200 * 1024 * 1024 + 1);
    const refused = await failureOf(host.handlers['materials.add']({ path: huge }, workstationCaller));
    expect(refused.code).toBe('too-large');
    expect(refused.message).toContain('200 MiB');
    await rm(huge);
    expect(await snapshot(dataDir)).toEqual([]);
  });
});

describe('writer', () => {
  it('writes the same bytes every time', async () => {
    const first = await samplePackage({ signingKey: bureauKey });
    const second = await samplePackage({ signingKey: bureauKey });
    expect(first.equals(second)).toBe(true);
  });
});

describe('mutation fuzz', () => {
  it('a few hundred flipped or truncated packages: each is refused or previewed intact, never half-imported', { timeout: 120_000 }, async () => {
    const next = prng(20261128);
    const original = await samplePackage({ signingKey: bureauKey });
    const expected = sampleManifest();
    const dataDir = mkdtempSync(join(work, 'fuzz-'));
    const keyed = hostFor(dataDir, keySettings);
    const keyless = hostFor(dataDir);
    const outcomes = { rejected: 0, ready: 0 };

    for (let round = 0; round < 300; round += 1) {
      const mutated = Buffer.from(original);
      const truncating = next() < 0.25;
      if (truncating) {
        const cut = Math.floor(next() * mutated.length);
        await inspectCase(mutated.subarray(0, cut));
        continue;
      }
      const flips = 1 + Math.floor(next() * 4);
      for (let flip = 0; flip < flips; flip += 1) {
        const at = Math.floor(next() * mutated.length);
        mutated[at] = mutated[at]! ^ (1 + Math.floor(next() * 255));
      }
      await inspectCase(mutated);
    }

    async function inspectCase(bytes: Buffer) {
      const host = next() < 0.5 ? keyed : keyless;
      const { jobId, state } = await host.inspect(bytes);
      if (state.state === 'rejected') {
        outcomes.rejected += 1;
        expect(state.error.code).toBe('package-rejected');
      } else {
        outcomes.ready += 1;
        if (state.state !== 'ready') throw new Error(state.state);
        expect(state.preview.manifest).toEqual(expected);
        await host.commit(jobId);
      }
      const listing = await snapshot(dataDir);
      expect(listing.filter((line) => line.startsWith('staging'))).toEqual([]);
    }

    expect(outcomes.rejected).toBeGreaterThan(50);
    expect(outcomes.ready).toBeGreaterThan(0);
    // Whatever reached the store is the original materials, each under its own digest, and nothing else.
    const stored = (await snapshot(dataDir)).filter((entry) => !entry.endsWith('/'));
    const originals = expected.submissions.flatMap((submission) => submission.materials.map(({ sha256 }) => `materials/${sha256.slice(0, 2)}/${sha256} ${sha256}`));
    expect(stored.sort()).toEqual(originals.sort());
  });
});
