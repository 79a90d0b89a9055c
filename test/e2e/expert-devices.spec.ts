import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { meetingFolderName } from '../../shared/documents/file-names.js';
import { startDeviceProxy, type DeviceProxy } from './support/device-address-proxy.js';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { chromiumPath, openWorkstation, screenshotPath } from './support/workstation.js';
import { drawSignature } from './support/signature-pad.js';
import { startLoopbackHub } from './support/room-hub.js';
import { saveDocumentsInto } from './support/documents-folder.js';

test.describe.configure({ timeout: 420_000 });

const criteria = ['合规性', '必要性', '先进性', '经济性', '可操作性'] as const;

/** E02–E04 work from their own devices (first join: no pledge yet); E01 and E05 at the workstation. E06 is recused from S01. */
const panel: Record<string, { name: string; label: string; scores: number[]; recommendation: string; device?: { index: number; address: string; pin: string } }> = {
  E01: { name: '张建国', label: '张建国（组长）', scores: [16, 12, 24, 12, 16], recommendation: '通过' },
  E02: { name: '李慧敏', label: '李慧敏（副组长）', scores: [17, 13, 25, 13, 17], recommendation: '通过', device: { index: 1, address: '127.0.0.2', pin: '2468' } },
  E03: { name: '王志强', label: '王志强（成员）', scores: [16, 11, 24, 11, 16], recommendation: '修改后通过', device: { index: 2, address: '127.0.0.3', pin: '3579' } },
  E04: { name: '陈晓燕', label: '陈晓燕（成员）', scores: [15, 12, 23, 12, 15], recommendation: '通过', device: { index: 3, address: '127.0.0.4', pin: '4680' } },
  E05: { name: '刘伟', label: '刘伟（成员）', scores: [16, 12, 23, 12, 16], recommendation: '通过' },
};
const deviceExperts = ['E02', 'E03', 'E04'] as const;
/** E02's opinion: on no other expert's screen while scoring is blind. */
const e02Opinion = '对标数据充分，关键指标优于 GB/T 21108';

const fillScores = async (page: Page, scores: readonly number[]) => {
  for (const [index, name] of criteria.entries()) await page.getByLabel(`${name}得分`, { exact: true }).fill(String(scores[index]));
};

const signAndSubmit = async (page: Page) => {
  await page.getByRole('button', { name: '提交评分', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '签名提交第 1 版评分', exact: true });
  await drawSignature(page, dialog);
  await dialog.getByRole('button', { name: '签名并提交', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已提交初评（第 1 版）', { exact: true })).toBeVisible();
};

/**
 * The expert's tablet joins at the hub's address from its own 127.0.0.x. The expert has not pledged
 * (no PIN yet), so the device waits for the secretary to admit it.
 */
const joinFromDevice = async (browser: Browser, url: string, meetingCode: string, expertId: string) => {
  const device = panel[expertId]!.device!;
  const proxy = await startDeviceProxy(device.address);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', reducedMotion: 'reduce', proxy: { server: proxy.server, bypass: '<-loopback>' } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('combobox').click();
  await page.locator('.ant-select-item-option').nth(device.index).click();
  await page.locator('#zz-join-code').fill(meetingCode);
  await page.locator('#zz-join-pin').fill(device.pin);
  await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: '加入', exact: true }).click();
  await expect(page.getByText('请向秘书示意，等待确认', { exact: true })).toBeVisible();
  return { page, proxy, close: () => context.close() };
};

/** Once admitted: the pledge signed with a finger and the PIN confirmed, then S01 opened. */
const pledgeOnDevice = async (page: Page, expertId: string) => {
  const device = panel[expertId]!.device!;
  await expect(page.getByText('签署承诺书', { exact: true }).first()).toBeVisible();
  await drawSignature(page, page);
  await page.locator('#zz-pledge-pin-again').fill(device.pin);
  await page.screenshot({ path: screenshotPath(`expert-devices-${expertId}-pledge`) });
  await page.getByRole('button', { name: '签署并继续', exact: true }).click();
  await expect(page.getByText('待审草案', { exact: true })).toBeVisible();
  await page.getByText('家用和类似用途电子膨胀阀', { exact: true }).click();
  await expect(page.getByLabel('合规性得分', { exact: true })).toBeVisible();
};

