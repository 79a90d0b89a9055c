import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export const sha256Hex = (bytes: Uint8Array): string => bytesToHex(sha256(bytes));

export const sha256HexOfText = (text: string): string => sha256Hex(utf8ToBytes(text));
