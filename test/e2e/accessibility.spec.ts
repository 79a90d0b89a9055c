import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from './support/axe.js';
import { walkWorkstation } from './support/screen-tour.js';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { openWorkstation, screenshotPath } from './support/workstation.js';
import { startLoopbackHub } from './support/room-hub.js';

test.describe.configure({ timeout: 420_000 });

// In Chinese, the workstation's own language: colours and roles do not change with it, and
// english-ui.spec.ts walks the same screens in English.
test("axe-core finds no serious or critical violation on the workstation's main screens", async () => {
  const found: string[] = [];
  await walkWorkstation('zh-CN', async (stop, page) => {
    await page.screenshot({ path: screenshotPath(`a11y-${stop.name}`) });
    const violations = await seriousViolations(page);
    if (violations.length > 0) found.push(`— ${stop.name}\n${violations.join('\n')}`);
    // Printed as found, so a walk that stops early still shows every screen it saw.
    for (const violation of violations) console.warn(`${stop.name}: ${violation}`);
  });
  expect(found.join('\n\n'), found.join('\n\n')).toBe('');
});

test('on the scoring screen, 「跳到评分表」 passes over the reader, and Tab reaches each criterion’s guidance and the veto', async () => {
  const { workstation, page, close } = await openWorkstation();
  try {
    await seedMeeting(workstation, page, meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' }));
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}/score/S01?expert=E02`);
    await page.locator('#zz-expert-pin').fill(pinOf('E02'));
    await page.getByRole('button', { name: '验证并进入', exact: true }).click();
    const firstScore = page.getByRole('textbox', { name: '合规性得分', exact: true });
    await expect(firstScore).toBeVisible();

    // From the screen's first control, the skip link is among the first few Tab stops and shows when focused.
    const skip = page.getByRole('link', { name: '跳到评分表', exact: true });
    await page.getByRole('link', { name: '返回会议总览', exact: true }).focus();
    for (let presses = 0; presses < 12 && !(await skip.evaluate((link) => link === document.activeElement)); presses += 1) await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.screenshot({ path: screenshotPath('a11y-skip-link') });
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: '评分表', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '切换专家/锁定', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(firstScore).toBeFocused();

    // After the last score: 合规性's 评审要点与检查项 opens from the keyboard, then its veto checks with Space.
    await page.getByRole('textbox', { name: '可操作性得分', exact: true }).focus();
    await page.keyboard.press('Tab');
    const guidance = page.getByRole('region', { name: '合规性', exact: true }).getByRole('button', { name: '评审要点与检查项', exact: true });
    await expect(guidance).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(guidance).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByText('技术要求不低于相关强制性国家标准，无相抵触的条款', { exact: true })).toBeVisible();
    await page.keyboard.press('Tab');
    const veto = page.getByRole('checkbox', { name: '对「合规性」行使否决', exact: true });
    await expect(veto).toBeFocused();
    await page.keyboard.press('Space');
    await expect(veto).toBeChecked();
    await page.screenshot({ path: screenshotPath('a11y-guidance-veto') });
  } finally {
    await close();
  }
});

test("axe-core finds no serious or critical violation on the expert app's join, draft list and scoring screens", async () => {
  const { workstation, context, page, close } = await openWorkstation();
  const found: string[] = [];
  const check = async (screen: string, device: Page) => {
    await device.screenshot({ path: screenshotPath(`a11y-expert-${screen}`) });
    const violations = await seriousViolations(device);
    if (violations.length > 0) found.push(`— ${screen}\n${violations.join('\n')}`);
  };
  try {
    await seedMeeting(workstation, page, meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' }));
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}`);
    await page.getByRole('button', { name: '会场联网', exact: true }).click();
    const drawer = page.getByRole('dialog', { name: '会场联网', exact: true });
    const { url, meetingCode } = await startLoopbackHub(page, drawer);

    // The expert's device: another origin, so a page of its own beside the workstation's.
    const device = await context.newPage();
    await device.goto(url);
    await expect(device.locator('#zz-join-code')).toBeVisible();
    await check('join', device);
    await device.getByRole('combobox').click();
    await device.getByTitle('李慧敏（副组长）', { exact: true }).click();
    await device.locator('#zz-join-code').fill(meetingCode);
    await device.locator('#zz-join-pin').fill(pinOf('E02'));
    await device.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await device.getByRole('button', { name: '加入', exact: true }).click();
    await expect(device.getByText('待审草案', { exact: true })).toBeVisible();
    await check('drafts', device);
    await device.getByText('家用和类似用途电子膨胀阀', { exact: true }).click();
    await expect(device.getByLabel('合规性得分', { exact: true })).toBeVisible();
    await check('score', device);
  } finally {
    await close();
  }
  expect(found.join('\n\n'), found.join('\n\n')).toBe('');
});
