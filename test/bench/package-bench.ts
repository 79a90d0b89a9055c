import { workstationCaller } from '../support/callers.js';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createHostHandlers } from '../../electron/services/host-handlers.js';
import { writePackageFile } from '../../electron/services/package/package-writer.js';
import type { PackageManifest } from '../../shared/package/manifest.js';
import type { BenchFigure } from './figure.js';

const mebibyte = 1024 * 1024;
/** Four drafts of incompressible bytes (as compressed PDFs are) and one half-text file: 100 MiB in all. */
const materialSizes = [30, 30, 25, 13].map((size) => size * mebibyte);
const textBytes = 2 * mebibyte;
const childFlag = '--package-import-child';

type ChildReport = { ms: number; baselineRss: number; peakRss: number };

/** Writes a file chunk by chunk so the bench's own process never holds a material whole. */
const writeMaterial = async (path: string, bytes: number, chunk: () => Buffer) => {
  const hash = createHash('sha256');
  const handle = await open(path, 'w');
  try {
    for (let written = 0; written < bytes; ) {
      const piece = chunk().subarray(0, bytes - written);
      hash.update(piece);
      await handle.write(piece);
      written += piece.length;
    }
  } finally {
    await handle.close();
  }
  return { bytes, sha256: hash.digest('hex') };
};

const buildPackage = async (folder: string): Promise<string> => {
  const text = Buffer.from('5.2.1 额定容量：电热水壶的实际容量不应小于额定容量的 95%。\n'.repeat(8192)).subarray(0, mebibyte / 2);
  const specs = [
    ...materialSizes.map((bytes, index) => ({ path: `materials/S0${index + 1}/draft.pdf`, bytes, chunk: () => randomBytes(mebibyte) })),
    { path: 'materials/S01/explanation.pdf', bytes: textBytes, chunk: () => Buffer.concat([text, randomBytes(mebibyte / 2)]) },
  ];
  const files = new Map<string, string>();
  const submissions: PackageManifest['submissions'] = [];
  for (const [index, spec] of specs.entries()) {
    const file = join(folder, `material-${index}`);
    const digest = await writeMaterial(file, spec.bytes, spec.chunk);
    files.set(spec.path, file);
    const submissionId = spec.path.split('/')[1]!;
    let submission = submissions.find((candidate) => candidate.id === submissionId);
    if (!submission) {
      submission = { id: submissionId, standardName: `基准测试标准 ${submissionId}`, proposedCode: '', standardKind: 'product', leadDrafter: '基准测试起草单位', coDrafters: [], revisionOf: null, materials: [] };
      submissions.push(submission);
    }
    submission.materials.push({ kind: 'draft', title: '送审稿', path: spec.path, mediaType: 'application/pdf', ...digest });
  }
  const manifest: PackageManifest = {
    format: 'zzpkg',
    version: 1,
    packageId: '00000000-0000-4000-8000-000000000100',
    issuedAt: '2026-11-20T09:00:00+08:00',
    issuer: { name: '浙江省市场监督管理局', keyId: 'bench' },
    meeting: { id: 'M-BENCH', title: '基准测试审评会', reviewType: 'technical', startsAt: '2026-11-28T09:30:00+08:00', venue: '', organizer: '', rubric: null, rules: null },
    panel: [{ id: 'E01', name: '基准专家', organization: '基准测试单位', title: '', field: '', role: 'chair', affiliations: [] }],
    submissions,
  };
  const archive = join(folder, 'bench.zzpkg');
  await writePackageFile({ manifest, files: new Map([...files].map(([path, file]) => [path, createReadStream(file)])) }, archive);
  return archive;
};

/** DESIGN.md section 8 gives `unzip | sha256sum` as the yardstick; timed beside ours, a busy machine shows in both. */
const unzipBaselineMs = async (archive: string): Promise<number | null> => {
  const start = performance.now();
  try {
    await promisify(execFile)('sh', ['-c', 'unzip -p "$1" | sha256sum', 'sh', archive]);
  } catch {
    return null;
  }
  return performance.now() - start;
};

/** Runs in a fresh process so its peak resident memory belongs to the import alone. */
const importInChild = async (archive: string, dataDir: string): Promise<ChildReport> => {
  const handlers = createHostHandlers({
    appName: 'bench',
    version: '0',
    dataDir,
    platform: process.platform,
    transport: 'http',
    dialogs: null,
    settings: { store: {} },
  });
  const baselineRss = process.memoryUsage().rss;
  let peakRss = baselineRss;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);
  const start = performance.now();
  const { jobId } = await handlers['package.inspect']({ path: archive }, workstationCaller);
  for (let state = await handlers['package.job']({ jobId }, workstationCaller); state.state !== 'ready'; state = await handlers['package.job']({ jobId }, workstationCaller)) {
    if (state.state === 'rejected') throw new Error(state.error.message);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await handlers['meeting.import']({ jobId }, workstationCaller);
  const ms = performance.now() - start;
  clearInterval(sampler);
  // maxRSS (KiB) also catches a peak between two samples.
  peakRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  return { ms, baselineRss, peakRss };
};

if (process.argv[2] === childFlag) {
  const [archive, dataDir] = process.argv.slice(3) as [string, string];
  process.stdout.write(JSON.stringify(await importInChild(archive, dataDir)));
}

export const measure = async (): Promise<BenchFigure[]> => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-package-bench-'));
  try {
    const archive = await buildPackage(folder);
    const dataDir = join(folder, 'data');
    await mkdir(dataDir);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), childFlag, archive, dataDir]);
    const report = JSON.parse(stdout) as ChildReport;
    const total = materialSizes.reduce((sum, size) => sum + size, textBytes);
    const label = `package.import ${Math.round(total / mebibyte)} MiB`;
    const baseline = await unzipBaselineMs(archive);
    return [
      { name: label, value: report.ms / 1000, unit: 's', goal: '≤ 2 s' },
      { name: `${label} peak memory growth`, value: (report.peakRss - report.baselineRss) / mebibyte, unit: 'MiB', goal: '≤ 64 MiB' },
      ...(baseline === null ? [] : [{ name: `${label} yardstick: unzip -p | sha256sum`, value: baseline / 1000, unit: 's', goal: '0.5 s on an idle machine' }]),
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
};
