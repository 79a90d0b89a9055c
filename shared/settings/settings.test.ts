import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../protocol/base64.js';
import { generateEd25519KeyPair } from '../protocol/ed25519.js';
import { defaultSettings, settingsSchema } from './settings.js';

describe('bureau key settings', () => {
  it('accepts no key, or the base64 of a raw 32-byte Ed25519 public key', () => {
    const publicKey = bytesToBase64(generateEd25519KeyPair().publicKey);
    expect(settingsSchema.parse(defaultSettings).bureauPublicKey).toBe('');
    expect(settingsSchema.parse({ ...defaultSettings, bureauKeyId: 'bureau-2026', bureauPublicKey: ` ${publicKey} ` }).bureauPublicKey).toBe(publicKey);
  });

  it('refuses a key of the wrong length or encoding with a Chinese message', () => {
    for (const bureauPublicKey of [bytesToBase64(new Uint8Array(33)), 'not-a-key']) {
      const parsed = settingsSchema.safeParse({ ...defaultSettings, bureauPublicKey });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ['bureauPublicKey'], message: expect.stringContaining('32 字节') });
    }
  });
});
