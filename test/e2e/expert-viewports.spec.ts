import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { ruleTexts } from '../../shared/compliance/finding.js';
import { addMaterialFile, materialRow } from './support/material-files.js';
import { putRows } from './support/review-package.js';
import { startLoopbackHub } from './support/room-hub.js';
import { pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { signedOffMeeting } from './support/signed-off-meeting.js';
import { drawSignature } from './support/signature-pad.js';
import { buildStandardDraftPdf } from './support/standard-draft-pdf.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';

test.describe.configure({ timeout: 420_000 });

/** A 10-inch tablet and a phone, each held both ways. */
const sizes = [
  { name: 'tablet', width: 1280, height: 800 },
  { name: 'tablet-portrait', width: 800, height: 1280 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'phone-landscape', width: 844, height: 390 },
] as const;
type Size = (typeof sizes)[number];

/** The smallest comfortable touch target (WCAG 2.5.5, Apple's and Google's guides). */
const touchMin = 44;

/** Nothing on the screen is wider than the screen: the page never scrolls sideways. */
const expectNoSidewaysScroll = async (page: Page, where: string) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect.soft(overflow, `${where}：页面横向溢出 ${overflow} px`).toBeLessThanOrEqual(0);
};

/** The page itself does not scroll: the app's frame fits the screen and only its content area scrolls. */
const expectFrameFits = async (page: Page, where: string) => {
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect.soft(overflow, `${where}：页面纵向溢出 ${overflow} px`).toBeLessThanOrEqual(0);
};

/** A control the expert touches is at least 44 px tall. */
const expectTouchable = async (control: Locator, where: string) => {
  const box = await control.boundingBox();
  expect.soft(box?.height ?? 0, `${where}：触控高度不足 ${touchMin} px`).toBeGreaterThanOrEqual(touchMin);
};

/** How much of the score sheet's own scrolling area the screen shows, in CSS pixels. */
const sheetRoom = (page: Page) =>
  page.locator('.zz-score-sheet > :first-child').evaluate((area) => {
    const box = area.getBoundingClientRect();
    return Math.round(Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0));
  });

const shoot = (page: Page, screen: string, size: Size) => page.screenshot({ path: screenshotPath(`expert-${screen}-${size.width}x${size.height}`) });

/**
 * Scrolls to `target` until it is in view: a turn of the device re-lays the screen, and an element
 * found before React replaced it would be scrolled to in vain; the check is made again on the new one.
 */
const scrolledTo = (target: Locator, options?: { ratio?: number }) =>
  expect(async () => {
    await target.scrollIntoViewIfNeeded();
    await expect(target).toBeInViewport(options);
  }).toPass();

/**
 * E02 joins from a touch device for the first time (no pledge yet), and the same device is turned and
 * resized through a tablet's and a phone's sizes on each screen. S01 is in blind scoring with its draft
 * in the reader; S02 is at 签署 with the opinion waiting for E02's signature.
 */
