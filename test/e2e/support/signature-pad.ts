import type { Locator, Page } from '@playwright/test';

/** A hand-drawn zigzag with the mouse on the signature pad inside `scope` (by default the open dialog). */
export const drawSignature = async (page: Page, scope: Page | Locator = page.getByRole('dialog')): Promise<void> => {
  const pad = scope.getByLabel('签名区', { exact: true });
  await pad.scrollIntoViewIfNeeded();
  // Hovering waits until the pad stands still (a dialog zooms in as it opens), so the strokes land where the pad stays.
  await pad.hover();
  const box = await pad.boundingBox();
  if (box === null) throw new Error('签名区不可见');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 30, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i += 1) await page.mouse.move(box.x + 30 + i * 20, y + (i % 2 === 0 ? -25 : 25), { steps: 4 });
  await page.mouse.up();
};
