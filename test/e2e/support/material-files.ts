import { dirname } from 'node:path';
import type { Page } from '@playwright/test';

export type StoredMaterial = { sha256: string; bytes: number; fileName: string; mediaType: string };

/**
 * The browser shell has no native dialog: as its in-app chooser does, the page lists the file's folder
 * (which grants the files shown) and hands the host the file's path.
 */
export const addMaterialFile = async (page: Page, path: string): Promise<StoredMaterial> => {
  const result = await page.evaluate(
    async ({ folder, file }) => {
      const call = async (name: string, args: unknown) => {
        const response = await fetch(`/api/${name}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(args) });
        return (await response.json()) as { ok: true; value: StoredMaterial } | { ok: false; error: { message: string } };
      };
      const listed = await call('files.browse', { path: folder });
      return listed.ok ? call('materials.add', { path: file }) : listed;
    },
    { folder: dirname(path), file: path },
  );
  if (!result.ok) throw new Error(`materials.add ${path}: ${result.error.message}`);
  return result.value;
};

/** The material record of a stored file, as import writes it for submission S01. */
export const materialRow = (meetingId: string, id: string, kind: string, title: string, stored: StoredMaterial) => ({
  id,
  meetingId,
  submissionId: 'S01',
  kind,
  title,
  path: `materials/S01/${stored.fileName}`,
  mediaType: stored.mediaType,
  bytes: stored.bytes,
  sha256: stored.sha256,
});
