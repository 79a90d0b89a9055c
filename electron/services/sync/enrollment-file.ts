import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { timestampSchema } from '../../../shared/model/common.js';
import { base64BytesSchema } from '../../../shared/protocol/base64.js';
import { writeFileDurably } from '../file-service.js';
import { privateFileMode, privateFolderMode } from './device-key.js';

/**
 * What the bureau said when this device enrolled. The device id belongs with the key it was issued
 * for (`devicePublicKey`), so it lives beside the key, not in the user-editable settings.
 */
export const enrollmentRecordSchema = z.object({
  deviceId: z.string().min(1),
  deviceName: z.string(),
  devicePublicKey: base64BytesSchema(32),
  bureauUrl: z.string(),
  bureauKeyId: z.string(),
  bureauPublicKey: base64BytesSchema(32),
  enrolledAt: timestampSchema,
});
export type EnrollmentRecord = z.infer<typeof enrollmentRecordSchema>;

export const createEnrollmentFile = (dataDir: string) => {
  const folder = join(dataDir, 'device');
  const file = join(folder, 'enrollment.json');
  return {
    async read(): Promise<EnrollmentRecord | null> {
      try {
        const parsed = enrollmentRecordSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    },
    async write(record: EnrollmentRecord): Promise<void> {
      await mkdir(folder, { recursive: true, mode: privateFolderMode });
      await writeFileDurably(file, JSON.stringify(record, null, 2), privateFileMode);
    },
  };
};
