import type { Page } from '@playwright/test';

export type StoredMaterial = { sha256: string; bytes: number; fileName: string; mediaType: string };

/** The browser shell has no native dialog: the page hands the host the file's path, as its in-app chooser does. */
export const addMaterialFile = async (page: Page, path: string): Promise<StoredMaterial> => {
  const result = await page.evaluate(async (file) => {
    const token = document.querySelector<HTMLMetaElement>('meta[name="zz-host-token"]')?.content ?? '';
    const response = await fetch('/api/materials.add', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ path: file }),
    });
    return (await response.json()) as { ok: true; value: StoredMaterial } | { ok: false; error: { message: string } };
  }, path);
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
