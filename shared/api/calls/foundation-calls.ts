import { z } from 'zod';
import { settingsPatchSchema, settingsSchema } from '../../settings/settings.js';

const noArgs = z.object({}).strict();

const fileFilterSchema = z.object({
  name: z.string().min(1),
  extensions: z.array(z.string().regex(/^[a-z0-9*]+$/i)).min(1),
});

/**
 * A path is only accepted from the renderer where the host has no native dialog (browser shell):
 * there the renderer's in-app dialog chose it. Under Electron the native dialog chooses.
 */
const chosenPath = z.string().min(1).optional();

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  platform: z.string(),
  transport: z.enum(['ipc', 'http']),
  nativeDialogs: z.boolean(),
});

export const directoryListingSchema = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  entries: z.array(
    z.object({
      name: z.string(),
      path: z.string(),
      kind: z.enum(['file', 'directory']),
      bytes: z.number().int().nonnegative(),
    }),
  ),
});

export const openedFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  contentBase64: z.string(),
});

const savedFileSchema = z.object({ path: z.string() });

/** App info, settings and files: the calls every later feature builds on. */
export const foundationCalls = {
  'app.info': { args: noArgs, result: appInfoSchema },
  'settings.get': { args: noArgs, result: settingsSchema },
  'settings.set': { args: z.object({ patch: settingsPatchSchema }).strict(), result: settingsSchema },
  'files.browse': {
    args: z.object({ path: z.string().min(1).optional() }).strict(),
    result: directoryListingSchema,
  },
  'files.open': {
    args: z
      .object({ title: z.string().min(1), filters: z.array(fileFilterSchema), path: chosenPath })
      .strict(),
    result: openedFileSchema.nullable(),
  },
  'files.save': {
    args: z
      .object({
        title: z.string().min(1),
        defaultName: z.string().min(1),
        filters: z.array(fileFilterSchema),
        contentBase64: z.string(),
        path: chosenPath,
      })
      .strict(),
    result: savedFileSchema.nullable(),
  },
} as const;
