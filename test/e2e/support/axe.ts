import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';

const axeFile = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's own file, evaluated through the DevTools protocol: the app's Content-Security-Policy
 * (`script-src 'self'`) refuses the inline <script> that `page.addScriptTag` writes, and the page
 * itself gains no script element.
 */
const injectAxe = async (page: Page) => {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(await readFile(axeFile, 'utf8'));
};

/** What a violation is reported with: rule, impact, and each offending node's selector and axe's summary. */
const describe = (violation: Result) =>
  [`${violation.id} (${violation.impact}): ${violation.help}`, ...violation.nodes.map((node) => `  ${node.target.join(' ')}\n    ${node.failureSummary?.replace(/\n/g, '\n    ')}`)].join('\n');

/** The serious and critical WCAG 2.1 A/AA violations on the page as it is now, one readable block each. */
export const seriousViolations = async (page: Page): Promise<string[]> => {
  await injectAxe(page);
  const results = await page.evaluate(
    () =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
        resultTypes: ['violations'],
      }),
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(describe);
};
