import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readTable } from './support/review-package.js';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

// Needs dist/demo/demo-meeting.zzpkg: `npm run build:renderer` (and so `npm run test:e2e`) builds it first.
const meetingId = 'M-2026-0147';
const meetingTitle = '2026年第四批“浙江制造”标准技术审评会（电工电器与日用消费品组）';

test('the demo meeting loads from the empty meeting list through the regular import preview', async () => {
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await expect(page.getByText('还没有审评会')).toBeVisible();
    const load = page.getByRole('button', { name: '载入示例审评会', exact: true });
    await page.screenshot({ path: screenshotPath('demo-empty-state') });
    await load.hover();
    await expect(page.getByText('载入一次虚构的“浙江制造”标准技术审评会')).toBeVisible();
    await page.screenshot({ path: screenshotPath('demo-empty-state-hint') });

    await load.click();
    await expect(page.getByText('导入预览')).toBeVisible();
    await expect(page.getByText(meetingTitle)).toBeVisible();
    await expect(page.getByText('评审包未签名：无法确认它出自审评机构')).toBeVisible();
    for (const name of ['沈立群', '周雅琴', '徐晓岚']) await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
    for (const standard of ['电动自行车用锂离子电池组', '不锈钢真空保温杯', '智能坐便器便座']) await expect(page.getByText(standard).first()).toBeVisible();
    await expect(page.getByText('对标分析报告').first()).toBeVisible();
    expect(await readTable(workstation, 'meetings')).toEqual([]);
    await page.screenshot({ path: screenshotPath('demo-import-preview'), fullPage: true });

    await page.getByRole('button', { name: '确认导入', exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`#/meetings/${meetingId}$`));
    expect(await readTable(workstation, 'experts')).toHaveLength(7);
    expect(await readTable(workstation, 'submissions')).toHaveLength(3);
    expect(await readTable(workstation, 'materials')).toHaveLength(9);
    // The panel member who worked for a co-drafter of the third draft is flagged for the chair.
    await expect(page.getByText('徐晓岚（E05）的回避提示尚待组长确认')).toBeVisible();
    await page.screenshot({ path: screenshotPath('demo-meeting') });

    await page.goto(`${workstation.url}#/meetings`);
    await expect(page.getByRole('link', { name: meetingTitle, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: '载入示例审评会', exact: true })).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('demo-meeting-list') });
  } finally {
    await context.close();
    await workstation.stop();
  }
});
