import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { type StoredMaterial, addMaterialFile, materialRow } from './support/material-files.js';
import { putRows } from './support/review-package.js';
import { meetingSeed, seedMeeting } from './support/seed-meeting.js';
import { buildExplanationDocx } from './support/standard-explanation-docx.js';
import { buildStandardDraftPdf } from './support/standard-draft-pdf.js';
import { openProfile, screenshotPath, startWorkstation } from './support/workstation.js';

const meetingId = 'M-E2E-READ';

const meeting = {
  id: meetingId,
  packageId: null,
  title: '2026年第三批“浙江制造”标准技术审评会',
  reviewType: 'technical',
  startsAt: '2026-03-18T09:30:00+08:00',
  venue: '杭州市上城区省标准化研究院二楼会议室',
  organizer: '浙江省品牌建设联合会',
  rubric: null,
  rules: null,
};

const submission = {
  id: 'S01',
  meetingId,
  standardName: '燃气管道用球阀',
  proposedCode: 'T/ZZB 0999—2026',
  standardKind: 'product',
  leadDrafter: '浙江某某阀门股份有限公司',
  coDrafters: [],
  revisionOf: null,
  phase: 'preparation',
};

/** 「跳转到条款」 is a searchable select: type the number, choose the heading. */
const jumpToClause = async (page: Page, number: string, heading: string) => {
  await page.getByLabel('跳转到条款').fill(number);
  await page.locator('.ant-select-item-option').filter({ hasText: heading }).click();
};

