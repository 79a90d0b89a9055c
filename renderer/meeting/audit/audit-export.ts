import { toCsv } from '../../../shared/meeting/csv.js';
import { bytesToBase64 } from '../../../shared/protocol/base64.js';
import type { Translate } from '../../../shared/i18n/translate.js';
import { choosePath } from '../../files/path-chooser.js';
import { callHost } from '../../host/host-client.js';
import { auditCsvRows, type AuditRow } from './audit-rows.js';

/** Writes the rows as a CSV through the host's save dialog; the saved path, or null when cancelled. */
export const exportAuditCsv = async (rows: readonly AuditRow[], meetingId: string, t: Translate): Promise<string | null> => {
  const title = t('audit.exportTitle');
  const defaultName = `审计日志-${meetingId}.csv`;
  const path = await choosePath({ mode: 'save', title, defaultName, extensions: ['csv'] });
  if (path === null) return null;
  const header = [t('audit.csv.at'), t('audit.csv.actor'), t('audit.csv.action'), t('audit.csv.actionCode'), t('audit.csv.submission'), t('audit.csv.details')];
  const contentBase64 = bytesToBase64(new TextEncoder().encode(toCsv(header, auditCsvRows(rows))));
  const saved = await callHost('files.save', {
    title,
    defaultName,
    filters: [{ name: 'CSV', extensions: ['csv'] }],
    contentBase64,
    ...(path === undefined ? {} : { path }),
  });
  return saved?.path ?? null;
};
