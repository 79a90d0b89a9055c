import { utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

/** The exact bytes that are hashed and signed: UTF-8 of the canonical JSON. */
export const canonicalBytes = (value: unknown): Uint8Array => utf8ToBytes(canonicalJson(value));

/** SHA-256 hex over the RFC 8785 canonical JSON of `value`; key order and whitespace do not matter. */
export const digestOf = (value: unknown): string => sha256Hex(canonicalBytes(value));
