import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bureauProcess } from './support/bureau-process.js';
import { addMaterialFile, materialRow } from './support/material-files.js';
import { putRows } from './support/review-package.js';
import { seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { finalise, signedOffMeeting } from './support/signed-off-meeting.js';
import { buildStandardDraftPdf } from './support/standard-draft-pdf.js';
import { freePort, openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

test.describe.configure({ timeout: 300_000 });

const passphrase = '西湖龙井-2026';

const inFolder = async (page: Page, title: string, folder: string) => {
  const dialog = page.getByRole('dialog', { name: title, exact: true });
  await dialog.getByLabel('文件夹').fill(folder);
  await dialog.getByRole('button', { name: '前往', exact: true }).click();
  await expect(dialog.getByLabel('文件夹')).toHaveValue(folder);
  return dialog;
};

/** 「从备份恢复…」 with `typed` as the passphrase, choosing `fileName` in `folder`. */
const restoreWith = async (page: Page, typed: string, folder: string, fileName: string) => {
  await page.getByRole('button', { name: '从备份恢复…', exact: true }).click();
  const ask = page.getByRole('dialog', { name: '从备份恢复？', exact: true });
  await ask.getByLabel('备份口令（备份含设备密钥时必填）').fill(typed);
  await page.screenshot({ path: screenshotPath('restore-wiped-passphrase') });
  await ask.getByRole('button', { name: '替换并恢复', exact: true }).click();
  const dialog = await inFolder(page, '选择要恢复的备份文件', folder);
  await dialog.getByText(fileName, { exact: true }).click();
  await dialog.getByRole('button', { name: '确定', exact: true }).click();
};

test('a backup restored onto an empty data folder opens its materials and reports without a new enrollment', async () => {
  const bureau = bureauProcess(await mkdtemp(join(tmpdir(), 'zz-e2e-bureau-')), await freePort());
  const backupDir = await mkdtemp(join(tmpdir(), 'zz-e2e-backup-'));
  const materialDir = await mkdtemp(join(tmpdir(), 'zz-e2e-material-'));
  await writeFile(join(materialDir, '送审稿.pdf'), await buildStandardDraftPdf());
  await bureau.start();
  let deviceId: string;

  // The workstation that made the backup: enrolled, one meeting with its material, a verdict not yet reported.
  const first = await startWorkstation();
  const source = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), first);
  try {
    const { page } = source;
    await page.goto(first.url);
    await expect(page.getByRole('menuitem', { name: '上报', exact: true })).toBeVisible();
    await seedMeeting(first, page, signedOffMeeting());
    const draft = await addMaterialFile(page, join(materialDir, '送审稿.pdf'));
    await putRows(first, 'materials', [materialRow(seedMeetingId, 'S01-1', 'draft', '送审稿', draft)]);

    await page.getByRole('menuitem', { name: '上报', exact: true }).click();
    const form = page.getByRole('form', { name: '注册本机', exact: true });
    await form.getByLabel('局端地址').fill(bureau.url);
    await form.getByLabel('注册码').fill((await bureau.admin('enroll-code')).stdout.trim());
    await form.getByRole('button', { name: '注册', exact: true }).click();
    await expect(page.getByText(/本机已在局端注册，设备编号/)).toBeVisible();
    deviceId = await page.locator('.zz-device-id').innerText();

    await bureau.stop();
    await finalise(page, 'S01');
    await expect(page.locator('.zz-receipt-badge').first()).toHaveText('待上报');

    await page.getByRole('menuitem', { name: '设置', exact: true }).click();
    await page.getByRole('button', { name: '导出备份…', exact: true }).click();
    const ask = page.getByRole('dialog', { name: '设置备份口令', exact: true });
    await ask.getByLabel('备份口令', { exact: true }).fill(passphrase);
    await ask.getByLabel('再次输入备份口令').fill('西湖龙井');
    await ask.getByRole('button', { name: '选择保存位置…', exact: true }).click();
    await expect(ask.getByText('两次输入的备份口令不一致')).toBeVisible();
    await page.screenshot({ path: screenshotPath('backup-passphrase-mismatch') });
    await ask.getByLabel('再次输入备份口令').fill(passphrase);
    await ask.getByRole('button', { name: '选择保存位置…', exact: true }).click();
    const save = await inFolder(page, '导出备份', backupDir);
    await save.getByLabel('文件名').fill('会中备份');
    await save.getByRole('button', { name: '确定', exact: true }).click();
    await expect(page.getByText(/^备份已导出：.*会中备份\.zzbackup 设备密钥和局端注册信息已用备份口令加密放入备份。$/)).toBeVisible();
  } finally {
    await source.context.close();
    await first.stop();
  }

  // A wiped machine: a new data folder, a new profile, no key and no enrollment.
  const second = await startWorkstation();
  const target = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), second);
  try {
    const { page } = target;
    await page.goto(`${second.url}#/settings`);
    await restoreWith(page, '碧螺春-2026', backupDir, '会中备份.zzbackup');
    await expect(page.getByText(/^备份口令不正确，无法解开备份中的设备密钥：会中备份\.zzbackup。未做任何恢复，本机数据保持原样$/)).toBeVisible();
    await page.screenshot({ path: screenshotPath('restore-wiped-wrong-passphrase') });
    await page.getByRole('menuitem', { name: '审评会', exact: true }).click();
    await expect(page.getByText('还没有审评会')).toBeVisible();

    await page.getByRole('menuitem', { name: '设置', exact: true }).click();
    await restoreWith(page, passphrase, backupDir, '会中备份.zzbackup');
    await page.getByRole('button', { name: '确认恢复', exact: true }).click();
    await expect(page.getByText('已恢复本机的设备密钥和局端注册信息，无需重新注册即可上报。')).toBeVisible();
    await expect(page.getByText(`本机已注册，设备编号 ${deviceId}`, { exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('restore-wiped-restored'), fullPage: true });

    // The bureau is back; the restored verdict waits for the secretary, then goes under the restored enrollment.
    await bureau.start();
    await page.getByRole('button', { name: '确认上报', exact: true }).click();
    await page.getByRole('menuitem', { name: '上报', exact: true }).click();
    await expect(page.locator('.zz-device-id')).toHaveText(deviceId);
    const row = page.getByRole('row').filter({ hasText: '家用和类似用途电子膨胀阀' });
    await expect(row.getByText(/^已上报 · 回执 #\d+ · /)).toBeVisible({ timeout: 60_000 });
    await page.screenshot({ path: screenshotPath('restore-wiped-delivered'), fullPage: true });
    expect((await bureau.admin('verdicts', 'list')).stdout).toContain(`${seedMeetingId}/S01`);

    await page.goto(`${second.url}#/meetings/${seedMeetingId}/read/S01/S01-1`);
    await expect(page.getByTestId('pdf-pages').locator('[data-page="1"] .zz-text-layer')).toContainText('浙江制造团体标准');
    await page.screenshot({ path: screenshotPath('restore-wiped-reader') });
  } finally {
    await target.context.close();
    await second.stop();
    await bureau.stop();
  }
});
