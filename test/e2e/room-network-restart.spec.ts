import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { startLoopbackHub } from './support/room-hub.js';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { openProfile, screenshotPath, startWorkstation, type Workstation } from './support/workstation.js';

/** One expert's device as its browser talks to the hub: its cookie kept across the workstation's restarts. */
const joinAsDevice = async (url: string, meetingCode: string, expertId: string) => {
  const origin = new URL(url).origin;
  const headers = { 'Content-Type': 'application/json', Origin: origin };
  const joined = await fetch(`${origin}/hub/join`, { method: 'POST', headers, body: JSON.stringify({ expertId, meetingCode, pin: pinOf(expertId) }) });
  expect(joined.status).toBe(200);
  const cookie = (joined.headers.get('set-cookie') ?? '').split(';')[0]!;
  return (submissionId: string, screen: string) =>
    fetch(`${origin}/api/presence.update`, { method: 'POST', headers: { ...headers, Cookie: cookie }, body: JSON.stringify({ submissionId, screen }) });
};

/** Another program holding the hub's port on loopback. */
const holdPort = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const holder = createServer();
    holder.once('error', reject);
    holder.listen(port, '127.0.0.1', () => resolve(holder));
  });

test('after the workstation restarts, the room network is back as it was; where it cannot be, the panel says why', async () => {
  const profileDir = await mkdtemp(join(tmpdir(), 'zz-e2e-profile-'));
  let workstation: Workstation = await startWorkstation();
  /** What the test holds open, closed whatever happens. */
  const held: { context: BrowserContext | null; holder: Server | null } = { context: null, holder: null };
  /** The workstation app started (again) over the same data folder, the secretary signed in, the 会场联网 drawer open. */
  const openDrawer = async (): Promise<Page> => {
    const opened = await openProfile(profileDir, workstation);
    held.context = opened.context;
    await opened.page.goto(`${workstation.url}#/meetings/${seedMeetingId}`);
    await opened.page.getByRole('button', { name: '会场联网', exact: true }).click();
    return opened.page;
  };
  /** Closed without stopping the hub, as when the app is killed or the machine restarts; `meanwhile` runs while it is down. */
  const restart = async (meanwhile: () => Promise<void> = async () => undefined) => {
    await held.context?.close();
    held.context = null;
    await workstation.stop();
    await meanwhile();
    workstation = await startWorkstation(workstation.dataDir);
  };
  try {
    const first = await openProfile(profileDir, workstation);
    held.context = first.context;
    await seedMeeting(workstation, first.page, meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' }));
    await first.context.close();
    let page = await openDrawer();
    let drawer = page.getByRole('dialog', { name: '会场联网', exact: true });
    const { url, meetingCode } = await startLoopbackHub(page, drawer);
    const say = await joinAsDevice(url, meetingCode, 'E02');
    expect((await say('S01', 'scoring')).status).toBe(200);

    await restart();
    page = await openDrawer();
    drawer = page.getByRole('dialog', { name: '会场联网', exact: true });
    await expect(drawer.getByRole('img', { name: `加入地址二维码：${url}`, exact: true })).toBeVisible();
    await expect(drawer.getByLabel('会议码', { exact: true })).toHaveText(meetingCode);
    const row = drawer.getByRole('row').filter({ hasText: '李慧敏' });
    // The device is known again without rejoining; what it shows is heard from it again.
    await expect(row.getByRole('cell', { name: '无', exact: true })).toBeVisible();
    expect((await say('S01', 'scoring')).status).toBe(200);
    await expect(row.getByRole('cell', { name: '《家用和类似用途电子膨胀阀》的评分表', exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('room-network-after-restart') });

    await restart(async () => {
      held.holder = await holdPort(Number(new URL(url).port));
    });
    page = await openDrawer();
    drawer = page.getByRole('dialog', { name: '会场联网', exact: true });
    await expect(drawer.getByText(`工作站重新启动后，会场联网未能在原地址恢复（${url}）`, { exact: true })).toBeVisible();
    await expect(drawer.getByText(`端口 ${new URL(url).port} 已被占用：请关闭占用它的程序或换一个端口`, { exact: true })).toBeVisible();
    await expect(drawer.getByRole('switch', { name: '使用 HTTPS（加密）', exact: true })).not.toBeChecked();
    await page.screenshot({ path: screenshotPath('room-network-not-resumed') });

    // The port freed, the secretary starts it again where it was: the same code, the device still in.
    const { holder } = held;
    held.holder = null;
    if (holder !== null) await new Promise((resolve) => holder.close(resolve));
    await drawer.getByRole('button', { name: '开启会场联网', exact: true }).click();
    await expect(drawer.getByLabel('会议码', { exact: true })).toHaveText(meetingCode);
    expect((await say('S01', 'history')).status).toBe(200);
    await expect(drawer.getByRole('row').filter({ hasText: '李慧敏' }).getByRole('cell', { name: '《家用和类似用途电子膨胀阀》的评分记录', exact: true })).toBeVisible();
  } finally {
    held.holder?.close();
    await held.context?.close().catch(() => undefined);
    await workstation.stop();
    await rm(profileDir, { recursive: true, force: true });
    await rm(workstation.dataDir, { recursive: true, force: true });
  }
});