test('the expert app on a tablet and a phone, upright and on its side: every screen fits, the sheet keeps room, its submit bar stays in reach', async () => {
  const { workstation, page, close } = await openWorkstation();
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-expert-viewports-'));
  const measured: string[] = [];
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await writeFile(join(folder, '送审稿.pdf'), await buildStandardDraftPdf());
    const draft = await addMaterialFile(page, join(folder, '送审稿.pdf'));
    const seed = signedOffMeeting();
    await seedMeeting(workstation, page, {
      ...seed,
      submissions: seed.submissions.map((s) => (s.id === 'S01' ? { ...s, phase: 'scoring' as const } : s)),
      materials: [materialRow(seedMeetingId, 'S01-1', 'draft', '送审稿', draft) as (typeof seed.materials)[number]],
      pledges: seed.pledges.filter((p) => p.expertId !== 'E02'),
      // E02 has no sheet yet: one who has submitted cannot sign the pledge again.
      scoreSheets: seed.scoreSheets.filter((s) => s.submissionId === 'S02' && s.expertId !== 'E02'),
      // The chair signs last: E02 may sign before the chair has.
      verdicts: seed.verdicts
        .filter((v) => v.submissionId === 'S02')
        .map((v) => ({ ...v, signatures: v.signatures.filter((s) => s.expertId !== 'E02' && s.expertId !== 'E01') })),
    });
    // The pre-check's findings on S01's draft, as 「全部预检」 would leave them, to sit beside 合规性.
    const finding = (clause: string, quote: string) => ({
      rule: 'wording.modal-verb',
      clause,
      quote,
      ruleText: ruleTexts['wording.modal-verb'],
      message: { code: 'compliance.modalVerb', params: { found: '必须', suggested: '应' } },
      suggestion: '应',
    });
    await putRows(workstation, 'complianceReports', [
      {
        id: 'S01',
        meetingId: seedMeetingId,
        submissionId: 'S01',
        checkedAt: '2026-11-28T09:00:00+08:00',
        draftMaterialId: 'S01-1',
        draftSha256: draft.sha256,
        draftTitle: '送审稿',
        noteMaterialId: null,
        findings: [finding('5.1', '阀体表面必须无裂纹、砂眼等缺陷'), finding('6.2.3', '密封试验时必须保压不少于 60 s')],
        problem: null,
      },
    ]);
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}`);
    await page.getByRole('button', { name: '会场联网', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '会场联网', exact: true });
    const { url, meetingCode } = await startLoopbackHub(page, drawer);

    const browser = page.context().browser()!;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'zh-CN', reducedMotion: 'reduce' });
    const device = await context.newPage();
    const eachSize = async (screen: string, check: (size: Size) => Promise<void>) => {
      for (const size of sizes) {
        await device.setViewportSize({ width: size.width, height: size.height });
        await check(size);
        await expectNoSidewaysScroll(device, `${screen} ${size.width}×${size.height}`);
        await shoot(device, screen, size);
      }
    };

    // Join: every field and 「加入」 reachable at each size.
    await device.goto(url);
    const joinButton = device.getByRole('button', { name: '加入', exact: true });
    await eachSize('join', async (size) => {
      await scrolledTo(joinButton);
      await expectTouchable(joinButton, `加入 ${size.width}×${size.height}`);
    });
    await device.getByRole('combobox').click();
    await device.getByTitle('李慧敏（副组长）', { exact: true }).click();
    await device.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await device.locator('#zz-join-code').fill(meetingCode);
    await device.locator('#zz-join-pin').fill(pinOf('E02'));
    await joinButton.click();
    await expect(device.getByText('请向秘书示意，等待确认', { exact: true })).toBeVisible();
    await drawer.getByRole('region', { name: '待秘书确认', exact: true }).getByRole('button', { name: /^允许加入 李慧敏 / }).click();

    // Pledge: the pad is as wide as the card and the confirm button reachable; E02 signs on the phone on its side.
    const pad = device.getByLabel('签名区', { exact: true });
    const pledge = device.getByRole('button', { name: '签署并继续', exact: true });
    await expect(pad).toBeVisible();
    await eachSize('pledge', async (size) => {
      await scrolledTo(pad, { ratio: 1 });
      const box = await pad.boundingBox();
      expect.soft(box!.width, `签名区 ${size.width}×${size.height} 太窄`).toBeGreaterThanOrEqual(Math.min(size.width - 48, 600));
      await scrolledTo(pledge);
      await expectTouchable(pledge, `签署并继续 ${size.width}×${size.height}`);
    });
    await drawSignature(device, device);
    await device.locator('#zz-pledge-pin-again').fill(pinOf('E02'));
    await pledge.click();

    // The drafts: both, each a full-width row to touch.
    await expect(device.getByText('待审草案', { exact: true })).toBeVisible();
    const s01 = device.getByRole('link', { name: '家用和类似用途电子膨胀阀', exact: true });
    await eachSize('drafts', async (size) => {
      await expect(s01).toBeInViewport();
      await expectTouchable(device.locator('.ant-list-item').first(), `草案行 ${size.width}×${size.height}`);
    });

    // Scoring: the first criterion's score and 「提交评分」 show without scrolling the page; the sheet has room.
    await s01.click();
    const firstScore = device.getByRole('textbox', { name: '合规性得分', exact: true });
    const submit = device.getByRole('button', { name: '提交评分', exact: true });
    await expect(firstScore).toBeVisible();
    const precheck = device.getByRole('region', { name: '合规性预检', exact: true });
    await expect(precheck).toContainText('预检发现 2 处可能的问题');
    const toComment = precheck.getByRole('button', { name: '将 6.2.3 的预检问题转为意见', exact: true });
    await device.setViewportSize({ width: 1280, height: 800 });
    await expect(device.getByTestId('pdf-pages').locator('[data-page="1"] canvas')).toBeVisible();
    await eachSize('score', async (size) => {
      const where = `评分 ${size.width}×${size.height}`;
      await expect(submit).toBeInViewport({ ratio: 1 });
      await expect(firstScore).toBeInViewport({ ratio: 1 });
      await expectFrameFits(device, where);
      await expectTouchable(submit, `提交评分 ${size.width}×${size.height}`);
      // The field's box (its suffix 「/ 20」 included) is what the finger touches.
      await expectTouchable(firstScore.locator('..'), `合规性得分 ${size.width}×${size.height}`);
      // Headers, tabs and the bar leave the sheet more than half the screen's height, a phone on its side included.
      const room = await sheetRoom(device);
      measured.push(`${where}：评分表可见 ${room} px`);
      expect.soft(room, `${where}：评分表只剩 ${room} px`).toBeGreaterThanOrEqual(size.height * 0.55);
      // The findings' buttons scroll into view inside the sheet, above its bar, and take a finger.
      await scrolledTo(toComment, { ratio: 1 });
      await expectTouchable(toComment, `转为意见 ${size.width}×${size.height}`);
      await expect(submit).toBeInViewport({ ratio: 1 });
      await shoot(device, 'precheck', size);
      await scrolledTo(firstScore);
    });

    // The score sheet scrolls under its bar: the last input comes into view and the bar stays.
    await device.setViewportSize({ width: 844, height: 390 });
    const opinion = device.getByRole('textbox', { name: '总体意见', exact: true });
    await scrolledTo(opinion);
    await expect(submit).toBeInViewport({ ratio: 1 });
    await shoot(device, 'score-end', sizes[3]);

    // The reader: on a phone the materials are a tab of their own, the page readable across the screen.
    for (const size of sizes.slice(2)) {
      await device.setViewportSize({ width: size.width, height: size.height });
      await device.getByRole('tab', { name: '材料', exact: true }).click();
      await expect(device.getByTestId('pdf-pages').locator('[data-page="1"] canvas')).toBeVisible();
      await expectFrameFits(device, `阅读 ${size.width}×${size.height}`);
      await expectNoSidewaysScroll(device, `阅读 ${size.width}×${size.height}`);
      await shoot(device, 'reader', size);
      await device.getByRole('tab', { name: '评分表', exact: true }).click();
    }

    // Signing S02's opinion: the card, its pad and 「确认签名」 reachable at each size.
    await device.getByRole('button', { name: '返回草案列表', exact: true }).click();
    await device.getByRole('link', { name: '高效节能三相异步电动机', exact: true }).click();
    const sign = device.getByRole('button', { name: '确认签名', exact: true });
    await expect(sign).toBeAttached();
    await eachSize('sign', async (size) => {
      await scrolledTo(pad, { ratio: 1 });
      await scrolledTo(sign);
      await expectTouchable(sign, `确认签名 ${size.width}×${size.height}`);
    });
    await drawSignature(device, device);
    await sign.click();
    await expect(device.getByText(/^您已签名/u)).toBeVisible();
    await shoot(device, 'signed', sizes[3]);
    await context.close();
  } finally {
    console.warn(measured.join('\n'));
    await close();
    await rm(folder, { recursive: true, force: true });
  }
});
