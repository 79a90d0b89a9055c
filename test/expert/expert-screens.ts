/**
 * Screenshots of the expert app at tablet (1280×800) and phone (390×844) size, against the real hub
 * of a browser shell over a seeded meeting: join, pledge, drafts, one draft (reader and sheet), the
 * sheet 「已保存」 and 「未同步」 with the connection cut; then, on the sample meeting with S01 in 签署,
 * the opinion to sign and the expert's own sheet history. Needs `npm run build:renderer` first.
 * `npx tsx test/expert/expert-screens.ts [out-folder]` (default test-results/screens/expert).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { openMeetingStore } from '../../electron/services/meeting/meeting-store.js';
import { meetingStoreFile } from '../../electron/services/meeting/open-meeting-deps.js';
import { pinOf, seedMeetingId } from '../e2e/support/seed-meeting.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { succeed } from '../host/support/host-caller.js';
import { openHubHost, type HubHost } from '../hub/support/hub-host.js';
import { seededDataFolder } from '../host/support/seeded-data-folder.js';

const out = process.argv[2] ?? 'test-results/screens/expert';
const sizes = { tablet: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** The demo package's draft PDF as S01's 送审稿, in the content store, before the host starts. */
const addDraftPdf = async (dataDir: string) => {
  const files = unzipSync(await readFile('dist/demo/demo-meeting.zzpkg'));
  const pdf = files['materials/S01/draft.pdf']!;
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const blob = join(dataDir, 'materials', sha256.slice(0, 2), sha256);
  await mkdir(dirname(blob), { recursive: true });
  await writeFile(blob, pdf);
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  try {
    store.writeNow({ meetingId: seedMeetingId }, (tx) => {
      tx.materials.put({
        id: 'MAT-S01-1',
        meetingId: seedMeetingId,
        submissionId: 'S01',
        kind: 'draft',
        title: '标准送审稿',
        path: 'materials/S01/draft.pdf',
        mediaType: 'application/pdf',
        bytes: pdf.length,
        sha256,
      });
      // E03 joins for the first time: no pledge yet.
      tx.pledges.delete(seedMeetingId, 'P-E03');
    });
  } finally {
    store.close();
  }
};

/**
 * The sample meeting (every sheet submitted, E03 revised S01) with S01 back in 签署: its verdict a
 * draft again, unsigned by the chair, E03 (the tablet) and E04 (the phone). Its pledges carry no PIN, so experts join on the
 * code and the secretary admits their devices.
 */
const signOffFolder = async (): Promise<string> => {
  const record = sampleMeetingRecord();
  const dataDir = await seededDataFolder({});
  const store = openMeetingStore({ path: join(dataDir, meetingStoreFile) });
  const latest = record.verdicts.filter((v) => v.submissionId === 'S01').at(-1)!;
  try {
    store.writeNow({ meetingId: record.meeting.id }, (tx) => {
      tx.meetings.put(record.meeting);
      for (const row of record.experts) tx.experts.put(row);
      for (const row of record.submissions) tx.submissions.put(row.id === 'S01' ? { ...row, phase: 'sign-off' } : row);
      for (const row of record.pledges) tx.pledges.put(row);
      for (const row of record.recusals) tx.recusals.put(row);
      for (const row of record.scoreSheets) tx.scoreSheets.put(row);
      for (const row of record.comments) tx.comments.put(row);
      for (const row of record.verdicts.filter((v) => v.submissionId !== 'S01')) tx.verdicts.put(row);
      tx.verdicts.put({
        ...latest,
        status: 'draft',
        finalizedAt: null,
        finalizedBy: null,
        receipt: null,
        signatures: latest.signatures.filter((s) => !['E01', 'E03', 'E04'].includes(s.expertId)),
      });
    });
  } finally {
    store.close();
  }
  return dataDir;
};

const fillJoinForm = async (page: Page, url: string, expertIndex: number, code: string, pin: string) => {
  await page.goto(url);
  await page.getByRole('combobox').click({ timeout: 20_000 }).catch(async (error: unknown) => {
    await shoot(page, 'failed-join');
    throw error;
  });
  await page.locator('.ant-select-item-option').nth(expertIndex).click();
  await page.locator('#zz-join-code').fill(code);
  await page.locator('#zz-join-pin').fill(pin);
  await page.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
};

/** A stroke across the signature pad, as a finger or a mouse draws it. */
const drawSignature = async (page: Page) => {
  const pad = page.getByLabel('签名区', { exact: true });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) await page.mouse.move(box.x + 30 + step * 15, box.y + box.height / 2 + (step % 2 === 0 ? -18 : 18));
  await page.mouse.up();
};

/** The device waits under 「待秘书确认」 (its expert has no PIN yet); the secretary lets in every device that waits. */
const admitWaiting = async (page: Page, host: HubHost, shot?: string) => {
  await page.getByText('请向秘书示意，等待确认', { exact: true }).waitFor();
  if (shot !== undefined) await shoot(page, shot);
  for (const session of (await host.hubStatus()).sessions.filter((s) => !s.admitted)) await succeed(host.secretary, 'hub.admit', { sessionId: session.sessionId });
};

