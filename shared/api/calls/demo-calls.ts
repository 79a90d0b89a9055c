import { z } from 'zod';

/** File name of the built demo package, in `dist/demo/` during development and in the app's `demo` resources when packaged. */
export const demoPackageFileName = 'demo-meeting.zzpkg';

/** The fictional review meeting built by `npm run build:demo`, offered on the empty meeting list. */
export const demoCalls = {
  'demo.locate': { args: z.object({}).strict(), result: z.object({ path: z.string().min(1) }) },
} as const;
