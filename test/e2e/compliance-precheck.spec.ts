import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { meetingFolderName } from '../../shared/documents/file-names.js';
import { pledgeText } from '../../shared/meeting/pledge-text.js';
import { builtinRubrics } from '../../shared/rubrics/builtin-rubrics.js';
import { ruleTexts } from '../../shared/compliance/finding.js';
import { cleanDraft } from '../support/compliance-corpus-draft.js';
import { docxText } from '../support/document-text.js';
import { defects } from '../support/compliance-corpus-defects.js';
import { numberOf } from '../support/compliance-corpus-model.js';
import { draftPdf, notePdf } from '../support/compliance-corpus-pdf.js';
import { subjects } from '../support/compliance-corpus-subjects.js';
import { buildPackage, chooseInAppFile, materialFiles, packageMeetingId, putRows, readTable, sampleManifest } from './support/review-package.js';
import { dotPng, pinOf, pinVerifier } from './support/seed-meeting.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';
import { drawSignature } from './support/signature-pad.js';
import { saveDocumentsInto } from './support/documents-folder.js';

test.describe.configure({ timeout: 300_000 });

const meetingId = packageMeetingId;
const chooserTitle = '选择评审包（.zzpkg）';

/** A drill standard whose 外观 clause says 「必须」: the one defect the pre-check should find in S01. */
const plantedDraft = () => {
  const drill = subjects.find((subject) => subject.key === 'drill');
  if (drill === undefined) throw new Error('语料没有电钻');
  const draft = structuredClone(cleanDraft(drill, { automaticNumbering: false, presentation: { headings: 'word-headings', separator: '\u3000', stackedTerms: false } }));
  const [planted] = defects.modalMust.apply(draft);
  if (planted?.target === undefined || typeof planted.target === 'string') throw new Error('缺陷没有落在条款上');
  return { draft, clause: numberOf(draft, planted.target) };
};