const shoot = async (page: Page, name: string) => {
  await page.screenshot({ path: join(out, `${name}.png`) });
  process.stdout.write(`${join(out, name)}.png\n`);
};

const signOffScenes = async (browser: Browser) => {
  const dataDir = await signOffFolder();
  const host = await openHubHost({ dataDir });
  try {
    for (const [size, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, hasTouch: size === 'phone', isMobile: size === 'phone' });
      const page = await context.newPage();
      await fillJoinForm(page, host.status.url!, size === 'tablet' ? 2 : 3, host.meetingCode, '1357');
      await page.getByRole('button', { name: '加入', exact: true }).click();
      await admitWaiting(page, host);
      await page.getByText('待审草案', { exact: true }).waitFor();
      await shoot(page, `${size}-8-drafts-signoff`);
      await page.getByText('待签名', { exact: true }).click();
      await page.getByText('审评意见', { exact: true }).waitFor();
      await shoot(page, `${size}-9-sign`);
      await page.getByRole('button', { name: '我的历史版本', exact: true }).click();
      await page.getByText(/^第 1 版/).waitFor();
      await shoot(page, `${size}-10-history`);
      await page.keyboard.press('Escape');
      await drawSignature(page);
      await page.getByRole('button', { name: '确认签名', exact: true }).click();
      await page.getByText(/^您已签名/).waitFor();
      await shoot(page, `${size}-11-signed`);
      await context.close();
    }
  } finally {
    await host.shell.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};

const run = async () => {
  await mkdir(out, { recursive: true });
  const dataDir = await seededDataFolder({ pledged: true, recusalDecided: true, phase: 'scoring' });
  await addDraftPdf(dataDir);
  const host = await openHubHost({ dataDir });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({ executablePath: process.env.ZZ_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'] });
    const url = host.status.url!;
    for (const [size, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, hasTouch: size === 'phone', isMobile: size === 'phone' });
      const page = await context.newPage();
      await fillJoinForm(page, url, 1, host.meetingCode, pinOf('E02'));
      await shoot(page, `${size}-1-join`);
      await page.getByRole('button', { name: '加入', exact: true }).click();
      await page.getByText('待审草案', { exact: true }).waitFor();
      await shoot(page, `${size}-2-drafts`);
      await page.getByText('家用和类似用途电子膨胀阀', { exact: true }).click();
      await page.locator('.zz-score-sheet').waitFor();
      if (size === 'tablet') await page.locator('.zz-pdf-page canvas, canvas').first().waitFor();
      await shoot(page, `${size}-3-draft`);
      await page.locator('.zz-score-sheet input').first().fill('8');
      await page.getByText('已保存', { exact: true }).first().waitFor();
      await shoot(page, `${size}-4-saved`);
      await context.setOffline(true);
      await page.locator('.zz-score-sheet input').first().fill('7');
      await page.getByText('未同步', { exact: true }).first().waitFor();
      await shoot(page, `${size}-5-unsynced`);
      await context.setOffline(false);
      await page.getByText('已保存', { exact: true }).first().waitFor();
      await shoot(page, `${size}-6-resent`);
      // A reload with a draft the hub never received: it comes back from the device and is sent.
      await page.route('**/api/sheet.saveDraft', (route) => route.abort('connectionreset'));
      await page.locator('.zz-score-sheet input').first().fill('6');
      await page.getByText('1 项未同步', { exact: true }).waitFor();
      await page.reload();
      await page.getByText('1 项未同步', { exact: true }).waitFor();
      if ((await page.locator('.zz-score-sheet input').first().inputValue()) !== '6') throw new Error('the unsent draft did not survive the reload');
      await page.unroute('**/api/sheet.saveDraft');
      await page.getByText('已保存', { exact: true }).first().waitFor();
      if (size === 'phone') {
        await page.getByRole('tab', { name: '材料', exact: true }).click();
        await page.locator('canvas').first().waitFor();
        await shoot(page, `${size}-7-materials`);
      }
      await context.close();

      const first = await browser.newContext({ viewport, hasTouch: size === 'phone', isMobile: size === 'phone' });
      const pledgePage = await first.newPage();
      await fillJoinForm(pledgePage, url, 2, host.meetingCode, '2468');
      await pledgePage.getByRole('button', { name: '加入', exact: true }).click();
      await admitWaiting(pledgePage, host, `${size}-0-waiting`);
      await pledgePage.getByText('签署承诺书', { exact: true }).first().waitFor();
      await shoot(pledgePage, `${size}-0-pledge`);
      await first.close();
    }
    await signOffScenes(browser);
  } finally {
    await browser?.close();
    await host.shell.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
};

await run();
