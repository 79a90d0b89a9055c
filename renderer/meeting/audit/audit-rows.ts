import { type AuditAction, type AuditValueKind, auditTables, auditValueKind, isAuditAction, isAuditCode, isAuditDetailKey } from '../../../shared/meeting/audit-actions.js';
import { type MeetingZone, meetingTime } from '../../../shared/meeting/meeting-time-zone.js';
import { auditConclusionKeys, auditMeetingCreateKeys } from '../../../shared/i18n/review-kind-keys.js';
import { zhCN, type MessageKey } from '../../../shared/i18n/zh-cn.js';
import type { Translate } from '../../../shared/i18n/translate.js';
import type { AuditEvent } from '../../../shared/model/audit-event.js';
import type { ReviewType } from '../../../shared/model/review-type.js';
import { reviewPhases } from '../../../shared/model/phase.js';
import { recommendationSchema } from '../../../shared/model/recommendation.js';
import { formatBytes } from '../../import/format-bytes.js';

/** One audit entry as people read it: names instead of ids, labels instead of codes, the meeting's clock. */
export type AuditRow = { id: string; at: string; actor: string; action: string; actionCode: string; submission: string; details: string };

/** What turns ids into names and instants into the meeting room's clock. */
export type AuditContext = {
  /** Without a review kind, actions are labelled as a technical review's. */
  meeting: MeetingZone & { reviewType?: ReviewType };
  experts: ReadonlyMap<string, string>;
  submissions: ReadonlyMap<string, string>;
  /** Criterion ids of the meeting's rubric to their names in the UI language. */
  criteria: ReadonlyMap<string, string>;
};

const known = (key: string): key is MessageKey => Object.hasOwn(zhCN, key);

const asIs = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

const list = (items: readonly string[], t: Translate): string => (items.length === 0 ? t('audit.value.none') : items.join(t('common.listJoin')));

/** Per-table counts (`{experts: 6}`) or id lists (`{experts: ['E01']}`), tables without any left out. */
const describeTables = (value: object, t: Translate, context: AuditContext): string => {
  const parts: string[] = [];
  for (const table of auditTables) {
    const entry: unknown = (value as Record<string, unknown>)[table];
    const label = t(`audit.table.${table}`);
    if (typeof entry === 'number') parts.push(`${label} ${entry}`);
    else if (Array.isArray(entry) && entry.length > 0) {
      const names = table === 'experts' ? context.experts : table === 'submissions' ? context.submissions : new Map<string, string>();
      parts.push(t('common.aside', { name: label, note: entry.map((id) => names.get(String(id)) ?? asIs(id)).join(t('common.listJoin')) }));
    }
  }
  return list(parts, t);
};

const describeValue = (kind: AuditValueKind | undefined, value: unknown, t: Translate, context: AuditContext): string => {
  if (typeof value === 'boolean') return t(value ? 'audit.value.yes' : 'audit.value.no');
  switch (kind) {
    case 'code':
      return isAuditCode(value) ? t(`audit.value.${value}`) : asIs(value);
    case 'expert':
      return context.experts.get(String(value)) ?? asIs(value);
    case 'submission':
      return context.submissions.get(String(value)) ?? asIs(value);
    case 'criterion':
      return context.criteria.get(String(value)) ?? asIs(value);
    case 'phase': {
      const phase = reviewPhases.find((p) => p === value);
      return phase === undefined ? asIs(value) : t(`meeting.phase.${phase}`);
    }
    case 'recommendation': {
      const parsed = recommendationSchema.safeParse(value);
      return parsed.success ? t(`review.recommendation.${parsed.data}`) : asIs(value);
    }
    case 'time':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? meetingTime(value, context.meeting) : asIs(value);
    case 'bytes':
      return typeof value === 'number' ? formatBytes(value) : asIs(value);
    case 'meeting-fields':
      return Array.isArray(value) ? list(value.map((field) => (known(`import.meetingField.${field}`) ? t(`import.meetingField.${field}` as MessageKey) : asIs(field))), t) : asIs(value);
    case 'tables':
      return typeof value === 'object' && value !== null ? describeTables(value, t, context) : asIs(value);
    default:
      return asIs(value);
  }
};

/** `details` in words: each field by its label, ids replaced by names, empty text left out; a field no catalogue lists keeps its key. */
const describeDetails = (action: AuditAction | null, details: Record<string, unknown>, t: Translate, context: AuditContext): string =>
  Object.entries(details)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => {
      const kind = action === null ? undefined : auditValueKind(action, key);
      return t('common.labelled', { label: isAuditDetailKey(key) ? t(`audit.detail.${key}`) : key, value: describeValue(kind, value, t, context) });
    })
    .join(t('common.clauseJoin'));

/** Actions whose label names the review or its opinion, in the words of the meeting's kind. */
const kindWorded: Partial<Record<AuditAction, Readonly<Record<ReviewType, MessageKey>>>> = {
  'verdict.conclusion': auditConclusionKeys,
  'meeting.create': auditMeetingCreateKeys,
};

const actionLabel = (action: AuditAction, t: Translate, context: AuditContext): string =>
  t(kindWorded[action]?.[context.meeting.reviewType ?? 'technical'] ?? `audit.action.${action}`);

export const auditRow = (event: AuditEvent, t: Translate, context: AuditContext): AuditRow => {
  const action = isAuditAction(event.action) ? event.action : null;
  return {
    id: event.id,
    at: meetingTime(event.at, context.meeting),
    actor: event.actor === 'secretary' ? t('meeting.secretary') : (context.experts.get(event.actor) ?? event.actor),
    action: action === null ? event.action : actionLabel(action, t, context),
    actionCode: event.action,
    submission: event.submissionId === null ? '' : (context.submissions.get(event.submissionId) ?? event.submissionId),
    details: describeDetails(action, event.details, t, context),
  };
};

export const auditCsvRows = (rows: readonly AuditRow[]): string[][] => rows.map((r) => [r.at, r.actor, r.action, r.actionCode, r.submission, r.details]);
