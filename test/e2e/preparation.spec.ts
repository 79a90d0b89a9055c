import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { meetingSeed, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';
import { fillPledge, signPledge } from './support/review-steps.js';

const seed = meetingSeed();
const pins: Record<string, string> = { 张建国: '102938', 李慧敏: '5566', 王志强: '7788', 陈晓燕: '9900', 刘伟: '24680', 赵明: '1357' };

test('preparation: check-in, drawn pledges with PINs, a recusal, then scoring starts', async () => {
  test.setTimeout(240_000);
  const exportDir = await mkdtemp(join(tmpdir(), 'zz-e2e-audit-'));
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    const warnings: string[] = [];
    page.on('console', (message) => {
      // The browser shell serves no favicon; anything else the console reports (React or antd warnings) fails the test.
      if ((message.type() === 'warning' || message.type() === 'error') && !message.location().url.endsWith('/favicon.ico')) {
        warnings.push(`${message.text()} ${message.location().url}`);
      }
    });
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '审评会', exact: true })).toBeVisible();
    await seedMeeting(workstation, page, seed);
    await page.reload();
    await page.getByRole('link', { name: seed.meeting.title, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`#/meetings/${seedMeetingId}$`));
    await expect(page.getByText('到会且无需回避的专家 0 名，少于法定人数 5 名').first()).toBeVisible();
    await expect(page.getByText('赵明（E06）的回避提示尚待组长确认')).toBeVisible();
    await page.screenshot({ path: screenshotPath('meeting-dashboard-before') });

    await page.getByRole('link', { name: '会前准备', exact: true }).click();
    for (const expert of seed.experts) {
      await page.getByRole('switch', { name: `${expert.name}到会`, exact: true }).click();
      await expect(page.getByText(`已保存：${expert.name}到会`)).toBeVisible();
    }
    await expect(page.getByText('到会 6 / 6 名')).toBeVisible();
    await expect(page.getByRole('button', { name: '开始独立评分：高效节能三相异步电动机', exact: true })).toBeDisabled();
    await expect(page.getByText(/暂不能开始：张建国（E01）、李慧敏（E02）.*尚未签署公正性声明及保密承诺/).last()).toBeVisible();

    const first = await fillPledge(page, '张建国', pins['张建国']!, '102939');
    await page.screenshot({ path: screenshotPath('preparation-pledge') });
    await first.getByRole('button', { name: '确认签署', exact: true }).click();
    await expect(first.getByText('两次输入的 PIN 不一致')).toBeVisible();
    await first.getByLabel('再次输入 PIN').fill(pins['张建国']!);
    await first.getByRole('button', { name: '确认签署', exact: true }).click();
    await expect(page.getByText('已保存：张建国的承诺已签署')).toBeVisible();
    for (const name of ['李慧敏', '王志强', '陈晓燕', '刘伟', '赵明']) {
      await signPledge(page, name, pins[name]!);
    }
    await expect(page.getByRole('img', { name: '赵明承诺人签名', exact: true })).toBeVisible();

    await expect(page.getByText('组长：验证身份')).toHaveCount(0);
    await page.getByLabel('个人 PIN').fill('000000');
    await page.getByRole('button', { name: '验证并进入', exact: true }).click();
    await expect(page.getByText('PIN 不正确，还可再试 4 次')).toBeVisible();
    await page.screenshot({ path: screenshotPath('preparation-chair-gate') });
    await page.getByLabel('个人 PIN').fill(pins['张建国']!);
    await page.getByRole('button', { name: '验证并进入', exact: true }).click();
    await expect(page.getByText('当前专家：张建国（组长）')).toBeVisible();
    await expect(page.getByText(/专家赵明所在单位「浙江三花智能控制股份有限公司」与《家用和类似用途电子膨胀阀》的主要起草单位/)).toBeVisible();

    await page.getByRole('button', { name: '确认回避', exact: true }).click();
    const decision = page.getByRole('dialog');
    await decision.getByRole('button', { name: '确认回避', exact: true }).click();
    await expect(decision.getByText('请填写理由')).toBeVisible();
    await decision.getByLabel('理由').fill('该专家为主要起草单位员工，回避该项目的评分和表决');
    await decision.getByRole('button', { name: '确认回避', exact: true }).click();
    await expect(page.getByText('已保存：回避决定已记录')).toBeVisible();
    await expect(page.getByText(/张建国 于 .* 决定：该专家为主要起草单位员工/)).toBeVisible();
    await page.screenshot({ path: screenshotPath('preparation-ready'), fullPage: true });

    await page.getByRole('button', { name: '开始独立评分：家用和类似用途电子膨胀阀', exact: true }).click();
    await expect(page.getByText('已保存：《家用和类似用途电子膨胀阀》进入独立评分')).toBeVisible();
    await expect(page.getByText('已进入「独立评分」')).toBeVisible();

    await page.getByRole('link', { name: seed.meeting.title, exact: true }).click();
    const s01 = page.getByRole('row').filter({ hasText: '家用和类似用途电子膨胀阀' }).first();
    await expect(s01.getByLabel('独立评分：当前阶段')).toBeVisible();
    await expect(s01.getByLabel('准备：已完成')).toBeVisible();
    await expect(page.getByText('未提交：张建国、李慧敏、王志强、陈晓燕、刘伟')).toBeVisible();
    await expect(page.getByText('回避：赵明')).toBeVisible();
    await expect(page.getByText(/独立评分尚未结束：张建国（E01）.*尚未提交评分表/)).toBeVisible();
    await expect(page.getByText('可以进入「独立评分」')).toBeVisible();
    await page.screenshot({ path: screenshotPath('meeting-dashboard-scoring') });

    await page.getByRole('link', { name: '审计日志', exact: true }).click();
    await expect(page.getByText('阶段变更')).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '签署承诺' })).toHaveCount(6);
    await expect(page.getByText('专家：赵明；决定：回避；理由：该专家为主要起草单位员工，回避该项目的评分和表决')).toBeVisible();
    await page.screenshot({ path: screenshotPath('audit-log') });
    await page.getByRole('combobox', { name: '全部操作', exact: true }).click();
    await page.getByTitle('回避决定').click();
    await expect(page.getByRole('row')).toHaveCount(2);

    await page.getByRole('button', { name: '导出', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '导出审计日志', exact: true });
    await dialog.getByLabel('文件夹').fill(exportDir);
    await dialog.getByRole('button', { name: '前往', exact: true }).click();
    await expect(dialog.getByLabel('文件夹')).toHaveValue(exportDir);
    await dialog.getByLabel('文件名').fill('回避记录');
    await dialog.getByRole('button', { name: '确定', exact: true }).click();
    await expect(page.getByText(`审计日志已导出：${join(exportDir, '回避记录.csv')}`)).toBeVisible();
    const bytes = await readFile(join(exportDir, '回避记录.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('时间,操作人,操作,操作代码,项目,详情');
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},张建国,回避决定,recusal\.decide,《家用和类似用途电子膨胀阀》,专家：赵明；决定：回避；理由：/);
    expect(lines).toHaveLength(3);
    expect(warnings).toEqual([]);
  } finally {
    await context.close();
    await workstation.stop();
  }
});
