import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import { createDeviceKeyStore } from './device-key.js';
import type { SecretProtector } from './secret-protector.js';

/** A stand-in for safeStorage: reversible, and visibly not the plain bytes. */
const xorProtector = (available = true): SecretProtector & { available: boolean } => ({
  available,
  isAvailable() {
    return this.available;
  },
  encrypt: (plain) => Buffer.concat([Buffer.from('enc:'), Buffer.from(plain.map((b) => b ^ 0x5a))]),
  decrypt: (encrypted) => Buffer.from(encrypted.subarray(4).map((b) => b ^ 0x5a)),
});

const now = new Date('2026-11-28T09:00:00.000Z');

/** RFC 8032 test 1's key pair, as device-key.json stores it without a key store. */
const rfc8032KeyFile = {
  format: 'zz-device-key',
  version: 1,
  protection: 'file',
  publicKey: '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=',
  secretKey: 'nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=',
  createdAt: '2026-11-28T09:00:00.000Z',
};
let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'zz-device-key-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('device key store', () => {
  it('creates the key on first use and returns the same key afterwards, also from a new store', async () => {
    const store = createDeviceKeyStore(dataDir, undefined);
    expect(await store.current()).toBeNull();
    const created = await store.loadOrCreate(now);
    expect(created.publicKey).toHaveLength(32);
    expect(await store.loadOrCreate(now)).toBe(created);
    const reopened = await createDeviceKeyStore(dataDir, undefined).current();
    expect(Buffer.from(reopened!.secretKey).equals(Buffer.from(created.secretKey))).toBe(true);
  });

  it('without a key store keeps the seed in a file only the user can read, and says so', async () => {
    const store = createDeviceKeyStore(dataDir, xorProtector(false));
    expect(await store.protection()).toBe('file');
    const key = await store.loadOrCreate(now);
    expect((await stat(store.file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dataDir, 'device'))).mode & 0o777).toBe(0o700);
    const content = JSON.parse(await readFile(store.file, 'utf8'));
    expect(content).toMatchObject({ protection: 'file', secretKey: Buffer.from(key.secretKey).toString('base64') });
    expect(await store.protection()).toBe('file');
  });

  it('with a key store writes only the encrypted seed', async () => {
    const protector = xorProtector();
    const store = createDeviceKeyStore(dataDir, protector);
    expect(await store.protection()).toBe('os-keystore');
    const key = await store.loadOrCreate(now);
    const text = await readFile(store.file, 'utf8');
    expect(text).not.toContain(Buffer.from(key.secretKey).toString('base64'));
    expect(JSON.parse(text).protection).toBe('os-keystore');
    const reopened = await createDeviceKeyStore(dataDir, protector).current();
    expect(Buffer.from(reopened!.publicKey).equals(Buffer.from(key.publicKey))).toBe(true);
  });

  it('moves a plain key under the key store once one is available', async () => {
    const key = await createDeviceKeyStore(dataDir, undefined).loadOrCreate(now);
    const store = createDeviceKeyStore(dataDir, xorProtector());
    expect(Buffer.from((await store.current())!.secretKey).equals(Buffer.from(key.secretKey))).toBe(true);
    expect(JSON.parse(await readFile(store.file, 'utf8')).protection).toBe('os-keystore');
  });

  it('names the file when the key store that encrypted the key is gone', async () => {
    const protector = xorProtector();
    await createDeviceKeyStore(dataDir, protector).loadOrCreate(now);
    protector.available = false;
    const store = createDeviceKeyStore(dataDir, protector);
    await expect(store.current()).rejects.toMatchObject({ code: 'device-key', field: 'deviceKey', message: expect.stringContaining(store.file) });
  });

  it('reads a key file an earlier version wrote (the raw seed in base64) and signs with it', async () => {
    const store = createDeviceKeyStore(dataDir, undefined);
    await mkdir(join(dataDir, 'device'));
    await writeFile(store.file, JSON.stringify(rfc8032KeyFile));
    const key = await store.current();
    expect(Buffer.from(key!.publicKey).toString('base64')).toBe(rfc8032KeyFile.publicKey);
    const message = new TextEncoder().encode('裁决');
    expect(nodeEd25519.verify(nodeEd25519.sign(message, key!.secretKey), message, key!.publicKey)).toBe(true);
  });

  it('refuses a file whose public key does not belong to its private key', async () => {
    const store = createDeviceKeyStore(dataDir, undefined);
    await store.loadOrCreate(now);
    const content = JSON.parse(await readFile(store.file, 'utf8'));
    await writeFile(store.file, JSON.stringify({ ...content, publicKey: Buffer.alloc(32, 7).toString('base64') }));
    await expect(createDeviceKeyStore(dataDir, undefined).current()).rejects.toMatchObject({ message: expect.stringContaining('不匹配') });
  });
});
