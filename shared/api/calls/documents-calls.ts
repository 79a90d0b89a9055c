import { z } from 'zod';

const generatedFileSchema = z.object({
  /** A bare file name such as `M-2026-0147_S01_审评会议纪要.pdf`; the host writes it into the meeting's folder. */
  name: z.string().min(1),
  contentBase64: z.base64(),
});

/** The generated meeting documents, written to disk and shown in the system's file manager. */
export const documentsCalls = {
  'documents.save': {
    args: z
      .object({
        meeting: z.object({ id: z.string().min(1), title: z.string().min(1) }),
        /** The folder the in-app dialog chose (browser shell); under Electron the native dialog chooses. */
        folder: z.string().min(1).optional(),
        files: z.array(generatedFileSchema).min(1),
      })
      .strict(),
    /** Null when the native dialog was cancelled; `revealed` says whether the file manager was opened. */
    result: z.object({ folder: z.string(), files: z.array(z.string()), revealed: z.boolean() }).nullable(),
  },
} as const;
