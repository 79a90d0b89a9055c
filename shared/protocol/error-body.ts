import { z } from 'zod';

/**
 * Error codes the bureau answers with. The code is stable English for programs; `message` is
 * Chinese for people. A client maps unknown codes by HTTP status, so new codes stay compatible.
 */
export const bureauErrorCodes = [
  'bad-request',
  'enrollment-code-invalid',
  'signature-missing',
  'signature-malformed',
  'signature-invalid',
  'clock-skew',
  'nonce-replayed',
  'unknown-device',
  'device-revoked',
  'not-found',
  'method-not-allowed',
  'payload-too-large',
  'length-required',
  'unsupported-media-type',
  'too-many-requests',
  'bureau-busy',
  'invalid-bundle',
  'path-mismatch',
  'device-mismatch',
  'bundle-signature-invalid',
  'version-conflict',
  'version-out-of-sequence',
  'not-verdict-owner',
  'internal-error',
] as const;
export type BureauErrorCode = (typeof bureauErrorCodes)[number];

/** `{"error":"<code>","message":"…"}`; `field` names the failing field of a 422 (a JSON path such as `bundle.outcome`). */
export const errorBodySchema = z.object({
  error: z.string().min(1),
  message: z.string(),
  field: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
