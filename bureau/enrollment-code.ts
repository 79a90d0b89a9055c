import { createHash, randomInt } from 'node:crypto';

// Crockford-style alphabet without 0/O, 1/I/L: the code is read aloud or typed from paper.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const groups = 4;
const groupLength = 4;

/** A one-time code like `K7QM-2XWP-H9TD-4RBN` (about 79 bits). */
export const newEnrollmentCode = (): string =>
  Array.from({ length: groups }, () => Array.from({ length: groupLength }, () => alphabet[randomInt(alphabet.length)]).join('')).join('-');

/** Case, spaces and dashes do not matter when the code is typed back in. */
export const normalizeEnrollmentCode = (code: string): string => code.toUpperCase().replace(/[\s-]/g, '');

/** Only the hash is stored, so a copy of the database does not hand out live codes. */
export const enrollmentCodeHash = (code: string): string =>
  createHash('sha256').update(normalizeEnrollmentCode(code)).digest('hex');

/** How long an unused code stays valid. */
export const enrollmentCodeLifetimeMs = 7 * 24 * 60 * 60 * 1000;
