import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../../shared/settings/settings.js';
import { translator, type Translate } from '../../../shared/i18n/translate.js';
import { zzbTechnicalRubric } from '../../../shared/rubrics/zzb-technical.js';
import { sampleMeetingRecord } from '../../fixtures/sample-meeting.js';
import { addMaterialFile, materialRow } from './material-files.js';
import { meetingSeed, pinOf, seedMeeting, seedMeetingId, type MeetingSeed } from './seed-meeting.js';
import { buildStandardDraftPdf } from './standard-draft-pdf.js';
import { openWorkstation, type OpenWorkstation } from './workstation.js';

/** One screen of the tour: how a user gets there, and what they see once it has loaded. */
export type TourStop = { name: string; open(page: Page): Promise<unknown>; ready(page: Page): Locator[] };

/** The rows the tour seeded: the user data its screens show, which stays as typed in any interface language. */
export type TourData = { seeds: unknown[] };

/** A new workstation speaks Chinese; English is chosen on the settings page, as a user does. */
const chooseLanguage = async (page: Page, url: string, language: Language) => {
  if (language === 'zh-CN') return;
  const zh = translator('zh-CN');
  await page.goto(`${url}#/settings`);
  await page.getByText(zh('settings.language.en'), { exact: true }).click();
  await page.getByRole('button', { name: zh('common.save'), exact: true }).click();
  await expect(page.getByRole('menuitem', { name: translator(language)('nav.settings'), exact: true })).toBeVisible();
};

const go = (url: string, route: string) => (page: Page) => page.goto(`${url}#/${route}`);
const text = (value: string) => (page: Page) => [page.getByText(value, { exact: true }).first()];
/** A standard's name appears inside longer lines (「《name》 T/ZZB …」), so it is looked for as a part. */
const standardShown = (name: string) => (page: Page) => [page.getByText(name).first()];

/** Screens of an empty workstation: the first-run meeting list, import, manual set-up, 上报, settings. */
const emptyWorkstationStops = (url: string, t: Translate): TourStop[] => [
  { name: 'meetings-empty', open: go(url, 'meetings'), ready: text(t('meetings.empty.title')) },
  { name: 'import', open: go(url, 'meetings/import'), ready: text(t('import.start.body')) },
  { name: 'new-meeting', open: go(url, 'meetings/new'), ready: text(t('setup.meeting')) },
  { name: 'sync', open: go(url, 'sync'), ready: text(t('sync.device.title')) },
  { name: 'settings', open: go(url, 'settings'), ready: text(t('settings.language')) },
];

/** The seeded meeting in scoring: list, overview, preparation, E02's PIN gate and score sheet beside the draft, the reader. */
const scoringStops = (url: string, t: Translate, language: Language, title: string, standard: string, materialId: string): TourStop[] => {
  const meeting = `meetings/${seedMeetingId}`;
  const firstCriterion = zzbTechnicalRubric.criteria[0]!.name[language === 'en' ? 'en' : 'zh'];
  const firstPage = (page: Page) => page.getByTestId('pdf-pages').locator('[data-page="1"] canvas');
  return [
    { name: 'meetings', open: go(url, 'meetings'), ready: (page) => [page.getByRole('link', { name: title, exact: true })] },
    { name: 'meeting', open: go(url, meeting), ready: standardShown(standard) },
    { name: 'prepare', open: go(url, `${meeting}/prepare`), ready: text(t('prepare.recusal.help')) },
    { name: 'score-gate', open: go(url, `${meeting}/score/S01?expert=E02`), ready: (page) => [page.locator('#zz-expert-pin')] },
    {
      name: 'score',
      open: async (page) => {
        await page.locator('#zz-expert-pin').fill(pinOf('E02'));
        await page.getByRole('button', { name: t('identity.unlock'), exact: true }).click();
      },
      ready: (page) => [page.getByRole('textbox', { name: t('review.score.label', { name: firstCriterion }), exact: true }), firstPage(page)],
    },
    { name: 'read', open: go(url, `${meeting}/read/S01/${materialId}`), ready: (page) => [firstPage(page)] },
  ];
};

