import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { sha256Hex } from '../digest/sha256.js';
import { base64BytesSchema, base64ToBytes, bytesToBase64 } from './base64.js';
import { type Ed25519, nobleEd25519 } from './ed25519.js';

/** Header names as sent; Node lowercases incoming header names, so compare case-insensitively. */
export const signatureHeaders = {
  device: 'X-ZZ-Device',
  timestamp: 'X-ZZ-Timestamp',
  nonce: 'X-ZZ-Nonce',
  signature: 'X-ZZ-Signature',
} as const;

/** A request older or newer than this (by the bureau's clock) is refused. */
export const maxClockSkewMs = 5 * 60 * 1000;

export interface SignedRequestParts {
  method: string;
  /** The request target exactly as sent on the wire (path and query, percent-encoded). */
  path: string;
  /** RFC 3339 time of signing. */
  timestamp: string;
  nonce: string;
  body: Uint8Array;
}

/** `METHOD\nPATH\nTIMESTAMP\nNONCE\nhex(SHA-256(body))` (DESIGN.md section 5); an empty body hashes as zero bytes. */
export const requestSigningString = (parts: SignedRequestParts): string =>
  [parts.method.toUpperCase(), parts.path, parts.timestamp, parts.nonce, sha256Hex(parts.body)].join('\n');

/** 128 random bits, hex: unique per request so the bureau can refuse a replay. */
export const newNonce = (): string => bytesToHex(randomBytes(16));

const nonceForm = /^[A-Za-z0-9_-]{16,128}$/;
const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;

export interface SignRequestInput {
  method: string;
  path: string;
  body?: Uint8Array | string;
  deviceId: string;
  secretKey: Uint8Array;
  /** Defaults to the current time and a fresh nonce; tests pin them. */
  now?: Date;
  nonce?: string;
}

const bodyBytes = (body: Uint8Array | string | undefined): Uint8Array =>
  body === undefined ? new Uint8Array(0) : typeof body === 'string' ? utf8ToBytes(body) : body;

/** The four headers that authenticate one request from an enrolled device. */
export const signRequest = (input: SignRequestInput, ed: Ed25519 = nobleEd25519): Record<string, string> => {
  const timestamp = (input.now ?? new Date()).toISOString();
  const nonce = input.nonce ?? newNonce();
  const message = requestSigningString({ method: input.method, path: input.path, timestamp, nonce, body: bodyBytes(input.body) });
  return {
    [signatureHeaders.device]: input.deviceId,
    [signatureHeaders.timestamp]: timestamp,
    [signatureHeaders.nonce]: nonce,
    [signatureHeaders.signature]: bytesToBase64(ed.sign(utf8ToBytes(message), input.secretKey)),
  };
};

/** Why a request's signature was refused; each maps to a 401 with the same error code. */
export type RequestAuthFailure =
  | 'signature-missing'
  | 'signature-malformed'
  | 'clock-skew'
  | 'signature-invalid';

export type RequestAuthCheck =
  | { ok: true; deviceId: string; nonce: string; timestamp: Date }
  | { ok: false; failure: RequestAuthFailure; header: string };

const headerValue = (headers: Readonly<Record<string, string | string[] | undefined>>, name: string): string | undefined => {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? undefined : value;
};

/** The claimed device of a request, to look its key up before `checkRequestSignature`. */
export const requestDeviceId = (headers: Readonly<Record<string, string | string[] | undefined>>): string | undefined =>
  headerValue(headers, signatureHeaders.device);

export interface CheckRequestInput {
  method: string;
  path: string;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: Uint8Array;
  publicKey: Uint8Array;
  now: Date;
}

/**
 * Checks the headers' shape, the clock skew and the signature. Nonce replay is the caller's to
 * check (it needs storage), and only after this passes, so forged requests cannot burn nonces.
 */
export const checkRequestSignature = (input: CheckRequestInput, ed: Ed25519 = nobleEd25519): RequestAuthCheck => {
  const values = Object.fromEntries(
    Object.entries(signatureHeaders).map(([key, name]) => [key, headerValue(input.headers, name)]),
  ) as Record<keyof typeof signatureHeaders, string | undefined>;
  for (const [key, name] of Object.entries(signatureHeaders)) {
    if (!values[key as keyof typeof signatureHeaders]) return { ok: false, failure: 'signature-missing', header: name };
  }
  const { device = '', timestamp = '', nonce = '', signature = '' } = values;
  if (!rfc3339.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    return { ok: false, failure: 'signature-malformed', header: signatureHeaders.timestamp };
  }
  if (!nonceForm.test(nonce)) return { ok: false, failure: 'signature-malformed', header: signatureHeaders.nonce };
  if (!base64BytesSchema(64).safeParse(signature).success) {
    return { ok: false, failure: 'signature-malformed', header: signatureHeaders.signature };
  }
  const signedAt = new Date(Date.parse(timestamp));
  if (Math.abs(input.now.getTime() - signedAt.getTime()) > maxClockSkewMs) {
    return { ok: false, failure: 'clock-skew', header: signatureHeaders.timestamp };
  }
  const message = requestSigningString({ method: input.method, path: input.path, timestamp, nonce, body: input.body });
  if (!ed.verify(base64ToBytes(signature), utf8ToBytes(message), input.publicKey)) {
    return { ok: false, failure: 'signature-invalid', header: signatureHeaders.signature };
  }
  return { ok: true, deviceId: device, nonce, timestamp: signedAt };
};
