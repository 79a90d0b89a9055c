import { expect, test, type Page } from '@playwright/test';
import { translator } from '../../shared/i18n/translate.js';
import { walkWorkstation } from './support/screen-tour.js';
import { screenshotPath } from './support/workstation.js';

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