/** The finalised sample meeting with S01 back in discussion and S02 in the vote: the later screens and the documents dialog. */
const verdictStops = (url: string, t: Translate, standards: string[]): TourStop[] => {
  const meeting = `meetings/${seedMeetingId}`;
  return [
    { name: 'discuss', open: go(url, `${meeting}/discuss/S01`), ready: text(t('review.screen.discuss')) },
    { name: 'vote', open: go(url, `${meeting}/vote/S02`), ready: text(t('review.vote.outcome')) },
    { name: 'signoff', open: go(url, `${meeting}/signoff/S03`), ready: standardShown(standards[2]!) },
    { name: 'meeting-finalised', open: go(url, meeting), ready: standardShown(standards[2]!) },
    {
      name: 'documents',
      open: (page) => page.getByRole('row').filter({ hasText: standards[2]! }).getByRole('button', { name: t('documents.generate'), exact: true }).click(),
      ready: (page) => [page.getByRole('dialog', { name: t('documents.chooseFolder'), exact: true })],
    },
    { name: 'audit', open: go(url, `${meeting}/audit`), ready: (page) => [page.getByRole('heading', { name: t('audit.title'), exact: true }), page.getByRole('row').nth(1)] },
  ];
};

/** The sample record as a meeting still under way: S01 in discussion, S02 in the vote, S03 finalised. */
const meetingUnderWay = () => {
  const record = sampleMeetingRecord();
  const phases: Record<string, 'discussion' | 'vote'> = { S01: 'discussion', S02: 'vote' };
  return {
    ...record,
    submissions: record.submissions.map((s) => ({ ...s, phase: phases[s.id] ?? s.phase })),
    verdicts: record.verdicts.filter((v) => phases[v.submissionId] === undefined),
  };
};

/**
 * Walks the main screens of the workstation in `language`, from an empty data folder to a meeting under
 * way, and hands each to `visit` once what a user sees there has loaded. Returns the rows it seeded.
 */
export const walkWorkstation = async (language: Language, visit: (stop: TourStop, page: Page) => Promise<void>): Promise<TourData> => {
  const t = translator(language);
  const folder = await mkdtemp(join(tmpdir(), 'zz-e2e-tour-'));
  const walk = async ({ page }: OpenWorkstation, stops: TourStop[]) => {
    for (const stop of stops) {
      await stop.open(page);
      for (const locator of stop.ready(page)) await expect(locator, stop.name).toBeVisible();
      await visit(stop, page);
    }
  };
  const seed: MeetingSeed = meetingSeed({ pledged: true, recusalDecided: true, phase: 'scoring' });
  const sample = meetingUnderWay();
  let open = await openWorkstation();
  try {
    await chooseLanguage(open.page, open.workstation.url, language);
    await walk(open, emptyWorkstationStops(open.workstation.url, t));
    await writeFile(join(folder, '送审稿.pdf'), await buildStandardDraftPdf());
    const draft = await addMaterialFile(open.page, join(folder, '送审稿.pdf'));
    seed.materials = [{ ...materialRow(seedMeetingId, 'S01-1', 'draft', '送审稿', draft), kind: 'draft' }];
    await seedMeeting(open.workstation, open.page, seed);
    await walk(open, scoringStops(open.workstation.url, t, language, seed.meeting.title, seed.submissions![0]!.standardName, 'S01-1'));
    await open.close();

    open = await openWorkstation();
    await chooseLanguage(open.page, open.workstation.url, language);
    await seedMeeting(open.workstation, open.page, sample);
    await walk(open, verdictStops(open.workstation.url, t, sample.submissions.map((s) => s.standardName)));
  } finally {
    await open.close();
    await rm(folder, { recursive: true, force: true });
  }
  return { seeds: [seed, sample] };
};
