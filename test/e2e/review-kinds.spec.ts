import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Material } from '../../shared/model/submission.js';
import { fillManualMeeting, openManualSetUp } from './support/manual-meeting.js';
import { readTable } from './support/review-package.js';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

const panel = ['姓名\t单位\t职称\t角色', '张建国\t浙江省标准化研究院\t研究员\t组长', '李慧敏\t浙江大学\t教授\t成员', '王伟\t浙江省机电产品质量检测所有限公司\t正高级工程师\t成员'].join('\n');

/** One review kind as the set-up form and the pledge speak of it. */
type Kind = {
  type: string;
  title: string;
  heading: string;
  /** The set-up form's section of submissions and its add button. */
  section: [string, string];
  codeLabel: string;
  missing: string;
  file: string;
  material: [string, string];
  pledge: string;
};

const kinds: Kind[] = [
  {
    type: '立项审查',
    title: '2026年第一批“浙江制造”标准立项审查会',
    heading: '申报项目 1',
    section: ['申报项目', '添加申报项目'],
    codeLabel: '拟定标准编号',
    missing: '申报项目 1（—）：须附立项申请书',
    file: '家用净水机 立项申请书.pdf',
    material: ['application', '立项申请书'],
    pledge: '独立地对申报项目的必要性、可行性、先进性和预期实施效益作出评价',
  },
  {
    type: '复审',
    title: '2026年“浙江制造”标准复审会',
    heading: '被复审标准 1',
    section: ['被复审标准', '添加被复审标准'],
    codeLabel: '标准编号',
    missing: '被复审标准 1（—）：须附实施情况报告',
    file: 'T-ZZB 0123-2019 实施情况报告.pdf',
    material: ['implementation-report', '实施情况报告'],
    pledge: '独立地对被复审标准的合规性、适用性、先进性和实施效果作出评价',
  },
];

const setUp = async (page: Page, kind: Kind, folder: string) => {
  await openManualSetUp(page, kind.type);
  await expect(page.getByText(kind.heading, { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: kind.section[0], exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: kind.section[1], exact: true })).toBeVisible();
  await page.getByRole('button', { name: '保存审评会', exact: true }).first().click();
  await expect(page.getByText(kind.missing, { exact: true })).toBeVisible();
  await fillManualMeeting(page, { title: kind.title, panel, codeLabel: kind.codeLabel, file: kind.file, materialTitle: kind.material[1] }, folder);
  await page.screenshot({ path: screenshotPath(`setup-${kind.material[0]}`), fullPage: true });
  await page.getByRole('button', { name: '保存审评会', exact: true }).first().click();
  await expect(page).toHaveURL(/#\/meetings\/M-20261205-[2-9A-Z]{4}$/);
};

test('an initiation and a periodic review are set up by hand and pledged in their own words', async () => {
  test.setTimeout(180_000);
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-kinds-'));
  for (const kind of kinds) await writeFile(join(folder, kind.file), '%PDF-1.4\n% material\n');
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    for (const kind of kinds) {
      await page.goto(`${workstation.url}#/meetings`);
      await setUp(page, kind, folder);
      await page.getByRole('link', { name: '会前准备', exact: true }).click();
      await expect(page.getByText('到会 3 / 3 名', { exact: true })).toBeVisible();
      await page.getByRole('button', { name: '张建国签署承诺', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByText(kind.pledge)).toBeVisible();
      await expect(dialog.getByText(/送审标准|合规性、必要性、先进性、经济性和可操作性/)).toHaveCount(0);
      await page.screenshot({ path: screenshotPath(`pledge-${kind.material[0]}`) });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
    const materials = await readTable<Material>(workstation, 'materials');
    expect(materials.map(({ kind, title }) => [kind, title]).sort()).toEqual(kinds.map((k) => k.material).sort());
  } finally {
    await context.close();
    await workstation.stop();
  }
});
