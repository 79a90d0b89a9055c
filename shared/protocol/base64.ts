import { z } from 'zod';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const valueOf = new Map([...alphabet].map((char, index) => [char, index]));
const canonicalForm = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Standard base64 with padding (RFC 4648 section 4); shared/ has neither Buffer nor atob. */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out += alphabet[(triple >> 18) & 63];
    out += alphabet[(triple >> 12) & 63];
    out += i + 1 < bytes.length ? alphabet[(triple >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? alphabet[triple & 63] : '=';
  }
  return out;
};

/** Bytes that canonical base64 `text` decodes to, without decoding it. */
const decodedLength = (text: string): number => (text.length / 4) * 3 - (text.match(/=+$/)?.[0].length ?? 0);

/** Strict decoding: rejects whitespace, the URL alphabet and missing padding rather than guessing. */
export const base64ToBytes = (text: string): Uint8Array => {
  if (!canonicalForm.test(text)) throw new TypeError('不是有效的 base64 文本');
  const out = new Uint8Array(decodedLength(text));
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let triple = 0;
    for (let j = 0; j < 4; j += 1) triple = (triple << 6) | (valueOf.get(text[i + j] ?? '=') ?? 0);
    for (const shift of [16, 8, 0]) {
      if (o < out.length) out[o++] = (triple >> shift) & 255;
    }
  }
  return out;
};

/** A base64 string that decodes to exactly `length` bytes (a raw Ed25519 key is 32, a signature 64). */
export const base64BytesSchema = (length: number) =>
  z.string().refine((text) => canonicalForm.test(text) && decodedLength(text) === length, {
    message: `须为 ${length} 字节的 base64 编码`,
  });
