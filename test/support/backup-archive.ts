import { createWriteStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { collectBytes } from '../../electron/services/package/hashing-copy.js';
import { openZipArchive } from '../../electron/services/package/zip-archive.js';

/** Every entry of a `.zzbackup` by name, in the archive's order: what a tamperer would unpack. */
export const readArchive = async (path: string): Promise<Map<string, Buffer>> => {
  const archive = await openZipArchive(path);
  try {
    const entries = new Map<string, Buffer>();
    for (const entry of await archive.listEntries()) {
      entries.set(entry.name, await collectBytes(await archive.openStages(entry), { limit: entry.uncompressedSize, tooLong: () => new Error('too long') }));
    }
    return entries;
  } finally {
    archive.close();
  }
};

/** Packs entries back into a ZIP, as a tamperer would after editing one (no new signature). */
export const writeArchive = async (path: string, entries: ReadonlyMap<string, Buffer>): Promise<void> => {
  const zip = new yazl.ZipFile();
  for (const [name, content] of entries) zip.addBuffer(content, name);
  zip.end();
  await pipeline(zip.outputStream as Readable, createWriteStream(path));
};
