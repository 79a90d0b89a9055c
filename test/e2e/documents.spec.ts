import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { meetingFolderName } from '../../shared/documents/file-names.js';
import { sampleMeetingRecord } from '../../shared/documents/sample-meeting.js';
import { recommendationLabels } from '../../shared/engine/labels.js';
import { seedMeeting } from './support/seed-meeting.js';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

test.describe.configure({ timeout: 300_000 });

/** The demo-style meeting, finalised: three submissions ending 修改后通过, 通过 and 不通过. */
const record = sampleMeetingRecord();

test('「导出全部」 writes every document of a finalised meeting into the chosen folder', async () => {
  const workstation = await startWorkstation();
  const profile = await mkdtemp(join(tmpdir(), 'zz-e2e-profile-'));
  const target = await mkdtemp(join(tmpdir(), 'zz-e2e-documents-'));
  const { context, page } = await openProfile(profile);
  try {
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '审评会' })).toBeVisible();
    await seedMeeting(page, record);
    await page.goto(`${workstation.url}#/meetings/${record.meeting.id}`);
    await expect(page.getByRole('button', { name: '导出全部' })).toBeEnabled();
    await expect(page.getByRole('button', { name: '生成文档' })).toHaveCount(3);
    await page.screenshot({ path: screenshotPath('documents-dashboard') });

    await page.getByRole('button', { name: '导出全部' }).click();
    const dialog = page.getByRole('dialog', { name: '选择保存审评文档的文件夹' });
    await dialog.getByLabel('文件夹').fill(target);
    await dialog.getByRole('button', { name: '前往' }).click();
    await expect(dialog.getByLabel('文件夹')).toHaveValue(target);
    await page.screenshot({ path: screenshotPath('documents-choose-folder') });
    await dialog.getByRole('button', { name: '确定' }).click();

    await expect(page.getByRole('dialog', { name: '正在生成审评文档' })).toContainText('个文件：', { timeout: 60_000 });
    await page.screenshot({ path: screenshotPath('documents-progress') });
    const done = page.getByRole('dialog', { name: '审评文档已保存' });
    await expect(done).toBeVisible({ timeout: 180_000 });
    const folder = join(target, meetingFolderName(record.meeting));
    await expect(done).toContainText(`保存位置：${folder}`);
    await expect(done).toContainText('共 58 个文件');
    await page.screenshot({ path: screenshotPath('documents-saved') });

    const files = readdirSync(folder);
    expect(files).toHaveLength(58);
    for (const submission of record.submissions) {
      const minutes = join(folder, `${record.meeting.id}_${submission.id}_审评会议纪要.pdf`);
      expect(existsSync(minutes)).toBe(true);
      expect(existsSync(minutes.replace(/\.pdf$/u, '.docx'))).toBe(true);
      const outcome = record.verdicts.find((v) => v.submissionId === submission.id)!.outcome!;
      const text = execFileSync('pdftotext', [minutes, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
      expect(text).toContain(`审评结论：${recommendationLabels[outcome]}`);
    }
  } finally {
    await context.close().catch(() => undefined);
    await workstation.stop();
    await rm(target, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
});
