import { chromium, expect, test, type Page } from '@playwright/test';
import { translator } from '../../shared/i18n/translate.js';
import { zzbTechnicalRubric } from '../../shared/rubrics/zzb-technical.js';
import { startLoopbackHub } from './support/room-hub.js';
import { walkWorkstation } from './support/screen-tour.js';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId } from './support/seed-meeting.js';
import { chromiumPath, freePort, openWorkstation, screenshotPath } from './support/workstation.js';

test.describe.configure({ timeout: 420_000 });

/** Han characters and CJK or full-width punctuation (「」、，（）：；《》…). */
const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u;

/**
 * What a user reads and hears on the page: its visible text and the names, titles, placeholders and
 * alternative texts of its elements. What a material itself shows (its pages, thumbnails, bookmarks
 * and clauses) is the submission's own text, as is everything the seeded meetings hold; what a text
 * field holds is text for the Chinese documents (the panel opinion the vote drafts), not interface.
 */
const shownTexts = (page: Page) =>
  page.evaluate(() => {
    const own = (element: Element) => element.closest('.zz-reader-pages, .zz-reader-sidebar-content, .zz-docx, textarea') === null;
    const visible = (element: Element) => element.checkVisibility();
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent !== null && own(parent) && visible(parent) && node.textContent!.trim() !== '') texts.push(node.textContent!.trim());
    }
    for (const element of Array.from(document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'))) {
      if (!own(element) || !visible(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = element.getAttribute(name);
        if (value !== null && value.trim() !== '') texts.push(value.trim());
      }
    }
    return texts;
  });

/** Every string in the seeded rows that has CJK in it: user data, shown as typed in any language. */
const userStrings = (value: unknown): string[] => {
  if (typeof value === 'string') return cjk.test(value) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(userStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(userStrings);
  return [];
};

test('the English interface shows no Chinese of its own on the main screens: names, labels and punctuation are English', async () => {
  // The Chinese option of the language setting is named in Chinese, as every language menu names its languages.
  const languageNames = [translator('en')('settings.language.zh')];
  const leaks: string[] = [];
  const tour = await walkWorkstation('en', async (stop, page) => {
    await page.screenshot({ path: screenshotPath(`english-ui-${stop.name}`) });
    for (const text of await shownTexts(page)) leaks.push(...(cjk.test(text) ? [`${stop.name}: ${text}`] : []));
  });
  const allowed = [...new Set([...userStrings(tour.seeds), ...languageNames])].sort((a, b) => b.length - a.length);
  const foreign = [...new Set(leaks)].filter((leak) => {
    const [, text = ''] = leak.split(/: (.*)/su);
    return cjk.test(allowed.reduce((rest, data) => rest.split(data).join(' '), text));
  });
  expect(foreign, foreign.join('\n')).toEqual([]);
});

const en = translator('en');

/** English is chosen on the settings page, as a user does. */
const chooseEnglish = async (page: Page, url: string) => {
  const zh = translator('zh-CN');
  await page.goto(`${url}#/settings`);
  await page.getByText(zh('settings.language.en'), { exact: true }).click();
  await page.getByRole('button', { name: zh('common.save'), exact: true }).click();
  await expect(page.getByRole('menuitem', { name: en('nav.settings'), exact: true })).toBeVisible();
};

test('in English, each criterion’s 「评审要点与检查项」 shows the rubric’s English guidance and checkpoints', async () => {
  const { workstation, page, close } = await openWorkstation();
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await chooseEnglish(page, workstation.url);
    await seedMeeting(workstation, page, meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' }));
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}/score/S01?expert=E02`);
    await page.locator('#zz-expert-pin').fill(pinOf('E02'));
    await page.getByRole('button', { name: en('identity.unlock'), exact: true }).click();
    for (const criterion of zzbTechnicalRubric.criteria) {
      const region = page.getByRole('region', { name: criterion.name.en, exact: true });
      await region.getByRole('button', { name: en('review.score.guidance'), exact: true }).click();
      await expect(region.getByText(criterion.en.guidance, { exact: true })).toBeVisible();
      for (const point of criterion.en.checkpoints) await expect(region.getByText(point, { exact: true })).toBeVisible();
      await expect(region.locator('.zz-guidance')).not.toContainText(cjk);
    }
    await page.getByRole('region', { name: zzbTechnicalRubric.criteria[0]!.name.en, exact: true }).evaluate((region) => region.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: screenshotPath('english-ui-guidance') });
  } finally {
    await close();
  }
});

test('in English, the host’s refusals speak English: a wrong meeting code and a wrong PIN on an expert’s device, an unreachable bureau', async () => {
  const { workstation, page, close } = await openWorkstation();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await seedMeeting(workstation, page, meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' }));
    await page.goto(`${workstation.url}#/meetings/${seedMeetingId}`);
    await page.getByRole('button', { name: '会场联网', exact: true }).click();
    const { url, meetingCode } = await startLoopbackHub(page, page.getByRole('dialog', { name: '会场联网', exact: true }));

    // The expert's tablet was set to English; the hub refuses in Chinese and by code, and the tablet says it in English.
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-GB', reducedMotion: 'reduce' });
    await context.addInitScript(() => localStorage.setItem('zz-expert-language', 'en'));
    const device = await context.newPage();
    await device.goto(url);
    await device.getByRole('combobox').click();
    await device.locator('.ant-select-item-option').filter({ hasText: '王志强' }).click();
    await device.locator('.ant-select-dropdown').waitFor({ state: 'hidden' });
    await device.locator('#zz-join-code').fill(meetingCode === '000000' ? '111111' : '000000');
    await device.locator('#zz-join-pin').fill(pinOf('E03'));
    await device.getByRole('button', { name: en('expert.join.submit'), exact: true }).click();
    await expect(device.getByText(en('refusal.wrong-meeting-code'), { exact: true })).toBeVisible();
    await device.locator('#zz-join-code').fill(meetingCode);
    await device.locator('#zz-join-pin').fill('0000');
    await device.getByRole('button', { name: en('expert.join.submit'), exact: true }).click();
    await expect(device.getByText(en('refusal.wrong-pin', { attemptsLeft: 4 }), { exact: true })).toBeVisible();
    await device.screenshot({ path: screenshotPath('english-ui-refusal-wrong-pin') });

    // On the workstation, in English: enrolling with a bureau that does not answer names the address in English.
    await chooseEnglish(page, workstation.url);
    await page.goto(`${workstation.url}#/sync`);
    const origin = `http://127.0.0.1:${await freePort()}`;
    const form = page.getByRole('form', { name: en('sync.enroll.title'), exact: true });
    await form.getByLabel(en('sync.enroll.bureauUrl'), { exact: true }).fill(origin);
    await form.getByLabel(en('sync.enroll.code'), { exact: true }).fill('K7QM-2XWP-H9TD-4RBN');
    await form.getByRole('button', { name: en('sync.enroll.submit'), exact: true }).click();
    await expect(form.getByText(en('refusal.reason.bureau-connection-refused', { origin }), { exact: true })).toBeVisible();
    await page.screenshot({ path: screenshotPath('english-ui-refusal-bureau') });
  } finally {
    await browser.close();
    await close();
  }
});
