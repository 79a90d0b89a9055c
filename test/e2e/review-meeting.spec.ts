import { execFileSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { readHostStore } from './support/host-store.js';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';
import { signAndSubmit, signOpinion, unlockExpert } from './support/review-steps.js';

test.describe.configure({ timeout: 300_000 });

const criteria = ['合规性', '必要性', '先进性', '经济性', '可操作性'] as const;

/** Five participants (E06 is recused from S01). E05's 先进性 of 10 is the outlier the engine must flag. */
const sheets: Record<string, { name: string; scores: number[]; recommendation: string }> = {
  E01: { name: '张建国', scores: [16, 12, 24, 12, 16], recommendation: '通过' },
  E02: { name: '李慧敏', scores: [17, 13, 25, 13, 19], recommendation: '通过' },
  E03: { name: '王志强', scores: [16, 11, 24, 11, 16], recommendation: '修改后通过' },
  E04: { name: '陈晓燕', scores: [15, 12, 23, 12, 15], recommendation: '通过' },
  E05: { name: '刘伟', scores: [16, 12, 10, 12, 16], recommendation: '修改后通过' },
};
/** E02's total, 87, appears nowhere else on the screens the blind check looks at. */
const e02Total = '87';
const e02Opinion = '对标数据充分，关键指标优于 GB/T 21108';

const screen = (page: Page, name: string, submissionId = 'S01', expertId?: string) =>
  page.goto(`${page.url().split('#')[0]}#/meetings/${seedMeetingId}/${name}/${submissionId}${expertId === undefined ? '' : `?expert=${expertId}`}`);

/** The expert's personal PIN, when the gate asks for it. */
const unlock = (page: Page, expertId: string) => unlockExpert(page, sheets[expertId]!.name, pinOf(expertId));

const openSheet = async (page: Page, expertId: string) => {
  await screen(page, 'score', 'S01', expertId);
  await unlock(page, expertId);
  await expect(page.getByLabel('合规性得分')).toBeVisible();
};

/** Scores typed from the keyboard alone: digits into the first criterion, then Tab to each next one. */
const typeScores = async (page: Page, scores: readonly number[]) => {
  await page.getByLabel('合规性得分').click();
  for (const [index, score] of scores.entries()) {
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(String(score));
    if (index < scores.length - 1) await page.keyboard.press('Tab');
  }
  for (const [index, name] of criteria.entries()) await expect(page.getByLabel(`${name}得分`)).toHaveValue(String(scores[index]));
};

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

const submitSheet = async (page: Page, expertId: string) => {
  const sheet = sheets[expertId]!;
  await openSheet(page, expertId);
  await typeScores(page, sheet.scores);
  await page.getByRole('radio', { name: sheet.recommendation, exact: true }).check();
  await saved(page);
  await page.getByRole('button', { name: '提交评分', exact: true }).click();
  await signAndSubmit(page, 1);
  await expect(page.getByText('已提交初评（第 1 版）')).toBeVisible();
};

/**
 * Kills Chromium the hard way (SIGKILL to the browser process this worker launched), as a power cut
 * or a crash would: nothing gets the chance to flush or say goodbye.
 */
const killBrowser = (context: BrowserContext) => {
  const children = execFileSync('ps', ['-o', 'pid=,comm=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  const browsers = children
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, command]) => command !== undefined && command.startsWith('chromium'));
  expect(browsers.length).toBe(1);
  process.kill(Number(browsers[0]![0]), 'SIGKILL');
  context.close().catch(() => undefined);
};

/** The outbox as the host committed it: one entry per verdict version, each chained to the one before. */
const outboxEntries = (dataDir: string) =>
  readHostStore(dataDir, (tx) =>
    tx.outbox.list().map((e) => ({ verdictId: e.verdictId, versionNo: e.versionNo, bundleDigest: e.bundleDigest, supersedes: e.bundle.supersedes })),
  );

