import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

test('the workstation opens in Chinese, keeps a changed setting across a reload and switches to English', async () => {
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await expect(page.getByText('还没有审评会')).toBeVisible();
    await expect(page.getByRole('button', { name: '导入评审包', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '新建审评会', exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('meetings-empty') });

    await page.getByRole('menuitem', { name: '设置', exact: true }).click();
    await page.getByLabel('会议秘书').fill('王晓燕');
    await page.getByLabel('省局上报地址').fill('ftp://bureau.example');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('上报地址须以 http:// 或 https:// 开头')).toBeVisible();
    await page.screenshot({ path: screenshotPath('settings-invalid') });

    await page.getByLabel('省局上报地址').fill('https://bureau.example/zz');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('设置已保存')).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('会议秘书')).toHaveValue('王晓燕');
    await expect(page.getByLabel('省局上报地址')).toHaveValue('https://bureau.example/zz');
    await page.screenshot({ path: screenshotPath('settings-kept') });

    await page.getByText('English').click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByRole('menuitem', { name: 'Settings', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.getByText('Meeting secretary')).toBeVisible();
    await page.getByRole('menuitem', { name: 'About', exact: true }).click();
    await expect(page.getByText(workstation.dataDir)).toBeVisible();
    await page.screenshot({ path: screenshotPath('about-english') });
  } finally {
    await context.close();
    await workstation.stop();
  }
});
