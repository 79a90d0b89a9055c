import { createHash, randomBytes } from 'node:crypto';
import { constants, promises as fs } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { base64BytesSchema, base64ToBytes, bytesToBase64 } from '../shared/protocol/base64.js';
import { nodeEd25519 } from '../node/crypto/ed25519.js';

/** The bureau's signing identity: it signs receipts and published packages. */
export interface BureauKey {
  keyId: string;
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

const keyFileSchema = z.object({
  alg: z.literal('Ed25519'),
  keyId: z.string().min(1),
  secretKey: base64BytesSchema(32),
  publicKey: base64BytesSchema(32),
  createdAt: z.string(),
});

export const bureauKeyFileName = 'bureau-key.json';

const keyIdFor = (publicKey: Uint8Array, createdAt: Date): string =>
  `bureau-${createdAt.getUTCFullYear()}-${createHash('sha256').update(publicKey).digest('hex').slice(0, 8)}`;

const readKey = async (path: string): Promise<BureauKey> => {
  const stat = await fs.stat(path);
  if ((stat.mode & 0o077) !== 0) {
    console.warn(`警告：密钥文件 ${path} 可被其他用户读取，请执行 chmod 600`);
  }
  const parsed = keyFileSchema.safeParse(JSON.parse(await fs.readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`密钥文件 ${path} 格式无效：${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  const secretKey = base64ToBytes(parsed.data.secretKey);
  const publicKey = base64ToBytes(parsed.data.publicKey);
  if (bytesToBase64(nodeEd25519.publicKeyOf(secretKey)) !== parsed.data.publicKey) {
    throw new Error(`密钥文件 ${path} 的公钥与私钥不匹配`);
  }
  return { keyId: parsed.data.keyId, secretKey, publicKey };
};

/**
 * Loads the key from the data folder, creating it on first start: written whole to a file of its
 * own with mode 0600, then linked into place, which fails if another process got there first. So
 * two processes starting at once cannot both write one, and neither ever reads a half-written key.
 */
export const loadOrCreateBureauKey = async (dataDir: string, now = new Date()): Promise<BureauKey> => {
  const path = join(dataDir, bureauKeyFileName);
  try {
    return await readKey(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secretKey = new Uint8Array(randomBytes(32));
  const publicKey = nodeEd25519.publicKeyOf(secretKey);
  const keyId = keyIdFor(publicKey, now);
  const file = {
    alg: 'Ed25519',
    keyId,
    secretKey: bytesToBase64(secretKey),
    publicKey: bytesToBase64(publicKey),
    createdAt: now.toISOString(),
  };
  const written = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await fs.open(written, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.link(written, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKey(path);
    throw error;
  } finally {
    await fs.rm(written, { force: true });
  }
  return { keyId, secretKey, publicKey };
};