test('a five-expert technical review from blind scoring to a finalised, amended verdict that survives crashes', async () => {
  const workstation = await startWorkstation();
  const profile = await mkdtemp(join(tmpdir(), 'zz-e2e-profile-'));
  let { context, page } = await openProfile(profile, workstation);
  const reopen = async () => {
    ({ context, page } = await openProfile(profile, workstation));
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '审评会', exact: true })).toBeVisible();
  };
  try {
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '审评会', exact: true })).toBeVisible();
    await seedMeeting(workstation, page, meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' }));
    await page.reload();

    // E02 scores first, with a technical comment and an opinion only they wrote.
    await openSheet(page, 'E02');
    await page.screenshot({ path: screenshotPath('review-scoring-empty') });
    await typeScores(page, sheets.E02!.scores);
    await expect(page.getByLabel('可操作性评分理由')).toBeVisible();
    await page.getByRole('button', { name: '提交评分', exact: true }).click();
    const problems = page.getByRole('alert').filter({ hasText: '评分表尚不能提交' });
    await expect(problems).toContainText('「可操作性」得分 19 分（≤5 或 ≥18）须填写评分理由');
    await expect(problems).toContainText('尚未选择推荐结论');
    await expect(page.getByRole('region', { name: '可操作性', exact: true })).toContainText('须填写评分理由');
    await page.getByLabel('可操作性评分理由').fill('试验方法完整，已在三家企业验证');
    await page.getByRole('button', { name: '评审要点与检查项', exact: true }).first().click();
    await expect(page.getByText('技术要求不低于相关强制性国家标准，无相抵触的条款')).toBeVisible();
    await page.getByRole('button', { name: '添加意见', exact: true }).click();
    await page.getByLabel('第 1 条意见的章条编号').fill('6.2.3');
    await page.getByLabel('第 1 条意见内容').fill('过热度控制精度宜对标国际先进水平');
    await page.getByLabel('第 1 条意见的修改建议').fill('过热度控制精度不大于 ±0.5 K');
    await page.getByRole('radio', { name: '通过', exact: true }).check();
    await page.getByLabel('总体意见').fill(e02Opinion);
    await saved(page);
    await page.screenshot({ path: screenshotPath('review-scoring-filled') });
    await page.getByRole('button', { name: '提交评分', exact: true }).click();
    await expect(page.getByRole('dialog', { name: '签名提交第 1 版评分', exact: true })).toContainText('合计 87 / 100 分');
    await expect(page.getByRole('dialog', { name: '签名提交第 1 版评分', exact: true })).toContainText('李慧敏');
    await signAndSubmit(page, 1, 'review-scoring-sign');
    await expect(page.getByText('已提交初评（第 1 版）')).toBeVisible();
    await expect(page.getByText('评分表已提交。独立评分结束、进入合议后可以修改。')).toBeVisible();

    // Blind: while E03 scores, nothing of E02's sheet is on any screen.
    await page.getByRole('button', { name: '切换专家/锁定', exact: true }).click();
    await openSheet(page, 'E03');
    await page.getByLabel('合规性得分').click();
    await page.keyboard.type('16');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('必要性得分')).toBeFocused();
    await page.keyboard.type('9');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByLabel('必要性得分')).toHaveValue('11');
    await page.keyboard.press('Tab');
    await page.keyboard.type('24');
    await saved(page);
    for (const text of [e02Opinion, '试验方法完整', '过热度控制精度', `${e02Total}`]) await expect(page.locator('body')).not.toContainText(text);
    await page.screenshot({ path: screenshotPath('review-scoring-blind') });
    await screen(page, 'discuss');
    await expect(page.getByText('独立评分进度')).toBeVisible();
    for (const text of [e02Opinion, `${e02Total}`, '去极值平均']) await expect(page.locator('body')).not.toContainText(text);
    await page.screenshot({ path: screenshotPath('review-discussion-blind') });

    // Crash in the middle of E03's sheet, right after 「已保存」: everything typed is there after restart.
    killBrowser(context);
    await reopen();
    await openSheet(page, 'E03');
    await expect(page.getByLabel('合规性得分')).toHaveValue('16');
    await expect(page.getByLabel('必要性得分')).toHaveValue('11');
    await expect(page.getByLabel('先进性得分')).toHaveValue('24');
    await page.getByLabel('经济性得分').fill('11');
    await page.getByLabel('可操作性得分').fill('16');
    await page.getByRole('radio', { name: '修改后通过', exact: true }).check();
    await saved(page);
    await page.getByRole('button', { name: '提交评分', exact: true }).click();
    await signAndSubmit(page, 1);
    await expect(page.getByText('已提交初评（第 1 版）')).toBeVisible();

    for (const expertId of ['E01', 'E04', 'E05']) await submitSheet(page, expertId);

    // The chair opens discussion: scores revealed, the outlier flagged with its reason.
    await screen(page, 'discuss');
    await page.getByRole('button', { name: '开始合议（公开评分）', exact: true }).click();
    await expect(page.getByText('去极值平均')).toBeVisible();
    await expect(page.locator('.zz-flagged-cell')).toHaveCount(1);
    await expect(page.locator('.zz-dispersion-flags')).toContainText('专家刘伟对「先进性」评 10 分，与其他专家的中位数 24 相差 14 分');
    await expect(page.locator('.zz-dispersion-flags')).toContainText('「先进性」最高分 25 与最低分 10 相差 15 分');
    await expect(page.getByRole('button', { name: '进入表决', exact: true })).toBeDisabled();
    await page.locator('.zz-flagged-cell').hover();
    await expect(page.getByRole('tooltip')).toContainText('与其他专家的中位数 24 相差 14 分');
    await page.screenshot({ path: screenshotPath('review-discussion-matrix') });

    // E05 revises with a reason: version 2; both versions stay viewable.
    await page.getByRole('row', { name: /刘伟/ }).getByRole('button', { name: '修改', exact: true }).click();
    // The chair's PIN field on 合议 must not pass for E05's gate: wait until 合议 has given way to the sheet.
    await expect(page.locator('.zz-dispersion-flags')).toBeHidden();
    await unlock(page, 'E05');
    await page.getByLabel('先进性得分').fill('22');
    await page.getByRole('button', { name: '提交修改（第 2 版）', exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: '评分表尚不能提交' })).toContainText('修改评分须写明修改理由');
    await page.getByLabel('修改理由').fill('经合议，采纳其他专家对对标数据的意见');
    await saved(page);
    await page.getByRole('button', { name: '提交修改（第 2 版）', exact: true }).click();
    await signAndSubmit(page, 2);
    await expect(page.getByText('已提交第 2 版', { exact: true })).toBeVisible();
    await screen(page, 'discuss');
    await expect(page.locator('.zz-flagged-cell')).toHaveCount(0);
    await page.getByRole('row', { name: /刘伟/ }).getByRole('button', { name: '共 2 版', exact: true }).click();
    const history = page.locator('.ant-drawer');
    await expect(history.getByText('第 1 版（初评）')).toBeVisible();
    await expect(history.getByText('修改理由：经合议，采纳其他专家对对标数据的意见')).toBeVisible();
    await page.screenshot({ path: screenshotPath('review-discussion-history') });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '进入表决', exact: true }).click();

    // The vote: outcome and explanation from the engine; the opinion from the generated draft.
    await screen(page, 'vote');
    await expect(page.locator('.zz-outcome')).toHaveText('修改后通过');
    await expect(page.locator('.zz-outcome-explanation')).toHaveText(
      '5 名有效表决专家中 5 名同意（≥3/4），平均总分 78.7（≥60），其中 3 名建议直接通过（<3/4）→ 修改后通过',
    );
    await expect(page.getByText('赵明回避')).toBeVisible();
    const opinion = page.getByRole('textbox', { name: '审评意见', exact: true });
    await expect(opinion).toHaveValue(/专家组听取了起草组关于标准编制情况及先进性说明的汇报，审阅了送审材料，经质询和讨论，形成审评意见如下：/);
    await page.getByRole('button', { name: '将 6.2.3 的意见加入修改要求', exact: true }).click();
    await page.getByRole('button', { name: '新增一条', exact: true }).click();
    await page.getByLabel('第 2 条修改要求').fill('补充电子膨胀阀寿命试验的判定规则。');
    await page.getByRole('button', { name: '上移第 2 条', exact: true }).click();
    await expect(page.getByLabel('第 1 条修改要求')).toHaveValue('补充电子膨胀阀寿命试验的判定规则。');
    await page.getByRole('button', { name: '按表决结果重新生成', exact: true }).click();
    await expect(opinion).toHaveValue(/请起草组按专家组提出的两条修改意见修改完善后形成报批稿。$/);
    await saved(page);
    await page.screenshot({ path: screenshotPath('review-vote') });
    await page.getByRole('button', { name: '进入签署', exact: true }).click();
    await expect(page.getByText('已进入「签署」阶段')).toBeVisible();

    // Signatures drawn with the mouse after each PIN, the chair last.
    await screen(page, 'signoff');
    await expect(page.getByRole('button', { name: '张建国签名', exact: true })).toBeDisabled();
    for (const expertId of ['E02', 'E03', 'E04', 'E05', 'E01']) {
      await signOpinion(page, sheets[expertId]!.name, pinOf(expertId), expertId === 'E05' ? 'review-signing' : undefined);
    }

    await page.getByRole('button', { name: '定稿', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认定稿', exact: true }).click();
    await expect(page.getByText('已定稿', { exact: true })).toBeVisible();
    const digest = (await page.locator('.zz-verdict-digest').first().innerText()).trim();
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    await page.screenshot({ path: screenshotPath('review-finalised') });

    // Crash right after finalising: the frozen verdict and exactly one outbox entry are there.
    killBrowser(context);
    await reopen();
    await screen(page, 'signoff');
    await expect(page.getByText('已定稿', { exact: true })).toBeVisible();
    await expect(page.locator('.zz-verdict-digest')).toHaveText([digest]);
    const first = outboxEntries(workstation.dataDir);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ versionNo: 1, supersedes: null });
    // One digest: the screen shows the digest of the bundle the device key signs, which version 2 will name.
    expect(first[0]!.bundleDigest).toBe(digest);

    // A formal amendment: reason required, version 2 chained to version 1, its own outbox entry.
    await page.getByRole('button', { name: '正式修订', exact: true }).click();
    const amend = page.getByRole('dialog');
    await amend.locator('#zz-expert-pin').fill(pinOf('E01'));
    await amend.getByRole('button', { name: '验证并进入', exact: true }).click();
    await expect(amend.getByRole('button', { name: '形成第 2 版', exact: true })).toBeDisabled();
    await amend.getByLabel('修订理由').fill('更正修改要求的措辞');
    await amend.getByLabel('第 1 条修改要求').fill('补充电子膨胀阀寿命试验的抽样和判定规则。');
    await page.screenshot({ path: screenshotPath('review-amend') });
    await amend.getByRole('button', { name: '形成第 2 版', exact: true }).click();
    await expect(page.getByText('修订理由：更正修改要求的措辞')).toBeVisible();
    await expect(page.locator('.zz-verdict-digest')).toHaveCount(2);
    await expect(page.locator('.zz-verdict-digest').last()).toHaveText(digest);

    killBrowser(context);
    await reopen();
    const entries = outboxEntries(workstation.dataDir).sort((a, b) => a.versionNo - b.versionNo);
    expect(entries.map((e) => e.versionNo)).toEqual([1, 2]);
    expect(entries[1]!.supersedes).toBe(entries[0]!.bundleDigest);
    await screen(page, 'signoff');
    await expect(page.getByText('补充电子膨胀阀寿命试验的抽样和判定规则。')).toBeVisible();
    await page.screenshot({ path: screenshotPath('review-amended') });
  } finally {
    await context.close().catch(() => undefined);
    await workstation.stop();
  }
});