/** The workstation's own flow for an expert without a device: PIN, scores, signature. */
const submitAtWorkstation = async (page: Page, expertId: string) => {
  await page.goto(`${page.url().split('#')[0]}#/meetings/${seedMeetingId}/score/S01?expert=${expertId}`);
  await page.locator('#zz-expert-pin').fill(pinOf(expertId));
  await page.getByRole('button', { name: '验证并进入', exact: true }).click();
  await expect(page.getByText(`当前专家：${panel[expertId]!.name}`)).toBeVisible();
  await fillScores(page, panel[expertId]!.scores);
  await page.getByRole('radio', { name: panel[expertId]!.recommendation, exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await signAndSubmit(page);
};

test('three experts on their own devices: join, pledge, blind scoring, live dashboard, signatures, 定稿', async () => {
  const { workstation, page, close } = await openWorkstation();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const target = await mkdtemp(join(tmpdir(), 'zz-e2e-expert-documents-'));
  const devices: { page: Page; proxy: DeviceProxy; close(): Promise<void> }[] = [];
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    const seed = meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' });
    await seedMeeting(workstation, page, { ...seed, pledges: seed.pledges.filter((p) => !deviceExperts.some((id) => id === p.expertId)) });
    const dashboard = `${workstation.url}#/meetings/${seedMeetingId}`;
    await page.goto(dashboard);

    // The secretary starts the hub on loopback, plain HTTP, from the 「会场联网」 panel.
    await page.getByRole('button', { name: '会场联网', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '会场联网', exact: true });
    const { url, meetingCode } = await startLoopbackHub(page, drawer);

    // Each device waits under 「待秘书确认」 until the secretary, having seen the expert, lets it in.
    const pending = drawer.getByRole('region', { name: '待秘书确认', exact: true });
    for (const [index, expertId] of deviceExperts.entries()) {
      const { name, device } = panel[expertId]!;
      devices.push(await joinFromDevice(browser, url, meetingCode, expertId));
      await expect(pending.getByRole('row').filter({ hasText: name }).getByRole('cell', { name: device!.address, exact: true })).toBeVisible();
      if (index === 0) await page.screenshot({ path: screenshotPath('expert-devices-pending') });
      await pending.getByRole('button', { name: `允许加入 ${name} ${device!.address}`, exact: true }).click();
      await pledgeOnDevice(devices[index]!.page, expertId);
    }
    await expect(pending).toBeHidden();
    for (const expertId of deviceExperts) {
      const row = drawer.getByRole('row').filter({ hasText: panel[expertId]!.name });
      await expect(row.getByRole('cell', { name: panel[expertId]!.device!.address, exact: true })).toBeVisible();
    }
    await page.screenshot({ path: screenshotPath('expert-devices-sessions') });
    await drawer.getByRole('button', { name: '关闭', exact: true }).click();
    const live = (expertId: string) => page.getByRole('row').filter({ hasText: panel[expertId]!.label });
    for (const expertId of deviceExperts) await expect(live(expertId).getByText('已加入', { exact: true })).toBeVisible();
    const [e02, e03, e04] = devices as [(typeof devices)[0], (typeof devices)[0], (typeof devices)[0]];

    // E02 scores with a clause comment and an opinion, and submits with a drawn signature.
    await fillScores(e02.page, panel.E02!.scores);
    await e02.page.getByRole('button', { name: '添加意见', exact: true }).click();
    await e02.page.getByLabel('第 1 条意见的章条编号', { exact: true }).fill('6.2.3');
    await e02.page.getByLabel('第 1 条意见内容', { exact: true }).fill('过热度控制精度宜对标国际先进水平');
    await e02.page.getByRole('radio', { name: '通过', exact: true }).check();
    await e02.page.getByLabel('总体意见', { exact: true }).fill(e02Opinion);
    await expect(e02.page.getByText('已保存', { exact: true }).first()).toBeVisible();
    await e02.page.screenshot({ path: screenshotPath('expert-devices-E02-sheet') });
    await signAndSubmit(e02.page);
    await e02.page.screenshot({ path: screenshotPath('expert-devices-E02-submitted') });

    // Blind: E03, scoring meanwhile, sees nothing of E02's sheet; the secretary sees E02 submitted, live.
    await fillScores(e03.page, panel.E03!.scores);
    await expect(e03.page.getByText('已保存', { exact: true }).first()).toBeVisible();
    for (const text of [e02Opinion, '过热度控制精度']) await expect(e03.page.locator('body')).not.toContainText(text);
    await e03.page.screenshot({ path: screenshotPath('expert-devices-E03-blind') });
    await expect(live('E02').getByText('1 / 2 项', { exact: true })).toBeVisible();

    await e03.page.getByRole('radio', { name: '修改后通过', exact: true }).check();
    await signAndSubmit(e03.page);
    await fillScores(e04.page, panel.E04!.scores);
    await e04.page.getByRole('radio', { name: '通过', exact: true }).check();
    await signAndSubmit(e04.page);
    for (const expertId of deviceExperts) await expect(live(expertId).getByText('1 / 2 项', { exact: true })).toBeVisible();
    await page.getByText('现场进度', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('expert-devices-dashboard') });

    // E01 and E05 have no device: today's flow at the workstation.
    for (const expertId of ['E01', 'E05']) await submitAtWorkstation(page, expertId);

    // Discussion and vote at the workstation.
    await page.goto(`${dashboard}/discuss/S01`);
    await page.getByRole('button', { name: '开始合议（公开评分）', exact: true }).click();
    await expect(page.getByText('去极值平均', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: '进入表决', exact: true }).click();
    await page.goto(`${dashboard}/vote/S01`);
    await expect(page.locator('.zz-outcome')).toBeVisible();
    await page.getByRole('button', { name: '进入签署', exact: true }).click();
    await expect(page.getByText('已进入「签署」阶段')).toBeVisible();

    // The experts sign the opinion on their own devices once sign-off opens.
    for (const [index, device] of devices.entries()) {
      await expect(device.page.getByText('当前阶段：签署', { exact: true })).toBeVisible();
      const sign = device.page.getByRole('button', { name: '确认签名', exact: true });
      await expect(sign).toBeVisible();
      await drawSignature(device.page, device.page);
      if (index === 0) await device.page.screenshot({ path: screenshotPath('expert-devices-E02-sign') });
      await sign.click();
      await expect(device.page.getByText(/^您已签名/u)).toBeVisible();
    }
    await e02.page.screenshot({ path: screenshotPath('expert-devices-E02-signed') });

    await page.goto(`${dashboard}/signoff/S01`);
    for (const expertId of deviceExperts) await expect(page.getByRole('img', { name: `${panel[expertId]!.name}的签名`, exact: true })).toBeVisible();
    for (const expertId of ['E05', 'E01']) {
      await page.getByRole('button', { name: `${panel[expertId]!.name}签名`, exact: true }).click();
      const dialog = page.getByRole('dialog');
      // E05 was the last expert unlocked at the workstation: the host still holds them, so no PIN is asked.
      const pin = dialog.locator('#zz-expert-pin');
      await expect(pin.or(dialog.getByLabel('签名区', { exact: true }))).toBeVisible();
      if (await pin.isVisible()) {
        await pin.fill(pinOf(expertId));
        await dialog.getByRole('button', { name: '验证并进入', exact: true }).click();
      }
      await drawSignature(page, dialog);
      await dialog.getByRole('button', { name: '确认签名', exact: true }).click();
      await expect(page.getByRole('img', { name: `${panel[expertId]!.name}的签名`, exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: '定稿', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认定稿', exact: true }).click();
    await expect(page.getByText('已定稿', { exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('expert-devices-finalised') });

    // The opinion document carries the five drawn signatures, three of them from the experts' devices.
    await page.goto(dashboard);
    // Each device expert: S01 of the two drafts submitted, S01 (the one draft open for signing) signed.
    for (const expertId of deviceExperts) {
      await expect(live(expertId).getByText('1 / 2 项', { exact: true })).toBeVisible();
      await expect(live(expertId).getByText('1 / 1 项', { exact: true })).toBeVisible();
    }
    await page.getByRole('button', { name: '生成文档', exact: true }).first().click();
    await saveDocumentsInto(page, target);
    const opinion = join(target, meetingFolderName(seed.meeting), `${seedMeetingId}_S01_审评意见.pdf`);
    const images = execFileSync('pdfimages', ['-list', opinion], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(images.length).toBeGreaterThanOrEqual(5);
  } finally {
    for (const device of devices) {
      await device.close().catch(() => undefined);
      await device.proxy.close();
    }
    await browser.close();
    await close();
    await rm(target, { recursive: true, force: true });
  }
});
