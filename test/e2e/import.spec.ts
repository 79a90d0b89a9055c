import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { expect, test, type Page } from '@playwright/test';
import type { ScoreSheet } from '../../shared/model/score-sheet.js';
import { buildPackage, chooseInAppFile, materialFiles, packageMeetingId, putRows, readTable, sampleManifest } from './support/review-package.js';
import { openProfile, screenshotPath, startWorkstation, type Workstation } from './support/workstation.js';

const chooserTitle = '选择评审包（.zzpkg）';

const session = async (run: (page: Page, workstation: Workstation) => Promise<void>) => {
  const workstation = await startWorkstation();
  const { context, page } = await openProfile(await mkdtemp(join(tmpdir(), 'zz-e2e-profile-')), workstation);
  try {
    await page.goto(workstation.url);
    await expect(page.getByText('还没有审评会')).toBeVisible();
    await run(page, workstation);
  } finally {
    await context.close();
    await workstation.stop();
  }
};

const storedBlobs = async (dataDir: string): Promise<string[]> => {
  const root = join(dataDir, 'materials');
  const folders = await readdir(root).catch(() => [] as string[]);
  return (await Promise.all(folders.map((folder) => readdir(join(root, folder))))).flat().sort();
};

test('a package chosen in the app is previewed, then imported in one step', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-pkg-'));
  await buildPackage(folder, '第十二批审评包.zzpkg', sampleManifest());

  await session(async (page, workstation) => {
    // The small package is read in an instant: hold the host's answer at "running" to see the progress screen.
    let holdProgress = true;
    await page.route('**/api/package.job', (route) =>
      holdProgress
        ? route.fulfill({ json: { ok: true, value: { state: 'running', bytesDone: 42 * 1024 * 1024, bytesTotal: 100 * 1024 * 1024 } } })
        : route.continue(),
    );
    await page.getByRole('button', { name: '导入评审包', exact: true }).click();
    await chooseInAppFile(page, chooserTitle, folder, '第十二批审评包.zzpkg');
    await expect(page.getByText('正在读取并校验评审包…')).toBeVisible();
    await expect(page.getByText('已校验 42.0 MiB / 100 MiB')).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '42');
    await page.screenshot({ path: screenshotPath('import-progress') });
    holdProgress = false;

    await expect(page.getByText('导入预览')).toBeVisible();
    await expect(page.getByText('以下内容尚未写入本机')).toBeVisible();
    await expect(page.getByText('2026年第十二批“浙江制造”标准技术审评会')).toBeVisible();
    await expect(page.getByText('未签名').first()).toBeVisible();
    await expect(page.getByText('校验中发现的问题')).toBeVisible();
    await expect(page.getByRole('cell', { name: '张建国', exact: true })).toBeVisible();
    await expect(page.getByRole('cell', { name: '浙江大学机械工程学院', exact: true })).toBeVisible();
    await expect(page.getByText('副组长')).toBeVisible();
    await expect(page.getByText('燃气管道用球阀')).toBeVisible();
    await expect(page.getByRole('cell', { name: '1.5 MiB', exact: true }).first()).toBeVisible();
    await expect(page.getByRole('cell', { name: '48.0 KiB', exact: true }).first()).toBeVisible();
    await expect(page.getByText('共 3 个文件，1.6 MiB')).toBeVisible();
    expect(await readTable(workstation, 'meetings')).toEqual([]);
    expect(await storedBlobs(workstation.dataDir)).toEqual([]);
    await page.screenshot({ path: screenshotPath('import-preview'), fullPage: true });

    await page.getByRole('button', { name: '确认导入', exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`#/meetings/${packageMeetingId}$`));
    const [meeting] = await readTable(workstation, 'meetings');
    expect(meeting).toMatchObject({ id: packageMeetingId, packageId: sampleManifest().packageId });
    expect(await readTable(workstation, 'experts')).toHaveLength(5);
    expect(await readTable(workstation, 'materials')).toHaveLength(5);
    expect(await readTable(workstation, 'auditLog')).toEqual([expect.objectContaining({ action: 'package.import', meetingId: packageMeetingId })]);
    expect(await storedBlobs(workstation.dataDir)).toHaveLength(5);

    await page.goto(`${workstation.url}#/meetings`);
    await expect(page.getByRole('link', { name: '2026年第十二批“浙江制造”标准技术审评会', exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('import-done-list') });
  });
});

test('a package with an unlisted entry is refused by rule and entry, and nothing is written', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-pkg-'));
  const manifest = sampleManifest();
  await buildPackage(folder, '夹带文件.zzpkg', manifest, { extra: new Map([['materials/S01/附件.exe', new Uint8Array([1, 2, 3])]]) });

  await session(async (page, workstation) => {
    await page.getByRole('button', { name: '导入评审包', exact: true }).click();
    await chooseInAppFile(page, chooserTitle, folder, '夹带文件.zzpkg');

    await expect(page.getByText('评审包未通过校验，未导入任何内容')).toBeVisible();
    await expect(page.getByText('评审包被拒绝：条目未在清单中列出（条目：materials/S01/附件.exe）')).toBeVisible();
    await expect(page.getByText('问题条目：materials/S01/附件.exe')).toBeVisible();
    await page.screenshot({ path: screenshotPath('import-rejected') });
    expect(await readTable(workstation, 'meetings')).toEqual([]);
    expect(await readTable(workstation, 'auditLog')).toEqual([]);
    expect(await storedBlobs(workstation.dataDir)).toEqual([]);

    await page.getByRole('button', { name: '返回审评会列表', exact: true }).click();
    await expect(page.getByText('还没有审评会')).toBeVisible();
  });
});

