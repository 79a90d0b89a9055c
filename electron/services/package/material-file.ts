import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { HostFailure } from '../../../shared/api/result.js';
import { packageLimits } from '../../../shared/package/limits.js';
import { copyHashing } from './hashing-copy.js';
import type { MaterialStore } from './material-store.js';
import type { Staging } from './staging.js';
import { hostRefusal, hostRefusalAs } from '../../../shared/api/host-refusal.js';

/** What a secretary may attach by hand: the formats the materials reader shows. */
export const attachableMediaTypes: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const tooLarge = (path: string) => hostRefusalAs('too-large', 'refusal.reason.material-too-large', 'path', { path });

/** Streams a PDF or DOCX from disk into the material store, hashing it on the way. */
export const addMaterialFile = async (path: string, deps: { staging: Staging; store: MaterialStore }) => {
  const fileName = basename(path);
  const mediaType = attachableMediaTypes[extname(path).toLowerCase()];
  if (!mediaType) throw hostRefusal('unsupported-type', 'path', { fileName });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw hostRefusalAs('is-directory', 'refusal.reason.not-a-file', 'path', { path });
    size = info.size;
  } catch (error) {
    if (error instanceof HostFailure) throw error;
    throw hostRefusalAs('not-found', 'refusal.reason.file-missing', 'path', { path });
  }
  if (size > packageLimits.fileBytes) throw tooLarge(path);

  const id = randomUUID();
  try {
    const folder = await deps.staging.create(id);
    const staged = join(folder, 'material');
    const source = createReadStream(path, { highWaterMark: 1024 * 1024 });
    const hashed = await copyHashing([source], staged, { limit: packageLimits.fileBytes, tooLong: () => tooLarge(path) });
    await deps.store.adopt(staged, hashed.sha256, hashed.bytes);
    return { ...hashed, fileName, mediaType };
  } finally {
    await deps.staging.remove(id);
  }
};
