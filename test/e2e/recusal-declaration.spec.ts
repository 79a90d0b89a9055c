import { readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { samplePanel } from '../fixtures/sample-panel.js';
import type { AuditEvent } from '../../shared/model/audit-event.js';
import type { Submission } from '../../shared/model/submission.js';
import { zzbTechnicalRubric } from '../../shared/rubrics/zzb-technical.js';
import { pdfText, squeeze } from '../support/document-text.js';
import { putRows, readTable } from './support/review-package.js';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';
import { saveDocumentsInto } from './support/documents-folder.js';

test.describe.configure({ timeout: 300_000 });

const declaredConflict = '近三年为卧龙电气驱动集团股份有限公司提供电机能效检测技术咨询服务';
const chairNote = '申明属实，回避该项目的评分和表决';

/** The meeting room's clock, computed here independently of the app: Asia/Shanghai, to the second. */
const shanghaiClock = (iso: string) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(iso));

const findFile = (folder: string, name: string): string => {
  const entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  const found = entries.find((entry) => entry.endsWith(name));
  if (found === undefined) throw new Error(`${folder} 中没有 ${name}：${entries.join('、')}`);
  return join(folder, found);
};

test('an expert declares a conflict the engine did not detect; the chair confirms it and the minutes print it', async () => {
  const target = await mkdtemp(join(tmpdir(), 'zz-e2e-documents-'));
  const { workstation, page, close } = await openWorkstation();
  try {
    await seedMeeting(workstation, page, meetingSeed({ pledged: true, recusalDecided: true }));
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}/prepare`);
    await page.reload();

    await page.getByRole('button', { name: '申明利益冲突', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '申明利益冲突', exact: true });
    await dialog.getByRole('combobox', { name: '专家', exact: true }).click();
    await page.getByTitle('刘伟（成员，浙江省制冷学会）', { exact: true }).click();
    // The chair's gate on the page behind has a PIN field of the same id: look inside the dialog.
    await dialog.locator('#zz-expert-pin').fill(pinOf('E05'));
    await dialog.getByRole('button', { name: '验证并进入', exact: true }).click();
    await expect(dialog.getByText('当前专家：刘伟（成员）', { exact: true })).toBeVisible();
    await dialog.getByRole('button', { name: '提交申明', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText('请选择审评项目');
    await dialog.getByRole('combobox', { name: '审评项目', exact: true }).click();
    await page.getByTitle('《高效节能三相异步电动机》', { exact: true }).click();
    await dialog.getByLabel('利益冲突情况', { exact: true }).fill(`${declaredConflict}。`);
    await expect(page.getByTitle('《家用和类似用途电子膨胀阀》', { exact: true })).toBeHidden();
    await page.screenshot({ path: screenshotPath('recusal-declaration') });
    await dialog.getByRole('button', { name: '提交申明', exact: true }).click();
    await expect(page.getByText('已保存：专家刘伟对《高效节能三相异步电动机》的回避申明已记录', { exact: true })).toBeVisible();
    await expect(dialog).toBeHidden();

    await page.getByLabel('个人 PIN', { exact: true }).fill(pinOf('E01'));
    await page.getByRole('button', { name: '验证并进入', exact: true }).click();
    await expect(page.getByText('当前专家：张建国（组长）', { exact: true })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: '主动申明' });
    await expect(row.getByText('刘伟', { exact: true })).toBeVisible();
    await expect(row.getByText(declaredConflict, { exact: true })).toBeVisible();
    await expect(row.getByText('待确认', { exact: true })).toBeVisible();
    await row.getByRole('button', { name: '确认回避', exact: true }).click();
    const decision = page.getByRole('dialog');
    await decision.getByLabel('理由', { exact: true }).fill(chairNote);
    await decision.getByRole('button', { name: '确认回避', exact: true }).click();
    await expect(page.getByText('已保存：回避决定已记录', { exact: true })).toBeVisible();
    await expect(row.getByText('回避', { exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('recusal-declared-confirmed'), fullPage: true });

    const trail = await readTable<AuditEvent>(workstation, 'auditLog');
    const declared = trail.find((event) => event.action === 'recusal.declare');
    expect(declared).toMatchObject({ actor: 'E05', submissionId: 'S02', details: { expertId: 'E05', reason: declaredConflict, status: 'flagged' } });
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}/audit`);
    const line = page.getByRole('row').filter({ hasText: '申明回避' });
    await expect(line.getByText(`专家：刘伟；理由：${declaredConflict}；决定：待组长确认`, { exact: true })).toBeVisible();
    await expect(line.getByText(shanghaiClock(declared!.at), { exact: true })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: '回避决定' }).filter({ hasText: '高效节能三相异步电动机' }).getByText(`专家：刘伟；决定：回避；理由：${chairNote}`, { exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('audit-log-declared') });

    // Scoring and the vote are other tests' business: the five experts left score S02 and the vote opens.
    const [s02] = (await readTable<Submission>(workstation, 'submissions')).filter((s) => s.id === 'S02');
    const rows = Array.from({ length: 6 }, () => ({ scores: zzbTechnicalRubric.criteria.map((c) => c.maxPoints - 3), recommendation: 'pass' as const }));
    const sheets = samplePanel(zzbTechnicalRubric, 'S02', rows, seedMeetingId).sheets.filter((sheet) => sheet.expertId !== 'E05');
    await putRows(workstation, 'scoreSheets', sheets);
    await putRows(workstation, 'submissions', [{ ...s02, phase: 'vote' }]);
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}`);
    await page.reload();
    await page.getByRole('button', { name: '导出全部', exact: true }).click();
    await saveDocumentsInto(page, target, { timeoutMs: 180_000 });

    const minutes = squeeze(pdfText(findFile(target, `${seedMeetingId}_审评会议纪要.pdf`)));
    // The minutes' wording is the documents' business: the expert named just before the declared reason, and the chair's note.
    const at = minutes.indexOf(squeeze(declaredConflict));
    expect(at, '纪要中没有申明的回避理由').toBeGreaterThan(0);
    expect(minutes.slice(Math.max(0, at - 40), at)).toContain('刘伟');
    expect(minutes).toContain(squeeze(chairNote));
  } finally {
    await close();
    await rm(target, { recursive: true, force: true });
  }
});