test('a file dropped on the browser shell explains that drag and drop needs the desktop app', async () => {
  await session(async (page, workstation) => {
    await page.goto(`${workstation.url}#/meetings/import`);
    await expect(page.getByText('或把文件拖放到窗口中')).toBeVisible();
    await page.screenshot({ path: screenshotPath('import-start') });
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array([80, 75, 3, 4])], '第十二批审评包.zzpkg'));
      for (const type of ['dragenter', 'dragover', 'drop']) window.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    });
    const dialog = page.getByRole('dialog', { name: '拖放导入需要桌面版', exact: true });
    await expect(dialog.getByText('浏览器模式下无法得知拖入的文件「第十二批审评包.zzpkg」在本机的位置')).toBeVisible();
    await page.screenshot({ path: screenshotPath('import-drop-browser') });
    await dialog.getByRole('button', { name: '选择评审包文件…', exact: true }).click();
    await expect(page.getByRole('dialog', { name: chooserTitle, exact: true })).toBeVisible();
  });
});

test('re-importing keeps score sheets, refuses to drop an expert who scored, and lists what changed', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-pkg-'));
  const first = sampleManifest();
  await buildPackage(folder, '第一版.zzpkg', first);

  const second = sampleManifest();
  second.packageId = '6f1c2a4e-8b1d-4c3e-9f00-2b7d5e8a1c02';
  second.meeting.venue = '杭州市上城区浙江省质量科学研究院报告厅';
  second.panel = [
    ...second.panel.filter((expert) => expert.id !== 'E05' && expert.id !== 'E04'),
    { id: 'E06', name: '赵明', organization: '浙江大学化学工程与生物工程学院', title: '教授', field: '制冷剂', role: 'member', affiliations: [] },
  ];
  second.submissions[1]!.standardName = '家用电冰箱用电子膨胀阀（修订）';
  await buildPackage(folder, '第二版.zzpkg', second, {
    files: materialFiles(second, (path) => (path === 'materials/S01/draft.pdf' ? 1600 : 48)),
    signingKey: { keyId: 'bureau-2026', secretKey: ed25519.utils.randomSecretKey() },
  });

  const sheet: ScoreSheet = {
    id: 'SS-E05-S02',
    meetingId: packageMeetingId,
    submissionId: 'S02',
    expertId: 'E05',
    rubricId: 'zzb-technical',
    status: 'draft',
    draft: { scores: [{ criterionId: 'compliance', score: 18, justification: '' }], veto: null, recommendation: null, opinion: '技术指标基本合理' },
    versions: [],
    updatedAt: '2026-11-28T10:15:00+08:00',
  };

  await session(async (page, workstation) => {
    await page.getByRole('button', { name: '导入评审包', exact: true }).click();
    await chooseInAppFile(page, chooserTitle, folder, '第一版.zzpkg');
    await page.getByRole('button', { name: '确认导入', exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`#/meetings/${packageMeetingId}$`));
    await putRows(workstation, 'scoreSheets', [sheet]);

    await page.goto(page.url().replace(/#.*$/, '#/meetings'));
    await page.getByRole('button', { name: '导入评审包', exact: true }).click();
    await chooseInAppFile(page, chooserTitle, folder, '第二版.zzpkg');

    await expect(page.getByText('本机已有此审评会')).toBeVisible();
    await expect(page.getByText('未校验签名（未配置省局公钥）').first()).toBeVisible();
    const changes = page.getByRole('list', { name: '导入后将发生的变化', exact: true });
    await expect(changes.getByText('会议信息变更：地点')).toBeVisible();
    await expect(changes.getByText('新增专家：赵明（浙江大学化学工程与生物工程学院）')).toBeVisible();
    await expect(changes.getByText('移除专家：陈晓燕（杭州市质量技术监督检测院）')).toBeVisible();
    await expect(changes.getByText('不移除专家 刘伟：评审包中已无此人，但本机已有其 1 份评分表')).toBeVisible();
    await expect(changes.getByText('送审项目「家用电冰箱用电子膨胀阀（修订）」信息变更：标准名称')).toBeVisible();
    await expect(changes.getByText('材料更新：燃气管道用球阀 · 送审稿（大小、内容）')).toBeVisible();
    await page.screenshot({ path: screenshotPath('import-reimport-preview'), fullPage: true });

    await page.getByRole('button', { name: '确认导入', exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`#/meetings/${packageMeetingId}$`));
    expect(await readTable(workstation, 'scoreSheets')).toEqual([sheet]);
    const experts = await readTable<{ id: string }>(workstation, 'experts');
    expect(experts.map((expert) => expert.id).sort()).toEqual(['E01', 'E02', 'E03', 'E05', 'E06']);
    const [meeting] = await readTable(workstation, 'meetings');
    expect(meeting).toMatchObject({ venue: '杭州市上城区浙江省质量科学研究院报告厅', packageId: second.packageId });
    expect(await readTable(workstation, 'auditLog')).toHaveLength(2);
  });
});
