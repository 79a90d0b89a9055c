import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { submissionDocuments } from '../../shared/documents/document-set.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { seedMeeting } from '../e2e/support/seed-meeting.js';
import { openProfile, startWorkstation } from '../e2e/support/workstation.js';
import type { BenchFigure } from './figure.js';

/** The demo-style meeting, finalised, as the documents e2e test seeds it. */
const record = sampleMeetingRecord();

/**
 * One 「生成文档」 of the first draft, in the page's own clock: from the click on 确定 in the folder
 * dialog (the user's last action) until 「审评文档已保存」 shows, checked every frame.
 */
const generateOnce = async (page: Page, folder: string): Promise<number> => {
  await page.getByRole('button', { name: '生成文档' }).first().click();
  const chooser = page.getByRole('dialog', { name: '选择保存审评文档的文件夹' });
  await chooser.getByLabel('文件夹').fill(folder);
  await chooser.getByRole('button', { name: '前往', exact: true }).click();
  await expect(chooser.getByLabel('文件夹')).toHaveValue(folder);
  await page.evaluate(() => {
    const marks = window as unknown as { zzClickedAt?: number };
    document.addEventListener('click', () => (marks.zzClickedAt = performance.now()), { capture: true, once: true });
  });
  await chooser.getByRole('button', { name: '确定', exact: true }).click();
  const savedAt = await page.waitForFunction(
    () => {
      const saved = Array.from(document.querySelectorAll('.ant-modal-title')).some((title) => title.textContent === '审评文档已保存');
      const clickedAt = (window as unknown as { zzClickedAt?: number }).zzClickedAt;
      return saved && clickedAt !== undefined && performance.now() - clickedAt;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  const ms = Number(await savedAt.jsonValue());
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name: '审评文档已保存' }).waitFor({ state: 'hidden' });
  return ms;
};

export const measure = async (): Promise<BenchFigure[]> => {
  const workstation = await startWorkstation();
  const profile = await mkdtemp(join(tmpdir(), 'zz-bench-profile-'));
  const folder = await mkdtemp(join(tmpdir(), 'zz-bench-documents-'));
  const { context, page } = await openProfile(profile, workstation);
  try {
    await page.goto(workstation.url);
    await page.getByText('还没有审评会', { exact: true }).waitFor({ timeout: 120_000 });
    await seedMeeting(workstation, page, record);
    await page.goto(`${workstation.url}#/meetings/${record.meeting.id}`);
    await page.getByRole('button', { name: '生成文档' }).first().waitFor({ timeout: 120_000 });
    const files = submissionDocuments(record, record.submissions[0]?.id ?? '', { generatedAt: new Date() }).length * 2;
    const first = await generateOnce(page, folder);
    const later: number[] = [];
    for (let run = 0; run < 3; run += 1) later.push(await generateOnce(page, folder));
    later.sort((a, b) => a - b);
    const name = `app 「生成文档」 for one draft (${files} files), click on 确定 → 「审评文档已保存」`;
    return [
      { name: `${name}, first in the session`, value: first, unit: 'ms', goal: '≤ 1000 ms' },
      { name: `${name}, median of the next 3`, value: later[1] ?? Number.NaN, unit: 'ms', goal: '≤ 1000 ms' },
    ];
  } finally {
    await context.close();
    await workstation.stop();
    await rm(folder, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
};
