import { z } from 'zod';
import { sha256HexSchema } from '../../model/common.js';
import { manifestSchema } from '../../package/manifest.js';

/** As in the foundation calls: a path only where the host has no native dialog (browser shell). */
const chosenPath = z.string().min(1).optional();

export const jobIdSchema = z.uuid('导入任务编号无效');

export const packagePreviewSchema = z.object({
  jobId: jobIdSchema,
  fileName: z.string(),
  path: z.string(),
  /** Size of the archive file. */
  bytes: z.int().nonnegative(),
  manifest: manifestSchema,
  /** `unchecked`: the package is signed but no bureau key is configured. A wrong signature is a rejection, never a preview. */
  signature: z.object({
    status: z.enum(['valid', 'unsigned', 'unchecked']),
    keyId: z.string().nullable(),
  }),
  /** Problems found that do not prevent the import, in Chinese. */
  warnings: z.array(z.string()),
});
export type PackagePreview = z.infer<typeof packagePreviewSchema>;

export const packageJobStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('running'), bytesDone: z.int().nonnegative(), bytesTotal: z.int().nonnegative() }),
  z.object({ state: z.literal('ready'), preview: packagePreviewSchema }),
  z.object({
    state: z.literal('rejected'),
    error: z.object({ code: z.string(), message: z.string(), field: z.string().nullable() }),
  }),
]);
export type PackageJobState = z.infer<typeof packageJobStateSchema>;

export const storedMaterialSchema = z.object({ sha256: sha256HexSchema, bytes: z.int().nonnegative() });

/** Review packages in, material files out of the content-addressed store in the data folder. */
export const packageCalls = {
  'package.inspect': {
    /**
     * Where the package comes from: `chosen` through a dialog (the default), `dropped` onto the window (its path is
     * accepted under Electron too, since the user's drop chose it), `demo` the bundled demo package the host locates,
     * or `downloadId`: a package `sync.downloadPackage` fetched from the bureau.
     */
    args: z
      .object({ path: chosenPath, origin: z.enum(['chosen', 'dropped', 'demo']).optional(), downloadId: z.uuid('下载编号无效').optional() })
      .strict(),
    result: z.object({ jobId: jobIdSchema }),
  },
  'package.job': { args: z.object({ jobId: jobIdSchema }).strict(), result: packageJobStateSchema },
  'package.discard': { args: z.object({ jobId: jobIdSchema }).strict(), result: z.null() },
  'materials.read': {
    args: z.object({ sha256: sha256HexSchema }).strict(),
    result: z.object({ contentBase64: z.string(), bytes: z.int().nonnegative() }),
  },
  'materials.add': {
    args: z.object({ path: chosenPath }).strict(),
    result: storedMaterialSchema.extend({ fileName: z.string().min(1), mediaType: z.string().min(1) }),
  },
} as const;
