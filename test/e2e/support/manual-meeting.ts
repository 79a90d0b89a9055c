import { expect, type Page } from '@playwright/test';
import { chooseInAppFile } from './review-package.js';

/** What the 手工新建 form is given for a meeting of one submission. */
export type ManualMeeting = {
  title: string;
  /** The panel as copied from a spreadsheet: a header row, then name, organisation, title and role, tab-separated. */
  panel: string;
  /** The code field's label as the kind words it (拟定标准编号, 标准编号). */
  codeLabel: string;
  /** The material file in the chosen folder, and the title the form gives it (the kind's required material). */
  file: string;
  materialTitle: string;
};

/** From the meeting list: opens the 手工新建 form and chooses the review kind by its name (技术审评, 立项审查, 复审). */
export const openManualSetUp = async (page: Page, reviewKind: string) => {
  await page.getByRole('button', { name: '新建审评会', exact: true }).click();
  await page.getByLabel('审评类型').click();
  await page.getByTitle(reviewKind, { exact: true }).click();
};

/**
 * Fills the open set-up form as a secretary does: name and time, the panel pasted from a table, one
 * submission (家用净水机) and its material picked from `folder`. Saving is left to the caller.
 */
export const fillManualMeeting = async (page: Page, meeting: ManualMeeting, folder: string) => {
  await page.getByLabel('会议名称').fill(meeting.title);
  await page.getByLabel('会议时间').fill('2026-12-05 09:30');
  await page.getByRole('button', { name: '从表格粘贴', exact: true }).click();
  const paste = page.getByRole('dialog', { name: '从表格粘贴专家名单', exact: true });
  await paste.getByLabel('从表格粘贴专家名单').fill(meeting.panel);
  await paste.getByRole('button', { name: '添加到专家组', exact: true }).click();
  await page.getByLabel('标准名称 1').fill('家用净水机');
  await page.getByLabel(`${meeting.codeLabel} 1`).fill('T/ZZB 0123—2019');
  await page.getByLabel('主要起草单位 1').fill('浙江某某净水科技有限公司');
  await page.getByRole('button', { name: '添加材料…', exact: true }).click();
  await chooseInAppFile(page, '选择材料文件（PDF 或 DOCX）', folder, meeting.file);
  await expect(page.getByLabel(`材料名称 ${meeting.file}`)).toHaveValue(meeting.materialTitle);
  await expect(page.getByText('请先修正以下问题后再保存')).toBeHidden();
};
