import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import type { ReviewType } from '../../shared/model/review-type.js';
import { docxText, pdfText, squeeze } from '../support/document-text.js';
import { kindOnlyForbidden, technicalOnlyWords } from '../support/review-kind-words.js';
import { saveDocumentsInto } from './support/documents-folder.js';
import { fillManualMeeting, openManualSetUp, type ManualMeeting } from './support/manual-meeting.js';
import { signAndSubmit, signOpinion, signPledge, unlockExpert } from './support/review-steps.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';

/**
 * Issue 15, "Done when": an initiation review (立项审查) and a periodic review (复审) run through the UI
 * as a new secretary runs them, from the 手工新建 form to the documents saved in a folder, and no
 * document of either kind says what only a technical review says.
 */

test.describe.configure({ timeout: 420_000 });

/** Five experts, the smallest panel that can vote; each sets the PIN beside their name at the pledge. */
const experts = [
  { id: 'E01', name: '张建国', organization: '浙江省标准化研究院', title: '研究员', role: '组长', pin: '1357' },
  { id: 'E02', name: '李慧敏', organization: '浙江大学', title: '教授', role: '成员', pin: '2468' },
  { id: 'E03', name: '王伟', organization: '浙江省机电产品质量检测所有限公司', title: '正高级工程师', role: '成员', pin: '3579' },
  { id: 'E04', name: '陈晓燕', organization: '杭州市质量技术监督检测院', title: '高级工程师', role: '成员', pin: '4680' },
  { id: 'E05', name: '刘伟', organization: '浙江省制冷学会', title: '高级工程师', role: '成员', pin: '5791' },
] as const;
const chair = experts[0];
const panel = ['姓名\t单位\t职称\t角色', ...experts.map((e) => [e.name, e.organization, e.title, e.role].join('\t'))].join('\n');

type Kind = ManualMeeting & {
  reviewType: Exclude<ReviewType, 'technical'>;
  label: string;
  /** Per expert, the points of each criterion by name; none where the rubric asks for no scores. */
  scores: readonly (readonly [string, number][])[] | null;
  recommendation: string;
  opinionTitle: string;
  /** The panel's conclusion as the kind calls it: on the sign-off screen and, with the outcome, in the minutes. */
  verdict: string;
  /** The files of the documents as the kind names them (after the meeting id), the minutes first. */
  documents: readonly string[];
  /** The screens' words for the expert's sheet: its submit button, what the signing dialog submits, its tag once in, the chair's step into discussion, the discussion's column of versions, the live progress column and 代录. */
  words: { submit: string; signed: string; submitted: string; openDiscussion: string; versions: string; column: string; proxy: string };
};

const kinds: Kind[] = [
  {
    reviewType: 'initiation',
    label: '立项审查',
    title: '2026年第一批“浙江制造”标准立项审查会',
    panel,
    codeLabel: '拟定标准编号',
    file: '家用净水机 立项申请书.pdf',
    materialTitle: '立项申请书',
    // Within the rubric's bounds that need no written reason, and close enough that nothing is flagged.
    scores: [
      [24, 20, 24, 12],
      [25, 21, 25, 12],
      [23, 19, 23, 11],
      [24, 20, 22, 12],
      [25, 20, 24, 13],
    ].map((row) => row.map((points, index) => [['必要性', '可行性', '先进性', '预期实施效益'][index]!, points] as [string, number])),
    recommendation: '立项',
    opinionTitle: '立项审查意见',
    verdict: '立项审查结论',
    documents: ['立项审查会议纪要', '专家承诺书', 'S01_立项审查意见', 'S01_专家签字表', 'S01_意见汇总处理表', 'S01_E01_张建国_专家评分表'],
    words: { submit: '提交评分', signed: '评分', submitted: '已提交初评（第 1 版）', openDiscussion: '开始合议（公开评分）', versions: '评分版本', column: '已提交评分', proxy: '代录纸质评分表' },
  },
  {
    reviewType: 'periodic',
    label: '复审',
    title: '2026年“浙江制造”标准复审会',
    panel,
    codeLabel: '标准编号',
    file: 'T-ZZB 0123-2019 实施情况报告.pdf',
    materialTitle: '实施情况报告',
    scores: null,
    recommendation: '继续有效',
    opinionTitle: '复审意见',
    verdict: '复审结论',
    documents: ['复审会议纪要', '专家承诺书', 'S01_复审意见', 'S01_专家签字表', 'S01_意见汇总处理表', 'S01_E01_张建国_专家复审意见表'],
    words: { submit: '提交复审意见', signed: '复审意见表', submitted: '已提交', openDiscussion: '开始合议', versions: '意见表版本', column: '已提交意见表', proxy: '代录纸质复审意见表' },
  },
];

