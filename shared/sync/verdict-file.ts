import { z } from 'zod';
import { signedBundleSchema, type SignedBundle } from '../bundle/signed-bundle.js';
import { bundleDigest } from '../bundle/verdict-bundle.js';
import { canonicalBytes } from '../digest/digest.js';
import { sha256Hex } from '../digest/sha256.js';
import { base64BytesSchema, base64ToBytes, bytesToBase64 } from '../protocol/base64.js';
import type { Ed25519 } from '../protocol/ed25519.js';

/** A signed verdict bundle handed over on a USB stick (DESIGN.md section 5). */
export const verdictFileExtension = 'zzverdict';

/** Characters no file system of the secretary's accepts in a name, control characters, and runs of white space. */
const unsafeInName = /[\\/:*?"<>|\p{Cc}\s]+/gu;

const namePart = (text: string): string =>
  text
    .replace(unsafeInName, '_')
    .replace(/^[._]+|[._]+$/g, '')
    .slice(0, 60);

/**
 * `浙江制造标准第12次审评会-T_ZZB_1234—2026-v1.zzverdict`: meeting, standard and version say which
 * file is which in a folder of them; a part that is empty once cleaned falls back to the ids.
 */
export const verdictFileName = (label: { meetingTitle: string; standard: string; fallback: string; versionNo: number }): string => {
  const parts = [namePart(label.meetingTitle), namePart(label.standard)].filter((part) => part.length > 0);
  const stem = parts.length > 0 ? parts.join('-') : namePart(label.fallback) || 'verdict';
  return `${stem}-v${label.versionNo}.${verdictFileExtension}`;
};

/**
 * What the bureau's administrator is shown before importing a file: the meeting's title and the
 * standard, which the bundle itself names only by id. Signed by the same device key over the
 * bundle's digest, so a file altered anywhere is refused before anyone is asked.
 */
export const handoverLabelSchema = z.strictObject({
  meetingTitle: z.string(),
  standardName: z.string(),
  proposedCode: z.string(),
  signature: base64BytesSchema(64),
});
export type HandoverLabel = z.infer<typeof handoverLabelSchema>;

/** A `.zzverdict` file: the signed bundle as sent over HTTP, with the label for the person importing it. */
export const verdictFileSchema = signedBundleSchema.extend({ handover: handoverLabelSchema.optional() });
export type VerdictFile = z.infer<typeof verdictFileSchema>;

type LabelText = Omit<HandoverLabel, 'signature'>;

const labelBytes = (digest: string, text: LabelText): Uint8Array =>
  canonicalBytes({ purpose: 'zzverdict-handover', bundleDigest: digest, meetingTitle: text.meetingTitle, standardName: text.standardName, proposedCode: text.proposedCode });

export const signHandoverLabel = (envelope: SignedBundle, text: LabelText, secretKey: Uint8Array, ed: Ed25519): HandoverLabel => ({
  ...text,
  signature: bytesToBase64(ed.sign(labelBytes(bundleDigest(envelope.bundle), text), secretKey)),
});

export const handoverLabelValid = (file: VerdictFile, digest: string, ed: Ed25519): boolean =>
  file.handover === undefined || ed.verify(base64ToBytes(file.handover.signature), labelBytes(digest, file.handover), base64ToBytes(file.publicKey));

/** How a device key is named to people: the first 16 hex digits of SHA-256 over the raw public key, in groups of four. */
export const deviceKeyFingerprint = (publicKey: Uint8Array): string =>
  sha256Hex(publicKey)
    .slice(0, 16)
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1-');

/**
 * The device id a workstation that never enrolled signs with: derived from its key, so the bureau can
 * check that the id and the key belong together and the same workstation always has the same id.
 */
export const unenrolledDeviceId = (publicKey: Uint8Array): string => `usb-${deviceKeyFingerprint(publicKey).toLowerCase()}`;

export const isUnenrolledDeviceId = (deviceId: string, publicKey: string): boolean => deviceId === unenrolledDeviceId(base64ToBytes(publicKey));
