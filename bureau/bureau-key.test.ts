import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeEd25519 } from '../node/crypto/ed25519.js';
import { bureauKeyFileName, loadOrCreateBureauKey } from './bureau-key.js';

describe('bureau key', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'zz-bureau-key-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('is created on first start, readable only by its owner, and loaded unchanged afterwards', async () => {
    const created = await loadOrCreateBureauKey(dir, new Date('2026-11-20T00:00:00Z'));
    expect(created.keyId).toMatch(/^bureau-2026-[0-9a-f]{8}$/);
    expect((await fs.stat(join(dir, bureauKeyFileName))).mode & 0o777).toBe(0o600);
    expect(nodeEd25519.publicKeyOf(created.secretKey)).toEqual(created.publicKey);
    expect(await loadOrCreateBureauKey(dir)).toEqual(created);
  });

  it('yields one key when two starts race', async () => {
    const [a, b] = await Promise.all([loadOrCreateBureauKey(dir), loadOrCreateBureauKey(dir)]);
    expect(a).toEqual(b);
  });

  it('reads a key file an earlier version wrote (the raw seed in base64) and signs with it', async () => {
    const file = {
      alg: 'Ed25519',
      keyId: 'bureau-2026-21fe31df',
      secretKey: 'nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=',
      publicKey: '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=',
      createdAt: '2026-11-20T00:00:00.000Z',
    };
    await fs.writeFile(join(dir, bureauKeyFileName), JSON.stringify(file), { mode: 0o600 });
    const key = await loadOrCreateBureauKey(dir);
    expect(key.keyId).toBe(file.keyId);
    const message = new TextEncoder().encode('回执');
    expect(nodeEd25519.verify(nodeEd25519.sign(message, key.secretKey), message, key.publicKey)).toBe(true);
  });

  it('refuses a key file whose halves do not belong together', async () => {
    await loadOrCreateBureauKey(dir);
    const path = join(dir, bureauKeyFileName);
    const file = JSON.parse(await fs.readFile(path, 'utf8'));
    const other = await loadOrCreateBureauKey(await fs.mkdtemp(join(dir, 'other-')));
    await fs.writeFile(path, JSON.stringify({ ...file, publicKey: Buffer.from(other.publicKey).toString('base64') }));
    await expect(loadOrCreateBureauKey(dir)).rejects.toThrow('公钥与私钥不匹配');
  });
});