/** A one-page PDF the reader opens, standing in for the application or the implementation report. */
const materialPdf = async () => {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]).drawText('T/ZZB 0123-2019', { x: 72, y: 760, size: 18 });
  return pdf.save();
};

const open = (page: Page, meetingUrl: string, screen: string, query = '') => page.goto(`${meetingUrl}/${screen}/S01${query}`);

/** Check-in (a panel set up by hand starts present; the secretary sees every switch on), the pledges, then the start of independent scoring. */
const prepare = async (page: Page) => {
  await page.getByRole('link', { name: '会前准备', exact: true }).click();
  for (const expert of experts) await expect(page.getByRole('switch', { name: `${expert.name}到会`, exact: true })).toBeChecked();
  await expect(page.getByText(`到会 ${experts.length} / ${experts.length} 名`, { exact: true })).toBeVisible();
  for (const expert of experts) await signPledge(page, expert.name, expert.pin);
  await page.getByRole('button', { name: '开始独立评分：家用净水机', exact: true }).click();
  await expect(page.getByText('已保存：《家用净水机》进入独立评分')).toBeVisible();
};

/** Each expert fills and signs their own sheet: the rubric's points where it asks for them, and a recommendation. */
const score = async (page: Page, meetingUrl: string, kind: Kind) => {
  for (const [index, expert] of experts.entries()) {
    await open(page, meetingUrl, 'score', `?expert=${expert.id}`);
    await unlockExpert(page, expert.name, expert.pin);
    for (const [criterion, points] of kind.scores?.[index] ?? []) await page.getByLabel(`${criterion}得分`, { exact: true }).fill(String(points));
    await page.getByRole('radio', { name: kind.recommendation, exact: true }).check();
    await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
    if (index === 0) await page.screenshot({ path: screenshotPath(`kind-${kind.reviewType}-sheet`) });
    await page.getByRole('button', { name: kind.words.submit, exact: true }).click();
    await signAndSubmit(page, 1, undefined, kind.words.signed);
    await expect(page.getByText(kind.words.submitted, { exact: true })).toBeVisible();
  }
};

/**
 * The chair opens discussion, moves to the vote, checks the engine's outcome and the drafted opinion, then moves to sign-off.
 * Discussion shows score statistics and divergence only where there are scores; otherwise each expert's opinion.
 */
