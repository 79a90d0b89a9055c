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

/** The signed string from the body's digest, for a receiver that hashes the body with a faster SHA-256 of its own. */
export const requestSigningStringOfDigest = (parts: Omit<SignedRequestParts, 'body'>, bodySha256Hex: string): string =>
  [parts.method.toUpperCase(), parts.path, parts.timestamp, parts.nonce, bodySha256Hex].join('\n');

/** `METHOD\nPATH\nTIMESTAMP\nNONCE\nhex(SHA-256(body))` (DESIGN.md section 5); an empty body hashes as zero bytes. */
export const requestSigningString = (parts: SignedRequestParts): string => requestSigningStringOfDigest(parts, sha256Hex(parts.body));

/** 128 random bits, hex: unique per request so the bureau can refuse a replay. */
export const newNonce = (): string => bytesToHex(randomBytes(16));

const nonceForm = /^[A-Za-z0-9_-]{16,128}$/;
const signatureForm = base64BytesSchema(64);
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

export type RequestHeaderCheck =
  | { ok: true; deviceId: string; nonce: string; timestamp: Date; timestampText: string; signature: string }
  | { ok: false; failure: RequestAuthFailure; header: string };

/**
 * The headers' shape and the clock skew: everything that can be checked before the body arrives,
 * so a receiver can refuse a request without reading what it sends.
 */
export const checkRequestHeaders = (headers: CheckRequestInput['headers'], now: Date): RequestHeaderCheck => {
  const values = Object.fromEntries(
    Object.entries(signatureHeaders).map(([key, name]) => [key, headerValue(headers, name)]),
  ) as Record<keyof typeof signatureHeaders, string | undefined>;
  for (const [key, name] of Object.entries(signatureHeaders)) {
    if (!values[key as keyof typeof signatureHeaders]) return { ok: false, failure: 'signature-missing', header: name };
  }
  const { device = '', timestamp = '', nonce = '', signature = '' } = values;
  if (!rfc3339.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    return { ok: false, failure: 'signature-malformed', header: signatureHeaders.timestamp };
  }
  if (!nonceForm.test(nonce)) return { ok: false, failure: 'signature-malformed', header: signatureHeaders.nonce };
  if (!signatureForm.safeParse(signature).success) {
    return { ok: false, failure: 'signature-malformed', header: signatureHeaders.signature };
  }
  const signedAt = new Date(Date.parse(timestamp));
  if (Math.abs(now.getTime() - signedAt.getTime()) > maxClockSkewMs) {
    return { ok: false, failure: 'clock-skew', header: signatureHeaders.timestamp };
  }
  return { ok: true, deviceId: device, nonce, timestamp: signedAt, timestampText: timestamp, signature };
};

/** Whether the signature in headers that passed `checkRequestHeaders` verifies over this request, given its body's digest. */
export const requestSignatureValid = (
  headers: Extract<RequestHeaderCheck, { ok: true }>,
  request: { method: string; path: string; bodySha256Hex: string; publicKey: Uint8Array },
  ed: Ed25519 = nobleEd25519,
): boolean => {
  const message = requestSigningStringOfDigest({ method: request.method, path: request.path, timestamp: headers.timestampText, nonce: headers.nonce }, request.bodySha256Hex);
  return ed.verify(base64ToBytes(headers.signature), utf8ToBytes(message), request.publicKey);
};

/**
 * Checks the headers' shape, the clock skew and the signature. Nonce replay is the caller's to
 * check (it needs storage), and only after this passes, so forged requests cannot burn nonces.
 */
export const checkRequestSignature = (input: CheckRequestInput, ed: Ed25519 = nobleEd25519): RequestAuthCheck => {
  const headers = checkRequestHeaders(input.headers, input.now);
  if (!headers.ok) return headers;
  if (!requestSignatureValid(headers, { method: input.method, path: input.path, bodySha256Hex: sha256Hex(input.body), publicKey: input.publicKey }, ed)) {
    return { ok: false, failure: 'signature-invalid', header: signatureHeaders.signature };
  }
  return { ok: true, deviceId: headers.deviceId, nonce: headers.nonce, timestamp: headers.timestamp };
};
