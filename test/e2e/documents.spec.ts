import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { meetingFolderName } from '../../shared/documents/file-names.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { recommendationLabels } from '../../shared/engine/labels.js';
import { seedMeeting } from './support/seed-meeting.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';

test.describe.configure({ timeout: 300_000 });

/** The demo-style meeting, finalised: three submissions ending 修改后通过, 通过 and 不通过. */
const record = sampleMeetingRecord();

test('「导出全部」 writes every document of a finalised meeting into the chosen folder', async () => {
  const target = await mkdtemp(join(tmpdir(), 'zz-e2e-documents-'));
  const { workstation, page, close } = await openWorkstation();
  try {
    await seedMeeting(workstation, page, record);
    await page.goto(`${workstation.url}#/meetings/${record.meeting.id}`);
    await expect(page.getByRole('button', { name: '导出全部', exact: true })).toBeEnabled();
    await expect(page.getByRole('button', { name: '生成文档', exact: true })).toHaveCount(3);
    await page.screenshot({ path: screenshotPath('documents-dashboard') });

    await page.getByRole('button', { name: '导出全部', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '选择保存审评文档的文件夹', exact: true });
    await dialog.getByLabel('文件夹').fill(target);
    await dialog.getByRole('button', { name: '前往', exact: true }).click();
    await expect(dialog.getByLabel('文件夹')).toHaveValue(target);
    await page.screenshot({ path: screenshotPath('documents-choose-folder') });
    await dialog.getByRole('button', { name: '确定', exact: true }).click();

    await expect(page.getByRole('dialog', { name: '正在生成审评文档', exact: true })).toContainText('个文件：', { timeout: 60_000 });
    await page.screenshot({ path: screenshotPath('documents-progress') });
    const done = page.getByRole('dialog', { name: '审评文档已保存', exact: true });
    await expect(done).toBeVisible({ timeout: 180_000 });
    const folder = join(target, meetingFolderName(record.meeting));
    await expect(done).toContainText(`保存位置：${folder}`);
    // The meeting's 审评会议纪要 and 专家承诺书, and 29 documents of the three drafts, each as PDF and DOCX.
    await expect(done).toContainText('共 62 个文件');
    await page.screenshot({ path: screenshotPath('documents-saved') });

    const files = readdirSync(folder);
    expect(files).toHaveLength(62);
    const minutes = join(folder, `${record.meeting.id}_审评会议纪要.pdf`);
    expect(existsSync(minutes.replace(/\.pdf$/u, '.docx'))).toBe(true);
    const minutesText = execFileSync('pdftotext', [minutes, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
    for (const submission of record.submissions) {
      const opinion = join(folder, `${record.meeting.id}_${submission.id}_审评意见.pdf`);
      expect(existsSync(opinion.replace(/\.pdf$/u, '.docx'))).toBe(true);
      const result = `审评结论：${recommendationLabels[record.verdicts.find((v) => v.submissionId === submission.id)!.outcome!]}`;
      expect(execFileSync('pdftotext', [opinion, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '')).toContain(result);
      expect(minutesText.slice(minutesText.indexOf(submission.standardName))).toContain(result);
    }
  } finally {
    await close();
    await rm(target, { recursive: true, force: true });
  }
});