const discussAndVote = async (page: Page, meetingUrl: string, kind: Kind) => {
  await open(page, meetingUrl, 'discuss');
  await page.getByRole('button', { name: kind.words.openDiscussion, exact: true }).click();
  await unlockExpert(page, chair.name, chair.pin);
  const scored = kind.scores !== null;
  await expect(page.getByText('评分分歧（0 项）', { exact: true })).toHaveCount(scored ? 1 : 0);
  await expect(page.getByRole('cell', { name: '标准差', exact: true })).toHaveCount(scored ? 1 : 0);
  await expect(page.getByRole('columnheader', { name: '总体意见', exact: true })).toHaveCount(scored ? 0 : 1);
  await expect(page.getByRole('columnheader', { name: kind.words.versions, exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath(`kind-${kind.reviewType}-discussion`) });
  await page.getByRole('button', { name: '进入表决', exact: true }).click();
  await open(page, meetingUrl, 'vote');
  await expect(page.locator('.zz-outcome')).toHaveText(kind.recommendation);
  const opinion = page.getByRole('textbox', { name: kind.opinionTitle, exact: true });
  await expect(opinion).not.toHaveValue('');
  const next = page.getByRole('button', { name: '进入签署', exact: true });
  await expect(next).toBeEnabled();
  await page.screenshot({ path: screenshotPath(`kind-${kind.reviewType}-vote`) });
  await next.click();
  await expect(page.getByText('已进入「签署」阶段')).toBeVisible();
};

/** Every participant signs, the chair last, and the chair finalises. */
const signOff = async (page: Page, meetingUrl: string, kind: Kind) => {
  await open(page, meetingUrl, 'signoff');
  for (const expert of [...experts.slice(1), chair]) await signOpinion(page, expert.name, expert.pin);
  await page.getByRole('button', { name: '定稿', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认定稿', exact: true }).click();
  await expect(page.getByText('已定稿', { exact: true })).toBeVisible();
  await expect(page.getByText(`${kind.verdict}（第 1 版）`, { exact: true })).toBeVisible();
  await page.screenshot({ path: screenshotPath(`kind-${kind.reviewType}-finalised`) });
};

/** Each generated file's text as the secretary reads it (PDF through pdftotext, DOCX from its XML), without white space. */
const textsIn = (folder: string) =>
  new Map(readdirSync(folder).map((name) => [name, squeeze(name.endsWith('.pdf') ? pdfText(join(folder, name)) : docxText(join(folder, name)))] as const));

/** Every `file: word` where a document holds a word its kind may not use. */
const forbiddenWords = (texts: ReadonlyMap<string, string>, reviewType: Kind['reviewType']) =>
  [...texts].flatMap(([name, text]) =>
    [...technicalOnlyWords, ...kindOnlyForbidden[reviewType]].filter((word) => text.includes(squeeze(word))).map((word) => `${name}: ${word}`),
  );

for (const kind of kinds) {
  test(`the ${kind.reviewType} review (${kind.label}) from manual set-up to its documents, none in technical-review words`, async () => {
    const materials = await mkdtemp(join(tmpdir(), 'zz-e2e-kind-materials-'));
    const target = await mkdtemp(join(tmpdir(), 'zz-e2e-kind-documents-'));
    await writeFile(join(materials, kind.file), await materialPdf());
    const { page, close } = await openWorkstation();
    try {
      await openManualSetUp(page, kind.label);
      await fillManualMeeting(page, kind, materials);
      await page.getByRole('button', { name: '保存审评会', exact: true }).first().click();
      await expect(page).toHaveURL(/#\/meetings\/M-20261205-[2-9A-Z]{4}$/);
      const meetingUrl = page.url();

      await prepare(page);
      await score(page, meetingUrl, kind);
      await discussAndVote(page, meetingUrl, kind);
      await signOff(page, meetingUrl, kind);

      await page.goto(meetingUrl);
      await expect(page.getByRole('columnheader', { name: kind.words.column, exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: `${kind.words.proxy}：${chair.name}`, exact: true })).toBeVisible();
      await page.getByRole('button', { name: '导出全部', exact: true }).click();
      await saveDocumentsInto(page, target, { timeoutMs: 240_000 });
      await page.screenshot({ path: screenshotPath(`kind-${kind.reviewType}-documents`) });
      const meetingId = new URL(meetingUrl).hash.split('/')[2]!;
      const [folderName] = readdirSync(target);
      const texts = textsIn(join(target, folderName!));
      const expected = kind.documents.flatMap((name) => ['pdf', 'docx'].map((format) => `${meetingId}_${name}.${format}`));
      expect(expected.filter((name) => !texts.has(name))).toEqual([]);
      // The minutes, the pledges, and per expert a sheet; per submission its opinion, signatures and comment table: each as PDF and DOCX.
      expect(texts.size).toBe(2 * (2 + experts.length + 3));
      expect([...texts.keys()].filter((name) => name.includes('审评'))).toEqual([]);
      for (const format of ['pdf', 'docx']) expect(texts.get(`${meetingId}_${kind.documents[0]}.${format}`)).toContain(`${kind.verdict}：${kind.recommendation}`);
      expect(forbiddenWords(texts, kind.reviewType)).toEqual([]);
    } catch (error) {
      await page.screenshot({ path: screenshotPath(`kind-${kind.reviewType}-failed`), fullPage: true }).catch(() => undefined);
      throw error;
    } finally {
      await close();
      await rm(materials, { recursive: true, force: true });
      await rm(target, { recursive: true, force: true });
    }
  });
}
