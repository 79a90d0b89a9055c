import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type StoredMaterial, addMaterialFile, materialRow } from '../e2e/support/material-files.js';
import { meetingSeed, seedMeeting } from '../e2e/support/seed-meeting.js';
import { buildExplanationDocx } from '../e2e/support/standard-explanation-docx.js';
import { buildStandardDraftPdf } from '../e2e/support/standard-draft-pdf.js';
import { openProfile, startWorkstation } from '../e2e/support/workstation.js';
import type { BenchFigure } from './figure.js';

type Marks = { zzStartedAt?: number };

// The checks below run in the page (Playwright sends their source), so each is self-contained.
/** Milliseconds since the mark once page 1 of the draft shows its text, else false. */
const draftShownSinceMark = () =>
  document.querySelector('[data-testid="pdf-pages"] [data-page="1"] .zz-text-layer')?.textContent?.includes('浙江制造团体标准') === true &&
  performance.now() - ((window as unknown as Marks).zzStartedAt ?? 0);
/** Milliseconds since the mark once the Word 编制说明 shows its text, else false. */
const explanationShownSinceMark = () =>
  document.querySelector('.zz-docx-page')?.textContent?.includes('耐压强度试验压力') === true && performance.now() - ((window as unknown as Marks).zzStartedAt ?? 0);
/** Milliseconds since navigation (a reload starts the page's clock again) once page 1 of the draft shows, else false. */
const draftShownSinceNavigation = () =>
  document.querySelector('[data-testid="pdf-pages"] [data-page="1"] .zz-text-layer')?.textContent?.includes('浙江制造团体标准') === true && performance.now();

const openScoring = (hash: string) => {
  (window as unknown as Marks).zzStartedAt = performance.now();
  location.hash = hash;
};
const clickMaterialTab = (title: string) => {
  (window as unknown as Marks).zzStartedAt = performance.now();
  // The material switcher is an antd Segmented: one label per material.
  const tab = Array.from(document.querySelectorAll<HTMLElement>('.ant-segmented-item')).find((element) => element.textContent?.trim() === title);
  if (tab === undefined) throw new Error(`no material tab ${title}`);
  tab.click();
};

/** Checked every frame in the page, so Playwright's round trips stay out of the figure. */
const waitInPage = async (page: Page, check: () => number | false): Promise<number> =>
  Number(await (await page.waitForFunction(check, undefined, { polling: 'raf', timeout: 60_000 })).jsonValue());

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export const measure = async (): Promise<BenchFigure[]> => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-bench-materials-'));
  await writeFile(join(folder, '送审稿.pdf'), await buildStandardDraftPdf(194));
  await writeFile(join(folder, '编制说明.docx'), await buildExplanationDocx());
  const workstation = await startWorkstation();
  const profile = await mkdtemp(join(tmpdir(), 'zz-bench-profile-'));
  const { context, page } = await openProfile(profile, workstation);
  try {
    await page.goto(workstation.url);
    await page.getByText('还没有审评会', { exact: true }).waitFor({ timeout: 120_000 });
    const seed = meetingSeed({ phase: 'scoring', pledged: true });
    const meetingId = seed.meeting.id;
    const material = (id: string, kind: string, title: string, stored: StoredMaterial) => materialRow(meetingId, id, kind, title, stored);
    const draft = material('S01-1', 'draft', '送审稿', await addMaterialFile(page, join(folder, '送审稿.pdf')));
    const explanation = material('S01-2', 'explanation', '编制说明', await addMaterialFile(page, join(folder, '编制说明.docx')));
    await seedMeeting(workstation, page, { ...seed, materials: [draft, explanation] as typeof seed.materials });
    const dashboard = `#/meetings/${meetingId}`;
    const scoring = `#/meetings/${meetingId}/score/S01?expert=E02`;

    const opens: number[] = [];
    for (let run = 0; run < 4; run += 1) {
      await page.goto(`${workstation.url}${dashboard}`);
      await page.getByText(seed.meeting.title).first().waitFor();
      await page.evaluate(openScoring, scoring);
      const ms = await waitInPage(page, draftShownSinceMark);
      if (run > 0) opens.push(ms);
    }

    const toExplanation: number[] = [];
    const toDraft: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      await page.evaluate(clickMaterialTab, '编制说明');
      toExplanation.push(await waitInPage(page, explanationShownSinceMark));
      await page.evaluate(clickMaterialTab, '送审稿');
      toDraft.push(await waitInPage(page, draftShownSinceMark));
    }

    const reloads: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      await page.reload({ waitUntil: 'commit' });
      reloads.push(await waitInPage(page, draftShownSinceNavigation));
    }

    const screen = 'app scoring screen, 200-page PDF draft beside the score sheet';
    return [
      { name: `${screen}: open from the meeting page until page 1 shows, median of 3`, value: median(opens), unit: 'ms', goal: '≤ 500 ms' },
      { name: `${screen}: switch material tab to the Word 编制说明, median of 3`, value: median(toExplanation), unit: 'ms', goal: '≤ 300 ms' },
      { name: `${screen}: switch material tab back to the 200-page draft, median of 3`, value: median(toDraft), unit: 'ms', goal: '≤ 300 ms' },
      { name: `${screen}: reload until page 1 shows, median of 3`, value: median(reloads), unit: 'ms', goal: '≤ 1500 ms' },
    ];
  } finally {
    await context.close();
    await workstation.stop();
    await rm(folder, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
};