test('the pre-check reads the imported draft, its finding sits beside 合规性, jumps the reader and becomes a comment in the 意见汇总处理表', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-precheck-'));
  const target = await mkdtemp(join(tmpdir(), 'zz-e2e-precheck-docs-'));
  const { draft, clause } = plantedDraft();
  const manifest = sampleManifest();
  // S01 carries the planted draft and its 编制说明; S02's stand-in bytes are no PDF, which the pre-check must say.
  const files = new Map<string, Uint8Array>(materialFiles(manifest));
  files.set('materials/S01/draft.pdf', await draftPdf(draft));
  files.set('materials/S01/explanation.pdf', await notePdf(draft.note));
  await buildPackage(folder, '预检审评包.zzpkg', manifest, { files });

  const { workstation, page, close } = await openWorkstation();
  try {
    await page.goto(workstation.url);
    await page.getByRole('button', { name: '导入评审包', exact: true }).click();
    await chooseInAppFile(page, chooserTitle, folder, '预检审评包.zzpkg');
    await page.getByRole('button', { name: '确认导入', exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`#/meetings/${meetingId}$`));

    // 「全部预检」 on the overview: one finding in S01, and S02's unreadable draft named.
    await page.getByRole('button', { name: '全部预检', exact: true }).click();
    await expect(page.getByText('已完成 2 个项目的合规性预检，共发现 1 处可能的问题', { exact: true })).toBeVisible({ timeout: 60_000 });
    const unread = page.getByRole('dialog').filter({ hasText: '1 个项目未能预检：家用电冰箱用电子膨胀阀' });
    await expect(unread).toContainText('无法读取送审稿「draft.pdf」：文件已损坏或格式不受支持');
    await unread.getByRole('button').last().click();
    await expect(unread).toBeHidden();

    // The panel has signed its pledges and S01 is in blind scoring, as the preparation screens would leave it.
    const experts = await readTable<{ id: string; name: string }>(workstation, 'experts');
    await putRows(workstation, 'experts', experts.map((expert) => ({ ...expert, present: true })));
    await putRows(
      workstation,
      'pledges',
      experts.map((expert) => ({ id: `P-${expert.id}`, meetingId, expertId: expert.id, text: pledgeText(builtinRubrics.technical), signedAt: '2026-11-28T09:40:00+08:00', signatureImage: dotPng, pin: pinVerifier(pinOf(expert.id)) })),
    );
    const submissions = await readTable<{ id: string }>(workstation, 'submissions');
    await putRows(workstation, 'submissions', submissions.map((submission) => ({ ...submission, phase: submission.id === 'S01' ? 'scoring' : 'preparation' })));

    await page.goto(`${workstation.url}#/meetings/${meetingId}/score/S01?expert=E02`);
    await page.locator('#zz-expert-pin').fill(pinOf('E02'));
    await page.getByRole('button', { name: '验证并进入', exact: true }).click();
    await expect(page.getByText('当前专家：李慧敏')).toBeVisible();
    await expect(page.getByTestId('pdf-pages').locator('[data-page="1"] canvas')).toBeVisible();

    const precheck = page.getByRole('region', { name: '合规性预检', exact: true });
    await expect(precheck).toContainText('预检发现 1 处可能的问题');
    await expect(precheck).toContainText('使用了「必须」，GB/T 1.1—2020 的表述为「应」');
    await expect(precheck).toContainText(ruleTexts['wording.modal-verb'].slice(0, 20));
    await expect(page.getByRole('textbox', { name: '合规性得分', exact: true })).toHaveValue('');

    // 「跳转」: the reader goes to the clause and highlights the quoted sentence.
    await precheck.getByRole('button', { name: `跳转到 ${clause}`, exact: true }).click();
    await expect(page.getByText('第 1/1 处', { exact: true })).toBeVisible();
    await expect(page.getByTestId('pdf-pages').locator('mark.zz-hit-current').first()).toBeInViewport();
    await page.screenshot({ path: screenshotPath('precheck-scoring') });
    // The expert app's tablet width: the same sheet and findings beside the reader.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(precheck.getByRole('button', { name: `将 ${clause} 的预检问题转为意见`, exact: true })).toBeInViewport();
    await page.screenshot({ path: screenshotPath('precheck-scoring-1280') });

    // 「转为意见」: an ordinary clause comment, prefilled, that the expert edits.
    await precheck.getByRole('button', { name: `将 ${clause} 的预检问题转为意见`, exact: true }).click();
    await expect(page.getByRole('textbox', { name: '第 1 条意见的章条编号', exact: true })).toHaveValue(clause);
    const text = page.getByRole('textbox', { name: '第 1 条意见内容', exact: true });
    await expect(text).toHaveValue(new RegExp(`必须.*${ruleTexts['wording.modal-verb'].slice(0, 12).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u'));
    await expect(page.getByRole('textbox', { name: '第 1 条意见的修改建议', exact: true })).toHaveValue('应');
    await text.fill('外观要求中「必须」应改为「应」，按 GB/T 1.1—2020 附录C 使用助动词。');

    await page.getByRole('textbox', { name: '合规性得分', exact: true }).click();
    for (const [index, score] of [17, 13, 25, 13, 16].entries()) {
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(String(score));
      if (index < 4) await page.keyboard.press('Tab');
    }
    await page.getByRole('radio', { name: '修改后通过', exact: true }).check();
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
    await page.getByRole('button', { name: '提交评分', exact: true }).click();
    const sign = page.getByRole('dialog', { name: '签名提交第 1 版评分', exact: true });
    await drawSignature(page);
    await sign.getByRole('button', { name: '签名并提交', exact: true }).click();
    await expect(page.getByText('已提交初评（第 1 版）')).toBeVisible();

    // The meeting moves on to 表决 (its other steps are other tests'); S01's documents carry the comment.
    await putRows(workstation, 'submissions', submissions.map((submission) => ({ ...submission, phase: submission.id === 'S01' ? 'vote' : 'preparation' })));
    await page.goto(`${workstation.url}#/meetings/${meetingId}`);
    await page.reload();
    await page.getByRole('button', { name: '生成文档', exact: true }).first().click();
    await saveDocumentsInto(page, target);
    const meeting = (await readTable<{ id: string; title: string; startsAt: string }>(workstation, 'meetings'))[0]!;
    const table = join(target, meetingFolderName(meeting), `${meetingId}_S01_意见汇总处理表.pdf`);
    const tableText = execFileSync('pdftotext', [table, '-'], { encoding: 'utf8' }).replace(/\s+/gu, '');
    expect(tableText).toContain(clause);
    expect(tableText).toContain('外观要求中「必须」应改为「应」');
    expect(docxText(table.replace(/\.pdf$/u, '.docx')).replace(/\s+/gu, '')).toContain('外观要求中「必须」应改为「应」');
  } finally {
    await close();
    await rm(folder, { recursive: true, force: true });
    await rm(target, { recursive: true, force: true });
  }
});