test('the reader: search, clause jump and quote in a PDF draft, a Word explanation, 200 pages, the split view', async () => {
  // Embedding the CJK font and starting the shell alone take a good part of the default budget on a busy machine.
  test.setTimeout(180_000);
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-reader-'));
  await writeFile(join(folder, '送审稿.pdf'), await buildStandardDraftPdf());
  await writeFile(join(folder, '编制说明.docx'), await buildExplanationDocx());
  await writeFile(join(folder, '对标分析.pdf'), await buildStandardDraftPdf(194));

  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  const foreignRequests: string[] = [];
  const problems: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(workstation.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) foreignRequests.push(request.url());
  });
  page.on('console', (entry) => {
    // The shell serves no favicon; that 404 is Chromium's own request, not the reader's.
    if (entry.type() === 'error' && !entry.location().url.endsWith('/favicon.ico')) problems.push(`${entry.text()} ${entry.location().url}`);
  });
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.goto(workstation.url);
    await expect(page.getByRole('menuitem', { name: '审评会', exact: true })).toBeVisible();

    const draft = await addMaterialFile(page, join(folder, '送审稿.pdf'));
    const explanation = await addMaterialFile(page, join(folder, '编制说明.docx'));
    const long = await addMaterialFile(page, join(folder, '对标分析.pdf'));
    const material = (id: string, kind: string, title: string, stored: StoredMaterial) => materialRow(meetingId, id, kind, title, stored);
    // No screen of this test's own creates meetings, so the rows go straight into the host's meeting store.
    await putRows(workstation, 'meetings', [meeting]);
    await putRows(workstation, 'submissions', [submission]);
    await putRows(workstation, 'materials', [material('S01-1', 'draft', '送审稿', draft), material('S01-2', 'explanation', '编制说明', explanation), material('S01-3', 'benchmark', '对标分析', long)]);

    await page.goto(`${workstation.url}#/meetings/${meetingId}/read/S01/S01-1`);
    const pages = page.getByTestId('pdf-pages');
    await expect(page.getByText('燃气管道用球阀（T/ZZB 0999—2026）')).toBeVisible();
    await expect(pages.locator('[data-page="1"] canvas')).toBeVisible();
    await expect(pages.locator('[data-page="1"] .zz-text-layer')).toContainText('浙江制造团体标准');
    await expect(page.getByText('/ 20 页')).toBeVisible();
    // Virtualised: pages far from the view have a placeholder but no canvas.
    await expect(pages.locator('[data-page="20"] canvas')).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('reader-pdf') });

    await page.getByLabel('在文档中搜索').fill('耐压强度');
    await page.getByLabel('在文档中搜索').press('Enter');
    await expect(page.getByText('第 1/5 处')).toBeVisible();
    const current = pages.locator('mark.zz-hit-current');
    await expect(current).toHaveText('耐压强度');
    await expect(current).toBeInViewport();
    await page.getByRole('button', { name: '下一处', exact: true }).click();
    await expect(page.getByText('第 2/5 处')).toBeVisible();
    await expect(pages.locator('[data-page="5"] mark.zz-hit-current')).toBeInViewport();
    await page.screenshot({ path: screenshotPath('reader-pdf-search') });

    await page.getByLabel('在文档中搜索').fill('');
    await page.getByLabel('在文档中搜索').press('Enter');
    await expect(pages.locator('mark.zz-hit')).toHaveCount(0);

    await jumpToClause(page, '5.2.1', '5.2.1 耐压强度');
    await expect(page.getByLabel('页码')).toHaveValue('5');
    await expect(pages.locator('[data-page="5"] .zz-clause-flash')).toBeInViewport();
    await expect(pages.locator('[data-page="5"] .zz-text-layer span', { hasText: '耐压强度' }).first()).toBeInViewport();
    await page.screenshot({ path: screenshotPath('reader-pdf-clause-jump') });

    await page.getByRole('button', { name: '放大', exact: true }).click();
    await expect(page.getByLabel('页码')).toHaveValue('5');
    await page.getByRole('button', { name: '适合宽度', exact: true }).click();

    await page.getByText('条款', { exact: true }).click();
    // The whole list: dates, values, standard codes, contents lines, table rows and page numbers are not clauses.
    const clauseList = page.getByRole('list', { name: '条款', exact: true });
    await expect(clauseList.getByRole('listitem')).toHaveText([
      /^1 范围/, /^2 规范性引用文件/, /^3 术语和定义/, /^4 基本要求/, /^4\.1 设计研发/, /^4\.2 原材料/,
      /^5 技术要求/, /^5\.1 外观/, /^5\.2 物理性能/, /^5\.2\.1 耐压强度/, /^5\.2\.2 密封性能/,
      /^6 试验方法/, /^6\.1 外观检查/, /^6\.2 耐压强度试验/, /^7 检验规则/, /^8 标志、包装、运输和贮存/, /^9 质量承诺/, /^A\.1 试验装置/,
    ]);
    await clauseList.getByRole('button', { name: '引用此条款 5.2.2', exact: true }).click();
    await expect(page.getByText('已引用条款：5.2.2 密封性能')).toBeVisible();
    await page.screenshot({ path: screenshotPath('reader-pdf-clauses') });

    await pages.locator('[data-page="5"] .zz-text-layer span', { hasText: '3.5 MPa' }).dblclick();
    await page.getByRole('button', { name: '引用此条款（5.2.1）', exact: true }).click();
    await expect(page.getByText('已引用条款：5.2.1 耐压强度')).toBeVisible();
    await page.screenshot({ path: screenshotPath('reader-pdf-quote-selection') });

    await page.getByText('编制说明', { exact: true }).click();
    await expect(page).toHaveURL(/#\/meetings\/M-E2E-READ\/read\/S01\/S01-2$/);
    await expect(page.locator('.zz-docx-page')).toContainText('耐压强度试验压力取 1.5 倍公称压力');
    await expect(page.getByRole('list', { name: '条款', exact: true }).getByRole('listitem')).toHaveText([/^1 工作简况/, /^2 标准编制原则和主要内容/, /^2\.1 编制原则/, /^2\.2 耐压强度指标的确定/, /^3 主要试验验证情况/]);
    await jumpToClause(page, '2.2', '2.2 耐压强度指标的确定');
    await expect(page.locator('.zz-docx-page h2', { hasText: '2.2 耐压强度指标的确定' })).toBeInViewport();
    await page.screenshot({ path: screenshotPath('reader-docx') });

    // 200 pages: the pages near the view have canvases, the rest are placeholders; the clause scan still reaches the end.
    await page.getByText('对标分析', { exact: true }).click();
    await expect(page.getByText('/ 200 页')).toBeVisible();
    await page.getByLabel('页码').fill('180');
    await page.getByLabel('页码').press('Enter');
    await expect(pages.locator('[data-page="180"] .zz-text-layer')).toContainText('附录 A 试验记录第 174 页');
    await expect(pages.locator('[data-page="1"] canvas')).toHaveCount(0);
    expect(await pages.locator('canvas').count()).toBeLessThanOrEqual(8);
    await page.getByText('条款', { exact: true }).click();
    await expect(page.getByRole('list', { name: '条款', exact: true }).getByRole('listitem').last()).toHaveText(/^A\.1 试验装置/);
    await expect(page.getByText(/正在识别条款/)).toHaveCount(0);
    await page.screenshot({ path: screenshotPath('reader-pdf-200-pages') });

    // Beside the score sheet: the reader takes the left of the split view at 1366×768, and the divider drags.
    const seed = meetingSeed({ phase: 'scoring', pledged: true });
    const seededDraft = { ...material('S01-1', 'draft', '送审稿', draft), meetingId: seed.meeting.id };
    await seedMeeting(workstation, page, { ...seed, materials: [seededDraft as (typeof seed.materials)[number]] });
    await page.goto(`${workstation.url}#/meetings/${seed.meeting.id}/score/S01?expert=E02`);
    await expect(pages.locator('[data-page="1"] .zz-text-layer')).toContainText('浙江制造团体标准');
    // Too narrow to dock the sidebar beside a readable page: it starts closed, floats over the page when
    // opened, and closes again once a clause is chosen.
    const sidebarToggle = page.getByRole('button', { name: '侧栏', exact: true });
    await expect(sidebarToggle).toHaveAttribute('aria-pressed', 'false');
    const pageWidth = async () => (await pages.locator('[data-page="1"]').boundingBox())?.width ?? 0;
    const widthAlone = await pageWidth();
    await sidebarToggle.click();
    await page.getByText('条款', { exact: true }).click();
    const splitClauses = page.getByRole('list', { name: '条款', exact: true });
    await expect(splitClauses.getByRole('listitem').first()).toHaveText(/^1 范围/);
    expect(await pageWidth()).toBe(widthAlone);
    await page.screenshot({ path: screenshotPath('reader-split-view-clauses') });
    await splitClauses.getByRole('button', { name: '5.2.1 耐压强度', exact: true }).click();
    await expect(pages.locator('[data-page="5"] .zz-clause-flash')).toBeInViewport();
    await expect(splitClauses).toHaveCount(0);
    await expect(sidebarToggle).toHaveAttribute('aria-pressed', 'false');

    const divider = page.getByRole('separator', { name: '拖动以调整左右宽度', exact: true });
    const before = Number(await divider.getAttribute('aria-valuenow'));
    const box = await divider.boundingBox();
    if (!box) throw new Error('the split view divider is not on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + 120, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    expect(Number(await divider.getAttribute('aria-valuenow'))).toBeGreaterThan(before);
    await page.screenshot({ path: screenshotPath('reader-split-view') });

    expect(foreignRequests).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await context.close();
    await workstation.stop();
  }
});

