import { expect, type Page } from '@playwright/test';
import { decideOutcome } from '../../../shared/engine/outcome.js';
import { draftVerdict } from '../../../shared/engine/verdict-draft.js';
import type { Verdict } from '../../../shared/model/verdict.js';
import { defaultRules } from '../../../shared/rubrics/default-rules.js';
import { zzbTechnicalRubric } from '../../../shared/rubrics/zzb-technical.js';
import { samplePanel } from '../../fixtures/sample-panel.js';
import { meetingSeed, pinOf, seedMeetingId } from './seed-meeting.js';

const rubric = zzbTechnicalRubric;
const dot = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

/**
 * The meeting of seed-meeting.ts with both submissions at 签署 and every participant's signature on a
 * written opinion, so the test starts at the chair's 定稿, which is the real finalisation.
 */
export const signedOffMeeting = () => {
  const seed = meetingSeed({ pledged: true, recusalDecided: true, phase: 'sign-off' });
  const sheets = [];
  const verdicts: Verdict[] = [];
  for (const submission of seed.submissions) {
    const recusals = seed.recusals.filter((r) => r.submissionId === submission.id);
    const participants = seed.experts.filter((e) => !recusals.some((r) => r.expertId === e.id));
    const rows = participants.map(() => ({ scores: rubric.criteria.map((c) => c.maxPoints - 2), recommendation: 'pass' as const }));
    const panel = samplePanel(rubric, submission.id, rows, seedMeetingId);
    sheets.push(...panel.sheets);
    const result = decideOutcome({ submissionId: submission.id, rubric, rules: defaultRules.technical, experts: seed.experts, sheets: panel.sheets, recusals, vetoRulings: [] });
    const verdictId = `V-E2E-${submission.id}`;
    const draft = draftVerdict({ id: `${verdictId}/1`, verdictId, meetingId: seedMeetingId, submissionId: submission.id }, rubric, result);
    const chairLast = [...participants].sort((a, b) => Number(a.role === 'chair') - Number(b.role === 'chair'));
    verdicts.push({
      ...draft,
      conclusion: `专家组认为《${submission.standardName}》技术内容先进，同意通过审评。`,
      signatures: chairLast.map((e) => ({ expertId: e.id, signedAt: '2026-11-28T15:00:00+08:00', image: dot })),
    });
  }
  return { ...seed, scoreSheets: sheets, verdicts };
};

export const finalise = async (page: Page, submissionId: string) => {
  await page.goto(`${page.url().split('#')[0]}#/meetings/${seedMeetingId}/signoff/${submissionId}`);
  await page.getByRole('button', { name: '定稿', exact: true }).click();
  const dialog = page.getByRole('dialog');
  const pin = dialog.locator('#zz-expert-pin');
  await expect(pin.or(dialog.getByRole('button', { name: '确认定稿', exact: true }))).toBeVisible();
  if (await pin.isVisible()) {
    await pin.fill(pinOf('E01'));
    await dialog.getByRole('button', { name: '验证并进入', exact: true }).click();
  }
  await dialog.getByRole('button', { name: '确认定稿', exact: true }).click();
  await expect(page.getByText('已定稿', { exact: true })).toBeVisible();
};

