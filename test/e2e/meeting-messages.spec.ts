import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Recommendation, ScoreSheet, Veto } from '../../shared/model/score-sheet.js';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

test.describe.configure({ timeout: 180_000 });

const criteria = ['compliance', 'necessity', 'advancement', 'economy', 'operability'] as const;
const at = '2026-11-28T10:30:00+08:00';

/** A sheet submitted once (version 1), as the scoring screen would have stored it. */
const submittedSheet = (submissionId: string, expertId: string, scores: readonly number[], recommendation: Recommendation, veto: Veto | null = null): ScoreSheet => {
  const content = {
    scores: criteria.map((criterionId, i) => ({ criterionId, score: scores[i] ?? null, justification: '' })),
    veto,
    recommendation,
    opinion: '',
  };
  return {
    id: `${submissionId}/${expertId}`,
    meetingId: seedMeetingId,
    submissionId,
    expertId,
    rubricId: 'zzb-technical',
    status: 'submitted',
    draft: content,
    versions: [{ ...content, versionNo: 1, submittedAt: at, recommendation }],
    updatedAt: at,
  };
};

/**
 * S01 at the end of blind scoring: all five participants submitted (赵明 is recused), 刘伟's 先进性
 * of 10 the outlier, 王志强's veto the widest row of the matrix. S02 finalised, with 李慧敏's sheet among its records.
 */
const seed = () => {
  const base = meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' });
  return {
    ...base,
    submissions: base.submissions.map((s) => (s.id === 'S02' ? { ...s, phase: 'finalised' as const } : s)),
    scoreSheets: [
      submittedSheet('S01', 'E01', [16, 12, 24, 12, 16], 'pass'),
      submittedSheet('S01', 'E02', [17, 13, 25, 13, 17], 'pass'),
      submittedSheet('S01', 'E03', [16, 11, 24, 11, 16], 'fail', { criterionId: 'compliance', reason: '第 6.3 条与强制性国家标准相抵触' }),
      submittedSheet('S01', 'E04', [15, 12, 23, 12, 15], 'pass'),
      submittedSheet('S01', 'E05', [16, 12, 10, 12, 16], 'pass-with-revisions'),
      submittedSheet('S02', 'E02', [16, 12, 24, 12, 16], 'pass'),
    ],
  };
};

const route = (page: Page, hash: string) => page.goto(`${page.url().split('#')[0]}#/meetings/${seedMeetingId}${hash}`);

const overlaps = async (a: Locator, b: Locator): Promise<boolean> => {
  const [x, y] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (x === null || y === null) return false;
  return x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
};

test('what the dashboard, discussion, sheets, toasts and PIN lockout say is true', async () => {
  // The host keeps the lockout on its own clock: the test moves it on by the lockout's length.
  const workstation = await startWorkstation(undefined, { clockStepMs: 60_000 });
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '审评会', exact: true })).toBeVisible();

    // On 会前准备, before anyone has signed: nothing sends the reader to the page they are on.
    await seedMeeting(workstation, page, meetingSeed({ present: true }));
    await page.reload();
    await route(page, '/prepare');
    await expect(page.getByText('张建国尚未签署公正性声明及保密承诺，也未设置个人 PIN：签署承诺并设置 PIN 后才能验证身份。', { exact: true })).toBeVisible();
    await expect(page.getByText('请先到「会前准备」')).toHaveCount(0);

    await seedMeeting(workstation, page, seed());
    await page.reload();

    // The dashboard says where the next step is taken, and that screen is open.
    await route(page, '');
    const s01 = page.getByRole('row').filter({ hasText: '家用和类似用途电子膨胀阀' }).first();
    const ready = page.getByText('可以进入「合议」：请在「合议」页点「开始合议（公开评分）」', { exact: true });
    await expect(ready).toBeVisible();
    await expect(s01.getByRole('link', { name: '合议', exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('messages-dashboard') });

    // Opening discussion there: the toast says so, clear of the phase tag, and does not follow to another draft's screen.
    await s01.getByRole('link', { name: '合议', exact: true }).click();
    await page.getByRole('button', { name: '开始合议（公开评分）', exact: true }).click();
    const toast = page.locator('.ant-message-notice').filter({ hasText: '已进入「合议」阶段' });
    await expect(toast).toBeVisible();
    const phaseTag = page.getByText('当前阶段：合议', { exact: true });
    expect(await overlaps(toast, phaseTag)).toBe(false);
    await page.screenshot({ path: screenshotPath('messages-toast') });
    // Another draft at once, well inside the toast's three seconds: it is gone there.
    await route(page, '/score/S02');
    await expect(page.getByText('当前阶段：定稿', { exact: true })).toBeVisible();
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 2000 });
    await route(page, '/discuss/S01');

    // Dispersion names the expert; the matrix fits the window.
    const flags = page.locator('.zz-dispersion-flags');
    await expect(flags).toContainText('专家刘伟对「先进性」评 10 分，与其他专家的中位数 24 相差 14 分');
    await expect(flags).not.toContainText('E05');
    const table = page.locator('.ant-table-content').first();
    await expect(table).toBeVisible();
    const { scrollWidth, clientWidth } = await table.evaluate((e) => ({ scrollWidth: e.scrollWidth, clientWidth: e.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expect(page.getByRole('columnheader', { name: '专家', exact: true })).toBeInViewport();
    await page.screenshot({ path: screenshotPath('messages-discussion') });

    // The clock stands still unless the test moves it, so the countdown shows exact figures on a busy machine too.
    const opened = Date.parse('2026-11-28T11:00:00+08:00');
    await page.clock.setFixedTime(opened);
    await route(page, '/score/S02?expert=E02');
    await expect(page.getByText('当前阶段：定稿', { exact: true })).toBeVisible();

    // Five wrong PINs two minutes after the gate opened: the lockout counts down from its real length.
    await page.clock.setFixedTime(opened + 120_000);
    const pin = page.locator('#zz-expert-pin');
    const verify = page.getByRole('button', { name: '验证并进入', exact: true });
    /** Types a PIN once the gate is ready for one: the field empty, nothing being checked. */
    const enterPin = async (digits: string) => {
      await expect(pin).toHaveValue('');
      await expect(verify).toBeDisabled();
      await pin.pressSequentially(digits);
      await verify.click();
    };
    for (let i = 1; i <= 4; i += 1) {
      await enterPin('0000');
      await expect(page.getByText(`PIN 不正确，还可再试 ${5 - i} 次`, { exact: true })).toBeVisible();
    }
    await enterPin('0000');
    await expect(page.getByText('连续 5 次输错 PIN，请 60 秒后再试', { exact: true })).toBeVisible();
    await page.clock.setFixedTime(opened + 150_000);
    await expect(page.getByText('连续 5 次输错 PIN，请 30 秒后再试', { exact: true })).toBeVisible();
    await page.clock.setFixedTime(opened + 180_000);
    await expect(pin).toBeEnabled();
    await workstation.moveHostClock();

    // A finalised sheet does not promise changes in discussion.
    await enterPin(pinOf('E02'));
    await expect(page.getByText('评分表已提交。审评结论已定稿，评分不能再修改。', { exact: true })).toBeVisible();
    await expect(page.getByText('进入合议后可以修改')).toHaveCount(0);
  } finally {
    await context.close().catch(() => undefined);
    await workstation.stop();
  }
});
