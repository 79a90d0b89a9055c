import { expect, test, type Page } from '@playwright/test';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';

test.describe.configure({ timeout: 180_000 });

const names: Record<string, string> = { E02: '李慧敏', E03: '王志强' };

const field = (page: Page, criterion: string) => page.getByRole('textbox', { name: `${criterion}得分`, exact: true });
const justification = (page: Page, criterion: string) => page.getByRole('textbox', { name: `${criterion}评分理由`, exact: true });
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

/** The expert's own sheet on S01, behind their PIN. */
const openSheet = async (page: Page, expertId: string) => {
  await page.goto(`${page.url().split('#')[0]}#/meetings/${seedMeetingId}/score/S01?expert=${expertId}`);
  const pin = page.locator('#zz-expert-pin');
  const acting = page.getByText(`当前专家：${names[expertId]}`);
  await expect(pin.or(acting)).toBeVisible();
  if (await pin.isVisible()) {
    await pin.fill(pinOf(expertId));
    await page.getByRole('button', { name: '验证并进入', exact: true }).click();
  }
  await expect(acting).toBeVisible();
  await expect(field(page, '合规性')).toBeVisible();
};

/** Keys as a person presses them: each character typed, `Tab` and `Shift+Tab` pressed. */
const keys = async (page: Page, sequence: readonly string[]) => {
  for (const step of sequence) {
    if (step === 'Tab' || step === 'Shift+Tab') await page.keyboard.press(step);
    else await page.keyboard.type(step);
  }
};

test('score fields keep what was typed, refuse it with the maximum named, and Tab goes criterion to criterion', async () => {
  const { workstation, page, close } = await openWorkstation();
  try {
    await seedMeeting(workstation, page, meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' }));
    await page.reload();

    // 35 in 先进性 (max 30) stays on screen, refused; the Tab after it still reaches 经济性.
    await openSheet(page, 'E02');
    await field(page, '合规性').click();
    await keys(page, ['16', 'Tab', '12', 'Tab', '35', 'Tab', '12', 'Tab', '16']);
    await expect(field(page, '可操作性')).toBeFocused();
    for (const [criterion, value] of [['合规性', '16'], ['必要性', '12'], ['先进性', '35'], ['经济性', '12'], ['可操作性', '16']] as const) {
      await expect(field(page, criterion)).toHaveValue(value);
    }
    const refusal = '先进性满分 30 分，请输入 0–30 的整数。「35」未作为得分保存，此项目前未评分。';
    await expect(field(page, '先进性')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, '先进性')).toHaveAccessibleDescription(refusal);
    await expect(page.getByText(refusal, { exact: true })).toBeVisible();
    await expect(justification(page, '先进性')).toHaveCount(0);
    await expect(page.getByText('合计 56 / 100 分', { exact: true })).toBeVisible();
    await saved(page);
    await page.screenshot({ path: screenshotPath('score-entry-refused') });

    // A fraction and junk are refused the same way; Shift+Tab walks back score by score.
    await keys(page, ['Shift+Tab', 'Shift+Tab']);
    await expect(field(page, '先进性')).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await keys(page, ['7.5']);
    await expect(field(page, '先进性')).toHaveAccessibleDescription('先进性满分 30 分，请输入 0–30 的整数。「7.5」未作为得分保存，此项目前未评分。');
    await page.keyboard.press('ControlOrMeta+A');
    await keys(page, ['高']);
    await expect(field(page, '先进性')).toHaveValue('高');
    await expect(field(page, '先进性')).toHaveAttribute('aria-invalid', 'true');

    // What was saved is the sheet without a 先进性 score: a reload shows the field empty, never 3.
    await saved(page);
    await page.reload();
    await expect(field(page, '合规性')).toHaveValue('16');
    await expect(field(page, '先进性')).toHaveValue('');
    await expect(field(page, '经济性')).toHaveValue('12');

    // A valid score clears the refusal.
    await field(page, '先进性').click();
    await keys(page, ['25', 'Tab']);
    await expect(field(page, '经济性')).toBeFocused();
    await expect(field(page, '先进性')).toHaveAttribute('aria-invalid', 'false');
    await expect(page.getByText('合计 81 / 100 分', { exact: true })).toBeVisible();

    // 2 in 先进性 asks for a justification, yet the 12 typed after Tab goes to 经济性; the box comes after the last score.
    await page.getByRole('button', { name: '切换专家/锁定', exact: true }).click();
    await openSheet(page, 'E03');
    await field(page, '合规性').click();
    await keys(page, ['16', 'Tab', '12', 'Tab', '2', 'Tab', '12', 'Tab', '16']);
    for (const [criterion, value] of [['合规性', '16'], ['必要性', '12'], ['先进性', '2'], ['经济性', '12'], ['可操作性', '16']] as const) {
      await expect(field(page, criterion)).toHaveValue(value);
    }
    await expect(justification(page, '先进性')).toHaveValue('');
    // Then Tab walks each criterion's details in turn: its 评审要点与检查项, the veto where allowed, a justification box.
    const guidance = (criterion: string) => page.getByRole('region', { name: criterion, exact: true }).getByRole('button', { name: '评审要点与检查项', exact: true });
    await keys(page, ['Tab']);
    await expect(guidance('合规性')).toBeFocused();
    await keys(page, ['Tab']);
    await expect(page.getByRole('checkbox', { name: '对「合规性」行使否决', exact: true })).toBeFocused();
    await keys(page, ['Tab', 'Tab']);
    await expect(guidance('先进性')).toBeFocused();
    await keys(page, ['Tab', '对标数据缺失，关键指标低于国内一般水平']);
    await expect(justification(page, '先进性')).toHaveValue('对标数据缺失，关键指标低于国内一般水平');
    await saved(page);
    await page.screenshot({ path: screenshotPath('score-entry-justification') });
  } finally {
    await close();
  }
});
