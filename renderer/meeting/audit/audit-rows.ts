import { zhCN, type MessageKey } from '../../../shared/i18n/zh-cn.js';
import type { Translate } from '../../../shared/i18n/translate.js';
import type { AuditEvent } from '../../../shared/model/audit-event.js';
import { reviewPhases } from '../../../shared/model/phase.js';

/** One audit entry as people read it: names instead of ids, labels instead of codes. */
export type AuditRow = { id: string; at: string; actor: string; action: string; actionCode: string; submission: string; details: string };

export type AuditNames = { experts: ReadonlyMap<string, string>; submissions: ReadonlyMap<string, string> };

const known = (key: string): key is MessageKey => key in zhCN;

const pad = (n: number) => String(n).padStart(2, '0');

/** Local wall-clock time to the second, as the meeting room's clock showed it. */
export const localTime = (iso: string): string => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};

const describeValue = (key: string, value: unknown, t: Translate, names: AuditNames): string => {
  if (typeof value === 'boolean') return t(value ? 'audit.value.yes' : 'audit.value.no');
  if (typeof value === 'string') {
    if (key === 'expertId' || key === 'by') return names.experts.get(value) ?? value;
    if (key === 'submissionId') return names.submissions.get(value) ?? value;
    if ((reviewPhases as readonly string[]).includes(value) && (key === 'from' || key === 'to')) return t(`meeting.phase.${value as (typeof reviewPhases)[number]}`);
    const valueKey = `audit.value.${value}`;
    return key === 'status' && known(valueKey) ? t(valueKey) : value;
  }
  return JSON.stringify(value);
};

/** `details` in words: each field by its label where one is known, ids replaced by names. */
export const describeDetails = (details: Record<string, unknown>, t: Translate, names: AuditNames): string =>
  Object.entries(details)
    .map(([key, value]) => {
      const labelKey = `audit.detail.${key}`;
      return `${known(labelKey) ? t(labelKey) : key}：${describeValue(key, value, t, names)}`;
    })
    .join('；');

export const auditRow = (event: AuditEvent, t: Translate, names: AuditNames): AuditRow => {
  const actionKey = `audit.action.${event.action}`;
  return {
    id: event.id,
    at: localTime(event.at),
    actor: event.actor === 'secretary' ? t('meeting.secretary') : (names.experts.get(event.actor) ?? event.actor),
    action: known(actionKey) ? t(actionKey) : event.action,
    actionCode: event.action,
    submission: event.submissionId === null ? '' : (names.submissions.get(event.submissionId) ?? event.submissionId),
    details: describeDetails(event.details, t, names),
  };
};

export const auditCsvRows = (rows: readonly AuditRow[]): string[][] => rows.map((r) => [r.at, r.actor, r.action, r.actionCode, r.submission, r.details]);
