import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CorpusDocument } from './compliance-engine.js';
import type { CorpusManifest } from './compliance-scoring.js';

/**
 * A corpus kept on disk: a folder with manifest.json beside its drafts, as write-corpus.ts writes
 * ours and as a corpus kept outside the project is laid out.
 */
export async function* folderDocuments(folder: string): AsyncGenerator<CorpusDocument> {
  const manifest = JSON.parse(await readFile(join(folder, 'manifest.json'), 'utf8')) as CorpusManifest;
  for (const entry of manifest.entries) {
    const draftBytes = new Uint8Array(await readFile(join(folder, entry.draft)));
    const noteBytes = entry.note === undefined ? undefined : new Uint8Array(await readFile(join(folder, entry.note)));
    yield { ...entry, draftBytes, ...(noteBytes === undefined ? {} : { noteBytes }) };
  }
}
