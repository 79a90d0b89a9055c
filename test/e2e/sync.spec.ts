import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import { receiptSchema } from '../../shared/protocol/receipt.js';
import { verdictFileSchema } from '../../shared/sync/verdict-file.js';
import { bureauProcess } from './support/bureau-process.js';
import { readHostStore } from './support/host-store.js';
import { seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { finalise, signedOffMeeting } from './support/signed-off-meeting.js';
import { freePort, openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

test.describe.configure({ timeout: 240_000 });

const receiptBadge = (page: Page) => page.locator('.zz-receipt-badge').first();

test('verdicts reach a bureau on loopback, wait while it is down, and go by USB too', async () => {
  const bureauData = await mkdtemp(join(tmpdir(), 'zz-e2e-bureau-'));
  const exportDir = await mkdtemp(join(tmpdir(), 'zz-e2e-verdicts-'));
  const bureau = bureauProcess(bureauData, await freePort());
  await bureau.start();
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '上报', exact: true })).toBeVisible();
    await seedMeeting(workstation, page, signedOffMeeting());
    await page.reload();

    // Enrollment through the sync panel with a code from the bureau's admin command.
    await page.getByRole('menuitem', { name: '上报', exact: true }).click();
    await expect(page.getByText('本机尚未在局端注册')).toBeVisible();
    await expect(page.getByText('设备私钥未加密保存（本机不支持系统密钥库）')).toBeVisible();
    const code = (await bureau.admin('enroll-code')).stdout.trim();
    expect(code).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    const form = page.getByRole('form', { name: '注册本机', exact: true });
    await form.getByLabel('局端地址').fill(bureau.url);
    await form.getByLabel('注册码').fill(code);
    await form.getByLabel('设备名称').fill('秘书处笔记本');
    await page.screenshot({ path: screenshotPath('sync-enroll') });
    await form.getByRole('button', { name: '注册', exact: true }).click();
    await expect(page.getByText(/本机已在局端注册，设备编号/)).toBeVisible();
    await expect(page.getByText('秘书处笔记本')).toBeVisible();

    // Bureau up: finalise, and the receipt shows on the verdict without a click.
    await finalise(page, 'S01');
    await expect(receiptBadge(page)).toHaveText(/^已上报 · 回执 #\d+ · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, { timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('sync-receipt-on-verdict') });
    const firstSeq = (await receiptBadge(page).innerText()).match(/#(\d+)/)![1];

    // Bureau down: the next verdict waits, with the reason in words.
    await bureau.stop();
    await finalise(page, 'S02');
    await expect(receiptBadge(page)).toHaveText('待上报');
    await page.getByRole('menuitem', { name: '上报', exact: true }).click();
    const pendingRow = page.getByRole('row').filter({ hasText: '高效节能三相异步电动机' });
    await expect(pendingRow.getByText('待上报')).toBeVisible();
    await expect(pendingRow.getByText(/原因：无法连接局端.*连接被拒绝/)).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('row').filter({ hasText: '家用和类似用途电子膨胀阀' }).getByText(`已上报 · 回执 #${firstSeq}`)).toBeVisible();
    await page.screenshot({ path: screenshotPath('sync-pending'), fullPage: true });

    // The USB path while the service is down: export the signed verdict, import it with the admin command.
    await pendingRow.getByRole('button', { name: '导出 .zzverdict', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导出签名裁决', exact: true });
    await dialog.getByLabel('文件夹').fill(exportDir);
    await dialog.getByRole('button', { name: '前往', exact: true }).click();
    await expect(dialog.getByLabel('文件夹')).toHaveValue(exportDir);
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    const file = join(exportDir, '2026年第十二批“浙江制造”标准技术审评会-T_ZZB_3122—2026-v1.zzverdict');
    await expect(page.getByText(`已导出：${file}`)).toBeVisible();
    const envelope = verdictFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(envelope.bundle).toMatchObject({ verdictId: 'V-E2E-S02', versionNo: 1, submissionId: 'S02', meetingId: seedMeetingId });
    const imported = await bureau.admin('import-verdict', file, '--yes');
    expect(imported.stderr).toMatch(/已接收裁决 V-E2E-S02 第 1 版，回执 #\d+/);
    const usbReceipt = receiptSchema.parse(JSON.parse(imported.stdout));
    expect(usbReceipt.sha256).toBe(bundleDigest(envelope.bundle));

    // Bureau up again: delivered without a click, and the bureau answers with the receipt the USB import got.
    await bureau.start();
    await expect(pendingRow.getByText(`已上报 · 回执 #${usbReceipt.seq}`)).toBeVisible({ timeout: 90_000 });
    await page.screenshot({ path: screenshotPath('sync-delivered'), fullPage: true });
    const stored = readHostStore(workstation.dataDir, (tx) => tx.outbox.get('V-E2E-S02/1'));
    expect(stored).toMatchObject({ status: 'delivered', receipt: usbReceipt });
    const listed = (await bureau.admin('verdicts', 'list')).stdout.trim().split('\n');
    expect(listed).toHaveLength(2);

    await page.goto(`${page.url().split('#')[0]}#/meetings/${seedMeetingId}/signoff/S02`);
    await expect(receiptBadge(page)).toHaveText(new RegExp(`^已上报 · 回执 #${usbReceipt.seq} · `));

    await page.getByRole('menuitem', { name: '设置', exact: true }).click();
    await expect(page.getByText('设备私钥未加密保存（本机不支持系统密钥库）')).toBeVisible();
    await page.screenshot({ path: screenshotPath('sync-settings'), fullPage: true });
  } finally {
    await context.close();
    await workstation.stop();
    await bureau.stop();
  }
});