/** Every numbered heading and run-in clause of a demo draft's source, in document order. */
const sourceClauseNumbers = async (submissionId: string): Promise<string[]> => {
  const source = JSON.parse(await readFile(join('resources', 'demo', submissionId, 'draft.json'), 'utf8')) as { body: { n?: string }[] };
  return source.body.flatMap((node) => (node.n === undefined ? [] : [node.n]));
};

/** An A4 page (210 mm) at 100 %, as the reader shows it: printed size in CSS pixels. */
const a4WidthCssPixels = (210 / 25.4) * 96;

/** The page of the demo 送审稿 where each chapter's text starts; page 2 is the 目次. */
const demoChapterPages: readonly [string, number][] = [
  ['1 范围', 4], ['2 规范性引用文件', 4], ['3 术语和定义', 4], ['4 基本要求', 5], ['5 技术要求', 6],
  ['6 试验方法', 8], ['7 检验规则', 10], ['8 标志、包装、运输和贮存', 11], ['9 质量承诺', 12],
];

// Needs dist/demo/demo-meeting.zzpkg: `npm run build:renderer` builds it first.
test('the reader on the demo draft: materials in package order, the clause list from the body, a readable page beside it', async () => {
  test.setTimeout(180_000);
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    // The button's icon adds its own name (「experiment」) to the button's, so the label is matched as text.
    await page.getByText('载入示例审评会', { exact: true }).click();
    await page.getByRole('button', { name: '确认导入', exact: true }).first().click();
    await expect(page).toHaveURL(/#\/meetings\/M-2026-0147$/);

    await page.goto(`${workstation.url}#/meetings/M-2026-0147/read/S01`);
    const pages = page.getByTestId('pdf-pages');
    await expect(page.getByText('/ 12 页', { exact: true })).toBeVisible();
    await expect(pages.locator('[data-page="1"] .zz-text-layer')).toContainText('电动自行车用锂离子电池组');
    const tabs = page.getByRole('radiogroup', { name: '材料', exact: true }).getByRole('radio');
    await expect(tabs).toHaveCount(3);
    expect(await page.getByRole('radiogroup', { name: '材料', exact: true }).locator('.ant-segmented-item-label').allTextContents()).toEqual(['标准送审稿', '标准编制说明', '对标分析报告']);
    await expect(tabs.first()).toBeChecked();

    await page.getByText('条款', { exact: true }).click();
    const clauseList = page.getByRole('list', { name: '条款', exact: true });
    await expect(page.getByText(/正在识别条款/)).toHaveCount(0);
    const numbers = await sourceClauseNumbers('S01');
    await expect(clauseList.getByRole('listitem')).toHaveText(numbers.map((number) => new RegExp(`^${number.replaceAll('.', '\\.')} `)));
    for (const heading of ['6.3.1 20 ℃放电容量', '6.3.3 −10 ℃放电容量', '6.3.4 55 ℃放电容量', '6.3.7 2C倍率放电']) {
      await expect(clauseList.getByRole('button', { name: new RegExp(`^${heading.replaceAll('.', '\\.')}`) })).toBeVisible();
    }

    // With the clause list open the A4 page still fits the width at 80 % or more.
    await expect(page.getByRole('button', { name: '适合宽度', exact: true })).toHaveClass(/ant-btn-primary/);
    const pageBox = await pages.locator('[data-page="1"]').boundingBox();
    expect(pageBox?.width ?? 0).toBeGreaterThanOrEqual(0.8 * a4WidthCssPixels);
    await page.screenshot({ path: screenshotPath('reader-demo-clauses') });

    for (const [heading, pageNumber] of demoChapterPages) {
      await clauseList.getByRole('button', { name: heading, exact: true }).click();
      await expect(pages.locator(`[data-page="${pageNumber}"] .zz-clause-flash`)).toBeInViewport();
    }
    await clauseList.getByRole('button', { name: /^6\.3\.3 / }).click();
    await expect(pages.locator('[data-page="9"] .zz-clause-flash')).toBeInViewport();
    await page.screenshot({ path: screenshotPath('reader-demo-clause-jump') });
  } finally {
    await context.close();
    await workstation.stop();
  }
});
