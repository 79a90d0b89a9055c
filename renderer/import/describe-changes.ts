import type { ImportPlan } from '../../shared/api/calls/import-calls.js';
import type { Translate } from '../../shared/i18n/translate.js';
import type { MessageKey } from '../../shared/i18n/zh-cn.js';
import type { WorkCounts } from '../../shared/package/reimport-plan.js';
import { workTables } from '../../shared/package/reimport-plan.js';
import { formatBytes } from './format-bytes.js';

const fieldList = (t: Translate, prefix: string, fields: readonly string[]) =>
  fields.map((field) => t(`${prefix}.${field}` as MessageKey)).join(t('common.listJoin'));

const describeWork = (t: Translate, work: WorkCounts) =>
  workTables
    .filter((table) => work[table] > 0)
    .map((table) => t(`import.work.${table}`, { count: work[table] }))
    .join(t('common.listJoin'));

/** What a re-import will change, one sentence per change, in the order meeting, panel, submissions, materials. */
export const describeChanges = (t: Translate, plan: ImportPlan): string[] => {
  const submissionNames = new Map(
    [...plan.write.submissions, ...plan.submissions.removed, ...plan.submissions.kept.map((kept) => kept.record)].map((s) => [s.id, s.standardName]),
  );
  const submissionOf = (id: string) => submissionNames.get(id) ?? id;
  const lines: string[] = [];
  if (plan.meetingChanges.length > 0) lines.push(t('import.change.meeting', { fields: fieldList(t, 'import.meetingField', plan.meetingChanges) }));

  const { experts, submissions, materials } = plan;
  for (const expert of experts.added) lines.push(t('import.change.expertAdded', { name: expert.name, organization: expert.organization }));
  for (const expert of experts.removed) lines.push(t('import.change.expertRemoved', { name: expert.name, organization: expert.organization }));
  for (const { after, fields } of experts.changed) lines.push(t('import.change.expertChanged', { name: after.name, fields: fieldList(t, 'import.expertField', fields) }));
  for (const { record, work } of experts.kept) lines.push(t('import.change.expertKept', { name: record.name, work: describeWork(t, work) }));

  for (const submission of submissions.added) lines.push(t('import.change.submissionAdded', { name: submission.standardName }));
  for (const submission of submissions.removed) lines.push(t('import.change.submissionRemoved', { name: submission.standardName }));
  for (const { after, fields } of submissions.changed)
    lines.push(t('import.change.submissionChanged', { name: after.standardName, fields: fieldList(t, 'import.submissionField', fields) }));
  for (const { record, work } of submissions.kept) lines.push(t('import.change.submissionKept', { name: record.standardName, work: describeWork(t, work) }));

  for (const material of materials.added)
    lines.push(t('import.change.materialAdded', { submission: submissionOf(material.submissionId), title: material.title, size: formatBytes(material.bytes) }));
  for (const material of materials.removed) lines.push(t('import.change.materialRemoved', { submission: submissionOf(material.submissionId), title: material.title }));
  for (const { after, fields } of materials.changed)
    lines.push(t('import.change.materialChanged', { submission: submissionOf(after.submissionId), title: after.title, fields: fieldList(t, 'import.materialField', fields) }));
  return lines;
};

/** Why the import cannot go ahead, one sentence per blocker. */
export const describeBlockers = (t: Translate, plan: ImportPlan): string[] =>
  plan.blockers.map((blocker) => t(blocker.field === 'reviewType' ? 'import.blocker.reviewType' : 'import.blocker.rubric', { count: blocker.scoreSheets }));
