import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { bundleDigest } from '../../shared/bundle/verdict-bundle.js';
import { base64ToBytes } from '../../shared/protocol/base64.js';
import { receiptSchema } from '../../shared/protocol/receipt.js';
import { deviceKeyFingerprint, verdictFileSchema } from '../../shared/sync/verdict-file.js';
import { bureauProcess } from './support/bureau-process.js';
import { seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { finalise, signedOffMeeting } from './support/signed-off-meeting.js';
import { freePort, openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

test.describe.configure({ timeout: 240_000 });

test('a workstation never enrolled hands a verdict over by USB, and the bureau imports it once the admin confirms', async () => {
  const bureauData = await mkdtemp(join(tmpdir(), 'zz-e2e-bureau-'));
  const exportDir = await mkdtemp(join(tmpdir(), 'zz-e2e-usb-'));
  const bureau = bureauProcess(bureauData, await freePort());
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '上报', exact: true })).toBeVisible();
    await seedMeeting(workstation, page, signedOffMeeting());
    await page.reload();
    await finalise(page, 'S01');

    await page.getByRole('menuitem', { name: '上报', exact: true }).click();
    await expect(page.getByText(/^本机尚未在局端注册。/)).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: '家用和类似用途电子膨胀阀' });
    await expect(row.getByText('待上报', { exact: true })).toBeVisible();
    await row.getByRole('button', { name: '导出 .zzverdict', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导出签名裁决', exact: true });
    const fileName = '2026年第十二批“浙江制造”标准技术审评会-T_ZZB_3121—2026-v1.zzverdict';
    await expect(dialog.getByLabel('文件名')).toHaveValue(fileName);
    await dialog.getByLabel('文件夹').fill(exportDir);
    await dialog.getByRole('button', { name: '前往', exact: true }).click();
    await expect(dialog.getByLabel('文件夹')).toHaveValue(exportDir);
    await page.screenshot({ path: screenshotPath('usb-handover-export-dialog') });
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    const file = join(exportDir, fileName);
    await expect(page.getByText(`已导出：${file}`)).toBeVisible();
    await page.screenshot({ path: screenshotPath('usb-handover-exported'), fullPage: true });

    const handed = verdictFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    expect(handed.bundle).toMatchObject({ meetingId: seedMeetingId, submissionId: 'S01', versionNo: 1 });
    const fingerprint = deviceKeyFingerprint(base64ToBytes(handed.publicKey));

    // A file changed on the stick is refused before the administrator is asked anything.
    const tampered = join(exportDir, 'tampered.zzverdict');
    await writeFile(tampered, JSON.stringify({ ...handed, bundle: { ...handed.bundle, outcome: 'fail' } }));
    const refused = await bureau.adminAnswering('y\n', 'import-verdict', tampered).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1, stderr: expect.stringContaining('文件在签名后被改动过') });

    const imported = await bureau.adminAnswering('y\n', 'import-verdict', file);
    expect(imported.stderr).toContain(`设备密钥指纹：${fingerprint}`);
    expect(imported.stderr).toContain('会议：2026年第十二批“浙江制造”标准技术审评会');
    expect(imported.stderr).toContain('标准：T/ZZB 3121—2026 《家用和类似用途电子膨胀阀》（S01）');
    expect(imported.stderr).toContain(`SHA-256：${bundleDigest(handed.bundle)}`);
    expect(imported.stderr).toMatch(/已接收裁决 \S+ 第 1 版，回执 #\d+/);
    const receipt = receiptSchema.parse(JSON.parse(imported.stdout));

    // Enrolled later with the same key, the workstation's own delivery gets the receipt the USB import got.
    await bureau.start();
    const code = (await bureau.admin('enroll-code')).stdout.trim();
    const form = page.getByRole('form', { name: '注册本机', exact: true });
    await form.getByLabel('局端地址').fill(bureau.url);
    await form.getByLabel('注册码').fill(code);
    await form.getByRole('button', { name: '注册', exact: true }).click();
    await expect(page.getByText(/本机已在局端注册，设备编号/)).toBeVisible();
    await expect(row.getByText(`已上报 · 回执 #${receipt.seq}`, { exact: false })).toBeVisible();
  } finally {
    await context.close();
    await workstation.stop();
    await bureau.stop();
  }
});
