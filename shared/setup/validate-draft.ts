import { rulesFor } from '../engine/review-config.js';
import { tooFewExpertsKeys } from '../i18n/review-kind-keys.js';
import type { MessageKey } from '../i18n/zh-cn.js';
import type { ReviewType } from '../model/review-type.js';
import { reviewWordings } from '../rubrics/review-wording.js';
import type { MeetingDraft } from './meeting-draft.js';
import { normalizeMeetingTime } from './meeting-time.js';

/**
 * `target` names the input to mark: `meeting.title`, `panel.2.name`, `submissions.0.materials`, …
 * Rows and items are counted from 1 in the message, as the secretary sees them.
 */
export type SetupIssue = {
  level: 'error' | 'warning';
  key: MessageKey;
  params: Record<string, string | number>;
  target: string;
};

const error = (key: MessageKey, target: string, params: Record<string, string | number> = {}): SetupIssue => ({ level: 'error', key, params, target });

const rowsByName = (names: readonly string[]): Map<string, number[]> => {
  const rows = new Map<string, number[]>();
  names.forEach((name, index) => {
    if (name) rows.set(name, [...(rows.get(name) ?? []), index + 1]);
  });
  return rows;
};

/** Each review kind's message when its required material (送审稿, 立项申请书, 实施情况报告) is missing. */
const requiredMaterialMissing: Readonly<Record<ReviewType, MessageKey>> = {
  technical: 'setup.issue.draftMissing',
  initiation: 'setup.issue.applicationMissing',
  periodic: 'setup.issue.implementationReportMissing',
};

/**
 * Everything the form must get right before it is saved: errors block saving; a panel smaller than the
 * rules' quorum is only a warning, since experts may still be added on the day.
 */
export const validateMeetingDraft = (draft: MeetingDraft): SetupIssue[] => {
  const issues: SetupIssue[] = [];
  if (!draft.title.trim()) issues.push(error('setup.issue.titleRequired', 'meeting.title'));
  if (!draft.startsAt.trim()) issues.push(error('setup.issue.startsAtRequired', 'meeting.startsAt'));
  else if (normalizeMeetingTime(draft.startsAt) === null) issues.push(error('setup.issue.startsAtInvalid', 'meeting.startsAt', { value: draft.startsAt.trim() }));

  const names = draft.panel.map((row) => row.name.trim());
  if (draft.panel.length === 0) issues.push(error('setup.issue.panelEmpty', 'panel'));
  draft.panel.forEach((row, index) => {
    const name = names[index]!;
    if (!name) issues.push(error('setup.issue.nameRequired', `panel.${index}.name`, { row: index + 1 }));
    if (!row.organization.trim()) issues.push(error('setup.issue.organizationRequired', `panel.${index}.organization`, { row: index + 1, name: name || '—' }));
  });
  for (const [name, rows] of rowsByName(names)) {
    if (rows.length > 1) issues.push(error('setup.issue.duplicateName', `panel.${rows[1]! - 1}.name`, { name, rows: rows.join('、') }));
  }
  const chairs = draft.panel.filter((row) => row.role === 'chair').length;
  if (draft.panel.length > 0 && chairs !== 1) issues.push(error('setup.issue.chairCount', 'panel', { count: chairs }));
  const { minVoters } = rulesFor({ reviewType: draft.reviewType, rubric: null, rules: null });
  if (draft.panel.length < minVoters)
    issues.push({ level: 'warning', key: tooFewExpertsKeys[draft.reviewType], params: { min: minVoters, count: draft.panel.length }, target: 'panel' });

  if (draft.submissions.length === 0) issues.push(error('setup.issue.submissionsEmpty', 'submissions'));
  const required = reviewWordings[draft.reviewType].requiredMaterial.kinds;
  draft.submissions.forEach((submission, index) => {
    const item = index + 1;
    const name = submission.standardName.trim();
    if (!name) issues.push(error('setup.issue.standardNameRequired', `submissions.${index}.standardName`, { item }));
    const label = name || '—';
    if (!submission.leadDrafter.trim()) issues.push(error('setup.issue.leadDrafterRequired', `submissions.${index}.leadDrafter`, { item, name: label }));
    if (!submission.materials.some((material) => required.includes(material.kind)))
      issues.push(error(requiredMaterialMissing[draft.reviewType], `submissions.${index}.materials`, { item, name: label }));
    submission.materials.forEach((material, row) => {
      if (!material.title.trim())
        issues.push(error('setup.issue.materialTitleRequired', `submissions.${index}.materials.${row}.title`, { item, row: row + 1, file: material.fileName }));
    });
  });
  return issues;
};
