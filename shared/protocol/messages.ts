import { z } from 'zod';
import { signedBundleSchema } from '../bundle/signed-bundle.js';
import { idSchema } from '../model/common.js';
import { base64BytesSchema } from './base64.js';
import { receiptSchema } from './receipt.js';

/** `POST /v1/devices`: the only unsigned call; the one-time code stands in for a signature. */
export const enrollmentRequestSchema = z.object({
  enrollmentCode: z.string().trim().min(1, '注册码不能为空'),
  publicKey: base64BytesSchema(32),
  deviceName: z.string().trim().min(1, '设备名称不能为空').max(200, '设备名称不能超过 200 个字符'),
});
export type EnrollmentRequest = z.infer<typeof enrollmentRequestSchema>;

export const enrollmentResponseSchema = z.object({
  deviceId: idSchema,
  bureauKeyId: z.string().min(1),
  bureauPublicKey: base64BytesSchema(32),
});
export type EnrollmentResponse = z.infer<typeof enrollmentResponseSchema>;

/** Body of 201 and 200 answers to `PUT /v1/verdicts/{verdictId}/versions/{n}`. */
export const putVerdictResponseSchema = z.object({ receipt: receiptSchema });
export type PutVerdictResponse = z.infer<typeof putVerdictResponseSchema>;

/** `GET /v1/verdicts/{verdictId}`: versions in ascending order, each as stored with its receipt. */
export const verdictHistorySchema = z.object({
  verdictId: idSchema,
  versions: z.array(z.object({ signed: signedBundleSchema, receipt: receiptSchema })),
});
export type VerdictHistory = z.infer<typeof verdictHistorySchema>;

/** Request targets as signed and sent; ids are percent-encoded so any id stays one path segment. */
export const bureauPaths = {
  devices: '/v1/devices',
  meetingPackage: (meetingId: string): string => `/v1/meetings/${encodeURIComponent(meetingId)}/package`,
  verdict: (verdictId: string): string => `/v1/verdicts/${encodeURIComponent(verdictId)}`,
  verdictVersion: (verdictId: string, versionNo: number): string =>
    `/v1/verdicts/${encodeURIComponent(verdictId)}/versions/${versionNo}`,
} as const;
