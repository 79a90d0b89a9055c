import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Expert } from '../../shared/model/expert.js';
import type { Material } from '../../shared/model/submission.js';
import { chooseInAppFile, readTable } from './support/review-package.js';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

/** As Excel copies it: a header row, CRLF line ends, a blank line, a name padded with a full-width space. */
const pastedPanel = [
  '姓名\t单位\t职称\t角色',
  '张建国\t浙江省标准化研究院\t研究员\t组长',
  '李慧敏\t浙江大学机械工程学院\t教授\t副组长',
  '',
  '王\u3000伟\t浙江省机电产品质量检测所有限公司\t正高级工程师\t成员',
  '陈晓燕\t杭州市质量技术监督检测院\t高级工程师\t成员',
  '刘志明\t浙江省制冷学会\t高级工程师\t',
].join('\r\n');

test('a meeting set up by hand with a pasted panel and a draft from disk', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-materials-'));
  await writeFile(join(folder, '燃气管道用球阀 送审稿.pdf'), '%PDF-1.4\n% 送审稿\n');
  await writeFile(join(folder, '编制说明.pdf'), '%PDF-1.4\n% 编制说明\n');
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await page.getByRole('button', { name: '新建审评会', exact: true }).click();
    await expect(page).toHaveURL(/#\/meetings\/new$/);
    await expect(page.getByText('会议信息')).toBeVisible();

    await page.getByRole('button', { name: '保存审评会', exact: true }).first().click();
    await expect(page.getByText('请先修正以下问题后再保存')).toBeVisible();
    await expect(page.getByText('会议名称：不能为空')).toBeVisible();
    await expect(page.getByText('专家组：至少要有一名专家')).toBeVisible();
    await expect(page.getByText('送审项目 1（—）：须附送审稿')).toBeVisible();
    await page.screenshot({ path: screenshotPath('setup-validation'), fullPage: true });

    await page.getByLabel('会议名称').fill('2026年第十三批“浙江制造”标准技术审评会');
    await page.getByLabel('会议时间').fill('2026年12月5日 9:30');
    await page.getByLabel('地点').fill('宁波市鄞州区会展中心二楼会议室');
    await page.getByLabel('组织单位').fill('浙江省品牌建设联合会');

    await page.getByRole('button', { name: '从表格粘贴', exact: true }).click();
    const paste = page.getByRole('dialog', { name: '从表格粘贴专家名单', exact: true });
    await paste.getByLabel('从表格粘贴专家名单').fill(pastedPanel);
    await expect(paste.getByText('识别到 5 名专家')).toBeVisible();
    await expect(paste.getByText('已跳过表头行')).toBeVisible();
    await expect(paste.getByRole('cell', { name: '王伟', exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('setup-paste') });
    await paste.getByRole('button', { name: '添加到专家组', exact: true }).click();
    await expect(page.getByText('专家组（5 人）')).toBeVisible();
    await expect(page.getByLabel('姓名 3')).toHaveValue('王伟');

    await page.getByLabel('标准名称 1').fill('燃气管道用球阀');
    await page.getByLabel('拟定标准编号 1').fill('T/ZZB 0999—2026');
    await page.getByLabel('主要起草单位 1').fill('浙江某某阀门股份有限公司');
    await page.getByRole('button', { name: '添加材料…', exact: true }).click();
    await chooseInAppFile(page, '选择材料文件（PDF 或 DOCX）', folder, '燃气管道用球阀 送审稿.pdf');
    await expect(page.getByLabel('材料名称 燃气管道用球阀 送审稿.pdf')).toHaveValue('送审稿');
    await page.getByRole('button', { name: '添加材料…', exact: true }).click();
    await chooseInAppFile(page, '选择材料文件（PDF 或 DOCX）', folder, '编制说明.pdf');
    await expect(page.getByLabel('材料名称 编制说明.pdf')).toHaveValue('编制说明');
    await expect(page.getByText('请先修正以下问题后再保存')).toBeHidden();
    await page.screenshot({ path: screenshotPath('setup-filled'), fullPage: true });

    await page.getByRole('button', { name: '保存审评会', exact: true }).first().click();
    await expect(page).toHaveURL(/#\/meetings\/M-20261205-[2-9A-Z]{4}$/);
    const meetingId = decodeURIComponent(page.url().split('/').pop()!);

    const [meeting] = await readTable(workstation, 'meetings');
    expect(meeting).toMatchObject({ id: meetingId, packageId: null, reviewType: 'technical', startsAt: expect.stringMatching(/^2026-12-05T09:30:00[+-]\d\d:\d\d$/), venue: '宁波市鄞州区会展中心二楼会议室' });
    const experts = await readTable<Expert>(workstation, 'experts');
    expect(experts.map(({ id, name, role }) => [id, name, role])).toEqual([
      ['E01', '张建国', 'chair'],
      ['E02', '李慧敏', 'vice-chair'],
      ['E03', '王伟', 'member'],
      ['E04', '陈晓燕', 'member'],
      ['E05', '刘志明', 'member'],
    ]);
    const materials = await readTable<Material>(workstation, 'materials');
    expect(materials.map(({ submissionId, kind, title }) => [submissionId, kind, title])).toEqual([
      ['S01', 'draft', '送审稿'],
      ['S01', 'explanation', '编制说明'],
    ]);
    expect(await readTable(workstation, 'auditLog')).toEqual([expect.objectContaining({ action: 'meeting.create', meetingId })]);

    await page.goto(`${workstation.url}#/meetings`);
    await expect(page.getByRole('link', { name: '2026年第十三批“浙江制造”标准技术审评会', exact: true })).toBeVisible();
  } finally {
    await context.close();
    await workstation.stop();
  }
});
