import { expect, type Page } from '@playwright/test';

/** In the folder dialog that 「生成文档」 or 「导出全部」 opened: choose `target`, confirm, and wait until the documents are saved. */
export const saveDocumentsInto = async (page: Page, target: string, { timeoutMs = 120_000 } = {}): Promise<void> => {
  const chooser = page.getByRole('dialog', { name: '选择保存审评文档的文件夹', exact: true });
  await chooser.getByLabel('文件夹', { exact: true }).fill(target);
  await chooser.getByRole('button', { name: '前往', exact: true }).click();
  await expect(chooser.getByLabel('文件夹', { exact: true })).toHaveValue(target);
  await chooser.getByRole('button', { name: '确定', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '审评文档已保存', exact: true })).toBeVisible({ timeout: timeoutMs });
};
