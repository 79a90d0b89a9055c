import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { documentFileName, meetingFolderName } from '../../shared/documents/file-names.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { missingInOrder, pdfText } from '../support/document-text.js';
import { seedMeeting } from './support/seed-meeting.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';
import { saveDocumentsInto } from './support/documents-folder.js';

test.describe.configure({ timeout: 300_000 });

/** The demo-style meeting, finalised, with 林志远 (E06) absent and 方建明 (E07) recused from S01. */
const record = sampleMeetingRecord({ absentExpertId: 'E06' });
const nameOf = (expertId: string) => record.experts.find((e) => e.id === expertId)!.name;

test('「生成文档」 prints the absent expert as 缺席 and the recused one as 回避 on the signature sheet, neither signed', async () => {
  const target = await mkdtemp(join(tmpdir(), 'zz-e2e-signature-sheet-'));
  const { workstation, page, close } = await openWorkstation();
  try {
    await seedMeeting(workstation, page, record);
    await page.goto(`${workstation.url}#/meetings/${record.meeting.id}`);
    const s01 = page.getByRole('row').filter({ hasText: record.submissions[0]!.standardName });
    await s01.getByRole('button', { name: '生成文档', exact: true }).click();

    await saveDocumentsInto(page, target);

    const sheet = join(target, meetingFolderName(record.meeting), documentFileName({ meetingId: record.meeting.id, submissionId: 'S01', kind: 'signature-sheet' }, 'pdf'));
    const text = pdfText(sheet);
    const panel = ['E01', 'E02', 'E03', 'E04', 'E05', 'E06', 'E07'].map(nameOf);
    expect(missingInOrder(text, ['专家签字表', '签字', ...panel])).toEqual([]);
    expect(missingInOrder(text, [nameOf('E06'), '缺席', '未出席会议', nameOf('E07'), '回避', '未参加评分和表决'])).toEqual([]);
    // One drawn signature per expert who took part: five, none for 林志远 or 方建明.
    const images = execFileSync('pdfimages', ['-list', sheet], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim().split(/\s+/u)[2] === 'image');
    expect(images).toHaveLength(5);
    await page.screenshot({ path: screenshotPath('documents-signature-sheet-saved') });
  } finally {
    await close();
    await rm(target, { recursive: true, force: true });
  }
});
