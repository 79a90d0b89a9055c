import { expect, test, type Page } from '@playwright/test';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';
import { loopbackLabel } from './support/room-hub.js';

/** One expert's device, as its browser would talk to the hub: join with the meeting code and PIN; `say` what it shows. */
const joinAsDevice = async (url: string, meetingCode: string, expertId: string, pin = pinOf(expertId)) => {
  const origin = new URL(url).origin;
  const headers = { 'Content-Type': 'application/json', Origin: origin };
  const joined = await fetch(`${origin}/hub/join`, { method: 'POST', headers, body: JSON.stringify({ expertId, meetingCode, pin }) });
  expect(joined.status).toBe(200);
  const cookie = (joined.headers.get('set-cookie') ?? '').split(';')[0]!;
  const say = (submissionId: string, screen: string) =>
    fetch(`${origin}/api/presence.update`, { method: 'POST', headers: { ...headers, Cookie: cookie }, body: JSON.stringify({ submissionId, screen }) });
  return { say };
};

const fillScores = async (page: Page, scores: Record<string, string>) => {
  for (const [criterion, score] of Object.entries(scores)) await page.getByRole('textbox', { name: `${criterion}得分`, exact: true }).fill(score);
};

test('the secretary runs the room network and follows the panel live; a paper sheet is entered as 代录', async () => {
  const { workstation, page, close } = await openWorkstation();
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    // 刘伟 has not signed the pledge yet: no PIN, so a device joining for him waits for the secretary.
    const seed = meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' });
    await seedMeeting(workstation, page, { ...seed, pledges: seed.pledges.filter((p) => p.expertId !== 'E05') });
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}`);
    await expect(page.getByText('会场联网未开启：专家在工作站上输入 PIN 操作，或由秘书代录纸质评分表。', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: '会场联网', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '会场联网', exact: true });
    await expect(drawer.getByRole('switch', { name: '使用 HTTPS（加密）', exact: true })).toBeChecked();
    await page.screenshot({ path: screenshotPath('room-network-panel-off') });
    await drawer.getByRole('combobox', { name: '网络接口', exact: true }).click();
    await page.getByTitle(loopbackLabel(), { exact: true }).click();
    await drawer.getByRole('switch', { name: '使用 HTTPS（加密）', exact: true }).click();
    await drawer.getByRole('button', { name: '开启会场联网', exact: true }).click();
    await expect(drawer.getByText('未加密（HTTP）：评分和 PIN 在会场网络中以明文传输，仅可在封闭的会场网络中使用。', { exact: true })).toBeVisible();
    const qr = drawer.getByRole('img', { name: /^加入地址二维码：http:\/\/127\.0\.0\.1:\d+\/$/u });
    await expect(qr).toBeVisible();
    const url = (await qr.getAttribute('alt'))!.replace('加入地址二维码：', '');
    const meetingCode = (await drawer.getByLabel('会议码', { exact: true }).textContent())!.trim();
    expect(meetingCode).toMatch(/^\d{6}$/u);
    await expect(drawer.getByText('暂无专家设备加入', { exact: true })).toBeVisible();

    const e02 = await joinAsDevice(url, meetingCode, 'E02');
    expect(await (await e02.say('S01', 'scoring')).json()).toEqual({ ok: true, value: null });
    const row = drawer.getByRole('row').filter({ hasText: '李慧敏' });
    await expect(row.getByRole('cell', { name: '《家用和类似用途电子膨胀阀》的评分表', exact: true })).toBeVisible();
    await expect(row.getByRole('cell', { name: '127.0.0.1', exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('room-network-panel') });

    // Someone with the meeting code claims 刘伟, who has no PIN yet: held until the secretary decides, and refused.
    const claimed = await joinAsDevice(url, meetingCode, 'E05', '1234');
    const held = await claimed.say('S01', 'scoring');
    expect([held.status, ((await held.json()) as { error: { code: string } }).error.code]).toEqual([403, 'awaiting-admission']);
    const pending = drawer.getByRole('region', { name: '待秘书确认', exact: true });
    await expect(pending.getByRole('row').filter({ hasText: '刘伟' }).getByRole('cell', { name: '127.0.0.1', exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('room-network-pending') });
    await pending.getByRole('button', { name: '拒绝 刘伟 127.0.0.1', exact: true }).click();
    await page.getByRole('button', { name: /^确\s?定$/u }).click();
    await expect(pending).toBeHidden();
    const refused = await claimed.say('S01', 'scoring');
    expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([401, 'session-revoked']);

    await drawer.getByRole('button', { name: '关闭', exact: true }).click();
    const live = page.getByRole('row').filter({ hasText: '李慧敏（副组长）' });
    await expect(live.getByText('已加入', { exact: true })).toBeVisible();
    await expect(live.getByRole('cell', { name: '《家用和类似用途电子膨胀阀》的评分表', exact: true })).toBeVisible();

    // 王志强 has no device: the secretary enters his signed paper sheet.
    await page.getByRole('button', { name: '代录纸质评分表：王志强', exact: true }).click();
    const modal = page.getByRole('dialog', { name: '代录纸质评分表：王志强', exact: true });
    await modal.getByRole('combobox', { name: '审评项目', exact: true }).click();
    await page.getByTitle('《家用和类似用途电子膨胀阀》', { exact: true }).click();
    await fillScores(page, { 合规性: '16', 必要性: '12', 先进性: '24', 经济性: '12', 可操作性: '16' });
    await modal.getByRole('radio', { name: '通过', exact: true }).check();
    await modal.getByRole('button', { name: '添加意见', exact: true }).click();
    await modal.getByLabel('第 1 条意见的章条编号', { exact: true }).fill('5.3');
    await modal.getByLabel('第 1 条意见内容', { exact: true }).fill('试验方法宜注明环境温度');
    await page.screenshot({ path: screenshotPath('room-network-proxy-sheet') });
    await modal.getByRole('button', { name: '提交代录', exact: true }).click();
    await expect(page.getByText('已代录王志强的评分表（第 1 版）', { exact: true })).toBeVisible();
    const entered = page.getByRole('row').filter({ hasText: '王志强（成员）' });
    await expect(entered.getByText('1 / 2 项', { exact: true }).first()).toBeVisible();
    await page.getByText('现场进度', { exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath('room-network-dashboard') });

    await page.getByRole('button', { name: '会场联网', exact: true }).click();
    await row.getByRole('button', { name: '移出 李慧敏 127.0.0.1', exact: true }).click();
    await page.getByRole('button', { name: /^确\s?定$/u }).click();
    await expect(drawer.getByText('暂无专家设备加入', { exact: true })).toBeVisible();
    await drawer.getByRole('button', { name: '停止会场联网', exact: true }).click();
    await page.getByRole('button', { name: /^确\s?定$/u }).click();
    await expect(drawer.getByRole('button', { name: '开启会场联网', exact: true })).toBeVisible();

    // Encrypted: the certificate's fingerprint is shown beside the code, with no plain-HTTP warning.
    await drawer.getByRole('button', { name: '开启会场联网', exact: true }).click();
    await expect(drawer.getByText('首次访问时浏览器会提示证书不受信任，请核对证书指纹与此处一致后继续。', { exact: true })).toBeVisible();
    await expect(drawer.getByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/u)).toBeVisible();
    await expect(drawer.getByRole('img', { name: /^加入地址二维码：https:\/\/[\d.]+:\d+\/$/u })).toBeVisible();
    await expect(drawer.getByText('未加密（HTTP）：评分和 PIN 在会场网络中以明文传输，仅可在封闭的会场网络中使用。', { exact: true })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('room-network-panel-https') });
  } finally {
    await close();
  }
});
