import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateEd25519KeyPair } from '../protocol/ed25519.js';
import { bytesToBase64 } from '../protocol/base64.js';
import { manifestSchema } from './manifest.js';
import { manifestToRecords } from './manifest-records.js';
import { decodePublicKey, signManifest, verifyManifestSignature } from './signature.js';

const sample = (): Record<string, unknown> & { submissions: { materials: { path: string }[] }[] } =>
  JSON.parse(readFileSync(new URL('../../test/fixtures/packages/sample-manifest.json', import.meta.url), 'utf8'));

const firstIssue = (json: unknown) => {
  const parsed = manifestSchema.safeParse(json);
  return parsed.success ? null : parsed.error.issues[0];
};

describe('manifestSchema', () => {
  it('accepts the sample manifest of DESIGN.md section 4', () => {
    expect(firstIssue(sample())).toBeNull();
  });

  it.each([
    ['materials/../etc/passwd', '".."'],
    ['/materials/a.pdf', '绝对路径'],
    ['materials\\a.pdf', '反斜杠'],
    ['C:/materials/a.pdf', '盘符'],
    ['other/a.pdf', 'materials/'],
  ])('refuses the material path %s', (path, words) => {
    const manifest = sample();
    manifest.submissions[0]!.materials[0]!.path = path;
    expect(firstIssue(manifest)?.message).toContain(words);
  });

  it('refuses duplicate expert ids and duplicate material paths', () => {
    const manifest = sample() as ReturnType<typeof sample> & { panel: { id: string }[] };
    manifest.panel[1]!.id = 'E01';
    expect(firstIssue(manifest)?.message).toBe('专家编号重复：E01');
    const paths = sample();
    paths.submissions[1]!.materials[0]!.path = 'materials/S01/draft.pdf';
    expect(firstIssue(paths)?.message).toBe('材料路径重复：materials/S01/draft.pdf');
  });

  it('refuses another format or version', () => {
    expect(firstIssue({ ...sample(), format: 'zip' })?.path).toEqual(['format']);
    expect(firstIssue({ ...sample(), version: 2 })?.message).toContain('仅支持 1');
  });
});

describe('manifestToRecords', () => {
  it('maps the manifest onto meeting, expert, submission and material records at their initial state', () => {
    const manifest = manifestSchema.parse(sample());
    const records = manifestToRecords(manifest, 'pkg-1');
    expect(records.meeting).toMatchObject({ id: 'M-2026-0147', packageId: 'pkg-1', reviewType: 'technical', rubric: null });
    expect(records.experts).toHaveLength(5);
    expect(records.experts.every((expert) => expert.present && expert.meetingId === 'M-2026-0147')).toBe(true);
    expect(records.submissions.map((submission) => [submission.id, submission.phase])).toEqual([
      ['S01', 'preparation'],
      ['S02', 'preparation'],
    ]);
    expect(records.submissions[0]).not.toHaveProperty('materials');
    expect(records.materials.map((material) => [material.id, material.submissionId, material.kind, material.position])).toEqual([
      ['materials/S01/draft.pdf', 'S01', 'draft', 0],
      ['materials/S01/explanation.pdf', 'S01', 'explanation', 1],
      ['materials/S02/benchmark.docx', 'S02', 'benchmark', 0],
    ]);
    expect(manifestToRecords(manifest).meeting.packageId).toBe(manifest.packageId);
  });
});

describe('manifest signature', () => {
  const manifestBytes = new TextEncoder().encode(JSON.stringify(sample()));
  const bureau = generateEd25519KeyPair();

  it('verifies a signature made with the bureau key and refuses another key or other bytes', () => {
    const signature = signManifest(manifestBytes, bureau.secretKey, 'bureau-2026');
    expect(verifyManifestSignature(manifestBytes, signature, bureau.publicKey)).toEqual({ valid: true, keyId: 'bureau-2026' });
    const stranger = generateEd25519KeyPair();
    expect(verifyManifestSignature(manifestBytes, signature, stranger.publicKey)).toMatchObject({ valid: false, keyId: 'bureau-2026' });
    const altered = manifestBytes.slice();
    altered[10] = altered[10]! ^ 1;
    expect(verifyManifestSignature(altered, signature, bureau.publicKey).valid).toBe(false);
  });

  it('explains a malformed signature file', () => {
    const check = verifyManifestSignature(manifestBytes, { alg: 'RSA', keyId: 'k', signature: 'AAAA' }, bureau.publicKey);
    expect(check).toMatchObject({ valid: false, keyId: null });
    expect(!check.valid && check.reason).toContain('签名文件格式无效');
  });

  it('decodes only a 32-byte base64 public key', () => {
    expect(decodePublicKey(bytesToBase64(bureau.publicKey))).toEqual(bureau.publicKey);
    expect(decodePublicKey(bytesToBase64(new Uint8Array(31)))).toBeNull();
    expect(decodePublicKey('not base64!')).toBeNull();
  });
});
