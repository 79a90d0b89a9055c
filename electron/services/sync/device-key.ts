import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { HostFailure } from '../../../shared/api/result.js';
import type { KeyProtection } from '../../../shared/api/calls/sync-calls.js';
import { base64BytesSchema } from '../../../shared/protocol/base64.js';
import { generateEd25519KeyPair } from '../../../shared/protocol/ed25519.js';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import { writeFileDurably } from '../file-service.js';
import type { SecretProtector } from './secret-protector.js';

export interface DeviceKeyPair {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

const keyFileSchema = z.object({
  format: z.literal('zz-device-key'),
  version: z.literal(1),
  protection: z.enum(['os-keystore', 'file']),
  publicKey: base64BytesSchema(32),
  /** The 32-byte seed, base64: as it is for `file`, encrypted by the key store for `os-keystore`. */
  secretKey: z.string().min(1),
  createdAt: z.string(),
});

const parseKeyFile = (text: string) => {
  try {
    return keyFileSchema.safeParse(JSON.parse(text));
  } catch {
    return null;
  }
};

/** Only the user may read the folder and the file, whichever way the key is protected. */
export const privateFolderMode = 0o700;
export const privateFileMode = 0o600;

/**
 * The workstation's Ed25519 device key in `<dataDir>/device/device-key.json`, created on first use.
 * With a key store the seed is stored encrypted by it; without one, in a file only the user can
 * read, which `protection()` reports so the settings page can warn.
 */
export const createDeviceKeyStore = (dataDir: string, protector: SecretProtector | undefined) => {
  const folder = join(dataDir, 'device');
  const file = join(folder, 'device-key.json');
  const keyStoreReady = () => protector?.isAvailable() === true;
  let loaded: Promise<DeviceKeyPair | null> | null = null;

  const write = async (pair: DeviceKeyPair, createdAt: string): Promise<KeyProtection> => {
    const protection: KeyProtection = keyStoreReady() ? 'os-keystore' : 'file';
    const seed = Buffer.from(pair.secretKey);
    const stored = protection === 'os-keystore' ? protector!.encrypt(seed) : seed;
    const content = {
      format: 'zz-device-key',
      version: 1,
      protection,
      publicKey: Buffer.from(pair.publicKey).toString('base64'),
      secretKey: stored.toString('base64'),
      createdAt,
    };
    await mkdir(folder, { recursive: true, mode: privateFolderMode });
    await writeFileDurably(file, JSON.stringify(content, null, 2), privateFileMode);
    return protection;
  };

  const read = async (): Promise<DeviceKeyPair | null> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new HostFailure('device-key', `无法读取设备密钥文件 ${file}：${(error as Error).message}`, 'deviceKey');
    }
    const parsed = parseKeyFile(text);
    if (!parsed?.success) throw new HostFailure('device-key', `设备密钥文件已损坏：${file}`, 'deviceKey');
    const record = parsed.data;
    let seed: Buffer = Buffer.from(record.secretKey, 'base64');
    if (record.protection === 'os-keystore') {
      if (!keyStoreReady()) {
        throw new HostFailure('device-key', `设备私钥由系统密钥库加密，但当前无法使用系统密钥库解密：${file}`, 'deviceKey');
      }
      seed = protector!.decrypt(seed);
    }
    const publicKey = Buffer.from(record.publicKey, 'base64');
    if (seed.length !== 32 || !Buffer.from(nodeEd25519.publicKeyOf(seed)).equals(publicKey)) {
      throw new HostFailure('device-key', `设备密钥文件中的私钥与公钥不匹配：${file}`, 'deviceKey');
    }
    const pair = { secretKey: new Uint8Array(seed), publicKey: new Uint8Array(publicKey) };
    // A key saved before the key store was available moves under its protection at the first chance.
    if (record.protection === 'file' && keyStoreReady()) await write(pair, record.createdAt);
    return pair;
  };

  const current = (): Promise<DeviceKeyPair | null> => {
    // Only a key is remembered: "no key yet" is read again, since a restore may put one in place meanwhile.
    loaded ??= read().then(
      (pair) => {
        if (pair === null) loaded = null;
        return pair;
      },
      (error: unknown) => {
        loaded = null;
        throw error;
      },
    );
    return loaded;
  };

  return {
    file,
    /** The key if one exists; never creates it. */
    current,
    async loadOrCreate(now: Date): Promise<DeviceKeyPair> {
      const existing = await current();
      if (existing) return existing;
      const created = (async () => {
        const pair = generateEd25519KeyPair();
        await write(pair, now.toISOString());
        return pair;
      })();
      loaded = created;
      return created;
    },
    /**
     * Puts a key restored from a backup in place (the caller has checked it is the only key this
     * workstation has, or the same one), protected as a new key would be.
     */
    async adopt(pair: DeviceKeyPair, now: Date): Promise<void> {
      await write(pair, now.toISOString());
      loaded = Promise.resolve(pair);
    },
    /** How the key is (or, before it exists, would be) kept at rest. */
    async protection(): Promise<KeyProtection> {
      const parsed = parseKeyFile(await readFile(file, 'utf8').catch(() => ''));
      if (parsed?.success) return parsed.data.protection;
      // No key yet, or unreadable: what a new key would get.
      return keyStoreReady() ? 'os-keystore' : 'file';
    },
  };
};
export type DeviceKeyStore = ReturnType<typeof createDeviceKeyStore>;
