import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readArchive } from '../support/backup-archive.js';
import { meetingSeed, seedMeeting } from './support/seed-meeting.js';
import { openProfile, screenshotPath, startWorkstation, type Workstation } from './support/workstation.js';

const { meeting } = meetingSeed();
const passphrase = '会前备份口令 2026';

/** Only the meeting row: the restore is then checked by its one record. */
const seedMeetingOnly = (workstation: Workstation, page: Page) =>
  seedMeeting(workstation, page, { meeting, experts: [], submissions: [], materials: [], pledges: [], recusals: [] });

const chooseInAppPath = async (page: Page, title: string, folder: string) => {
  const dialog = page.getByRole('dialog', { name: title, exact: true });
  await dialog.getByLabel('文件夹').fill(folder);
  await dialog.getByRole('button', { name: '前往', exact: true }).click();
  await expect(dialog.getByLabel('文件夹')).toHaveValue(folder);
  return dialog;
};

test('a backup exported from one profile restores into an empty one', async () => {
  // Two hosts, two Chromium profiles and the passphrase's key derivation twice: more than the default on a busy machine.
  test.setTimeout(180_000);
  const exportDir = await mkdtemp(join(tmpdir(), 'zz-e2e-backup-'));
  const first = await startWorkstation();
  const source = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), first);
  try {
    await source.page.goto(first.url);
    await expect(source.page.getByText('还没有审评会')).toBeVisible();
    await seedMeetingOnly(first, source.page);
    await source.page.reload();
    await expect(source.page.getByText(meeting.title)).toBeVisible();
    await source.page.screenshot({ path: screenshotPath('meetings-list') });

    await source.page.getByRole('menuitem', { name: '设置', exact: true }).click();
    await source.page.getByRole('button', { name: '导出备份…', exact: true }).click();
    const ask = source.page.getByRole('dialog', { name: '设置备份口令', exact: true });
    await ask.getByLabel('备份口令', { exact: true }).fill(passphrase);
    await ask.getByLabel('再次输入备份口令').fill(passphrase);
    await source.page.screenshot({ path: screenshotPath('backup-passphrase') });
    await ask.getByRole('button', { name: '选择保存位置…', exact: true }).click();
    const dialog = await chooseInAppPath(source.page, '导出备份', exportDir);
    await dialog.getByLabel('文件名').fill('会前备份');
    await source.page.screenshot({ path: screenshotPath('backup-save-dialog') });
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await expect(source.page.getByText(`备份已导出：${join(exportDir, '会前备份.zzbackup')}`)).toBeVisible();
  } finally {
    await source.context.close();
    await first.stop();
  }

  // Never enrolled: the device key is made for the backup, which it signs and carries sealed with the passphrase.
  const written = await readArchive(join(exportDir, '会前备份.zzbackup'));
  expect([...written.keys()]).toEqual(['manifest.json', 'signature.json', 'device.json', 'meetings.sqlite3']);
  expect(JSON.parse(written.get('manifest.json')!.toString('utf8'))).toMatchObject({ format: 'zzbackup', version: 2, device: { deviceId: null } });
  expect(written.get('device.json')!.toString('utf8')).not.toContain('"seed"');

  const second = await startWorkstation();
  const target = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), second);
  try {
    await target.page.goto(second.url);
    await expect(target.page.getByText('还没有审评会')).toBeVisible();
    await target.page.getByRole('menuitem', { name: '设置', exact: true }).click();
    await target.page.getByRole('button', { name: '从备份恢复…', exact: true }).click();
    await expect(target.page.getByText(/^恢复将用备份中的数据替换本机当前的全部审评数据/)).toBeVisible();
    await target.page.getByLabel('备份口令（备份含设备密钥时必填）').fill(passphrase);
    await target.page.screenshot({ path: screenshotPath('backup-restore-confirm') });
    await target.page.getByRole('button', { name: '替换并恢复', exact: true }).click();
    const dialog = await chooseInAppPath(target.page, '选择要恢复的备份文件', exportDir);
    await dialog.getByText('会前备份.zzbackup').click();
    await target.page.screenshot({ path: screenshotPath('backup-open-dialog') });
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await expect(target.page.getByText(/^此备份不是本机制作的/)).toBeVisible();
    await target.page.screenshot({ path: screenshotPath('backup-restore-check') });
    await target.page.getByRole('button', { name: '确认恢复', exact: true }).click();
    await expect(target.page.getByText(/已从备份恢复 1 个审评会（共 \d+ 条记录）：会前备份\.zzbackup/)).toBeVisible();
    await target.page.screenshot({ path: screenshotPath('backup-restored') });
    await target.page.getByRole('menuitem', { name: '审评会', exact: true }).click();
    await expect(target.page.getByText(meeting.title)).toBeVisible();
    await expect(target.page.getByText('2026-11-28 09:30')).toBeVisible();
  } finally {
    await target.context.close();
    await second.stop();
  }
});

test('a file that is not a backup is refused with its name and changes nothing', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-notbackup-'));
  await import('node:fs/promises').then((fs) => fs.writeFile(join(folder, '纪要.zzbackup'), '{"format":"zzpkg"}'));
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await expect(page.getByText('还没有审评会')).toBeVisible();
    await seedMeetingOnly(workstation, page);
    await page.goto(`${workstation.url}#/settings`);
    await page.reload();
    await page.getByRole('button', { name: '从备份恢复…', exact: true }).click();
    await page.getByRole('button', { name: '替换并恢复', exact: true }).click();
    const dialog = await chooseInAppPath(page, '选择要恢复的备份文件', folder);
    await dialog.getByText('纪要.zzbackup').click();
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await expect(page.getByText(/不是有效的备份文件.*纪要\.zzbackup/)).toBeVisible();
    await page.screenshot({ path: screenshotPath('backup-refused') });
    await page.getByRole('menuitem', { name: '审评会', exact: true }).click();
    await expect(page.getByText(meeting.title)).toBeVisible();
  } finally {
    await context.close();
    await workstation.stop();
  }
});
