import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectPackage } from '../../electron/services/package/package-reader.js';
import { manifestSchema } from '../../shared/package/manifest.js';
import { buildDemoPackage, readPdfFonts } from './demo-package.js';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// Rendering nine PDFs twice takes a few seconds; the fonts are read once and shared by both builds.
const fonts = readPdfFonts();
const first = await buildDemoPackage(undefined, fonts);

const scratch = await mkdtemp(join(tmpdir(), 'zz-demo-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('demo package build', () => {
  it('gives the same bytes every run', async () => {
    const second = await buildDemoPackage(undefined, fonts);
    expect(sha256(second.archive)).toBe(sha256(first.archive));
  }, 120_000);

  it('writes a valid, unsigned manifest whose materials are PDFs with the recorded size and digest', () => {
    expect(manifestSchema.safeParse(first.manifest).success).toBe(true);
    const materials = first.manifest.submissions.flatMap((submission) => submission.materials);
    expect(materials).toHaveLength(9);
    for (const material of materials) {
      const content = first.files.get(material.path);
      expect(content, material.path).toBeDefined();
      expect(Buffer.from(content!.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      expect(material.bytes).toBe(content!.byteLength);
      expect(material.sha256).toBe(sha256(content!));
    }
  });

  it('passes the importer’s checks, with the 未签名 warning', async () => {
    const archivePath = join(scratch, 'demo-meeting.zzpkg');
    await writeFile(archivePath, first.archive);
    const stagingDir = join(scratch, 'staging');
    await mkdir(stagingDir);
    const inspected = await inspectPackage({ archivePath, archiveName: 'demo-meeting.zzpkg', stagingDir, bureauKey: null });
    expect(inspected.signature.status).toBe('unsigned');
    expect(inspected.manifest.meeting.id).toBe('M-2026-0147');
    expect(inspected.staged).toHaveLength(9);
  });
});
