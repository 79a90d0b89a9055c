import { expect, type Page } from '@playwright/test';
import { drawSignature } from './signature-pad.js';
import { screenshotPath } from './workstation.js';

/**
 * Steps every review takes on the secretary's screen, whatever its kind: an expert's pledge, their PIN
 * at the gate of their own screens, the signed submission of a sheet, and the signature on the panel's
 * opinion.
 */

/** Opens `name`'s pledge, draws the signature and types a new PIN twice (`pinAgain` may differ, to be refused); returns the dialog, not yet confirmed. */
export const fillPledge = async (page: Page, name: string, pin: string, pinAgain = pin) => {
  await page.getByRole('button', { name: `${name}签署承诺`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('公正性声明及保密承诺', { exact: true })).toBeVisible();
  await drawSignature(page);
  await dialog.getByLabel('设置个人 PIN（4–6 位数字）').fill(pin);
  await dialog.getByLabel('再次输入 PIN').fill(pinAgain);
  return dialog;
};

/** `name` signs the pledge with `pin` and the screen confirms it. */
export const signPledge = async (page: Page, name: string, pin: string) => {
  const dialog = await fillPledge(page, name, pin);
  await dialog.getByRole('button', { name: '确认签署', exact: true }).click();
  await expect(page.getByText(`已保存：${name}的承诺已签署`)).toBeVisible();
};

/** The expert's personal PIN, when the gate asks for it; then the screen names them. */
export const unlockExpert = async (page: Page, name: string, pin: string) => {
  const field = page.locator('#zz-expert-pin');
  await expect(field.or(page.getByText(`当前专家：${name}`))).toBeVisible();
  if (await field.isVisible()) {
    await field.fill(pin);
    await page.getByRole('button', { name: '验证并进入', exact: true }).click();
  }
  await expect(page.getByText(`当前专家：${name}`)).toBeVisible();
};

/** The submit step: the expert signs version `n` of their sheet (评分, or the kind's 复审意见表) by hand, then submits it. */
export const signAndSubmit = async (page: Page, versionNo: number, screenshot?: string, sheet = '评分') => {
  const dialog = page.getByRole('dialog', { name: `签名提交第 ${versionNo} 版${sheet}`, exact: true });
  const confirm = dialog.getByRole('button', { name: '签名并提交', exact: true });
  await expect(confirm).toBeDisabled();
  await drawSignature(page);
  await expect(confirm).toBeEnabled();
  // The buttons fade from disabled to enabled; the picture shows where they end up.
  if (screenshot !== undefined) await page.screenshot({ path: screenshotPath(screenshot), animations: 'disabled' });
  await confirm.click();
  await expect(dialog).toBeHidden();
};

/** On the sign-off screen: `name` enters their PIN, signs the panel's opinion with the mouse and confirms. */
export const signOpinion = async (page: Page, name: string, pin: string, screenshot?: string) => {
  await page.getByRole('button', { name: `${name}签名`, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('#zz-expert-pin').fill(pin);
  await dialog.getByRole('button', { name: '验证并进入', exact: true }).click();
  await drawSignature(page);
  if (screenshot !== undefined) await page.screenshot({ path: screenshotPath(screenshot) });
  await dialog.getByRole('button', { name: '确认签名', exact: true }).click();
  await expect(page.getByRole('img', { name: `${name}的签名`, exact: true })).toBeVisible();
};
