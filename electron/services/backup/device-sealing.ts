import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';
import { HostFailure } from '../../../shared/api/result.js';
import type { SealedDevice } from '../../../shared/backup/backup-file.js';
import { nodeEd25519 } from '../../../node/crypto/ed25519.js';
import type { DeviceKeyPair } from '../sync/device-key.js';
import { enrollmentRecordSchema, type EnrollmentRecord } from '../sync/enrollment-file.js';
import { hostRefusal } from '../../../shared/api/host-refusal.js';

/** The workstation's identity as a backup carries it: the key, and the bureau's word at enrollment if it enrolled. */
export type DeviceIdentity = { key: DeviceKeyPair; enrollment: EnrollmentRecord | null };

export const minimumPassphraseLength = 8;

/** scrypt at N = 2^15, r = 8: about 32 MiB and a tenth of a second here, so guessing a passphrase costs that each time. */
const kdfCost = { n: 1 << 15, r: 8, p: 1 };
const maxmem = 64 * 1024 * 1024;

const derive = (passphrase: string, salt: Buffer, cost: { n: number; r: number; p: number }): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, { N: cost.n, r: cost.r, p: cost.p, maxmem }, (error, key) => (error ? reject(error) : resolve(key)));
  });

const payloadSchema = z.object({ seed: z.string(), enrollment: enrollmentRecordSchema.nullable() }).strict();

export const sealDevice = async (identity: DeviceIdentity, passphrase: string): Promise<SealedDevice> => {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await derive(passphrase, salt, kdfCost), iv);
  const payload = JSON.stringify({ seed: Buffer.from(identity.key.secretKey).toString('base64'), enrollment: identity.enrollment });
  const sealed = Buffer.concat([cipher.update(payload, 'utf8'), cipher.final()]);
  return {
    format: 'zz-device-backup',
    version: 1,
    publicKey: Buffer.from(identity.key.publicKey).toString('base64'),
    kdf: { name: 'scrypt', salt: salt.toString('base64'), ...kdfCost },
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    sealed: sealed.toString('base64'),
  };
};

export const wrongPassphrase = (fileName: string) =>
  hostRefusal('wrong-passphrase', 'passphrase', { fileName });

/**
 * Opens `device.json` with the passphrase. A wrong passphrase fails GCM's check, so it is told apart
 * from a damaged file only by that; the seed must then give the public key the file names.
 */
export const openSealedDevice = async (sealed: SealedDevice, passphrase: string, fileName: string): Promise<DeviceIdentity> => {
  const key = await derive(passphrase, Buffer.from(sealed.kdf.salt, 'base64'), sealed.kdf);
  let plain: string;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.cipher.iv, 'base64'));
    decipher.setAuthTag(Buffer.from(sealed.cipher.tag, 'base64'));
    plain = Buffer.concat([decipher.update(Buffer.from(sealed.sealed, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw wrongPassphrase(fileName);
  }
  const damaged = () => new HostFailure('invalid-backup', `备份中的设备密钥已损坏：${fileName}。未做任何恢复，本机数据保持原样`, 'path');
  let payload: z.infer<typeof payloadSchema>;
  try {
    payload = payloadSchema.parse(JSON.parse(plain));
  } catch {
    throw damaged();
  }
  const seed = Buffer.from(payload.seed, 'base64');
  const publicKey = Buffer.from(sealed.publicKey, 'base64');
  if (seed.length !== 32 || !Buffer.from(nodeEd25519.publicKeyOf(seed)).equals(publicKey)) throw damaged();
  if (payload.enrollment !== null && payload.enrollment.devicePublicKey !== sealed.publicKey) throw damaged();
  return { key: { secretKey: new Uint8Array(seed), publicKey: new Uint8Array(publicKey) }, enrollment: payload.enrollment };
};
