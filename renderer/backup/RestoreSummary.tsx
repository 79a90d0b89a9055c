import { Alert, Descriptions, Space } from 'antd';
import type { BackupSummary } from '../../shared/api/calls/backup-calls.js';
import type { Translate } from '../../shared/i18n/translate.js';
import { meetingTime } from '../../shared/meeting/meeting-time-zone.js';
import { useT } from '../state/app-store.js';

/** Why the secretary is asked before this backup is restored; empty for this workstation's own intact backup. */
const warningsOf = (summary: BackupSummary, t: Translate): string[] => {
  const { origin, chain } = summary;
  const warnings: string[] = [];
  if (origin.kind === 'other-device') {
    warnings.push(t('backup.check.otherDevice', { device: origin.deviceName || origin.deviceId || t('backup.check.unknownDevice'), fingerprint: origin.fingerprint }));
  }
  if (origin.kind === 'unsigned') warnings.push(t('backup.check.unsigned'));
  if (origin.kind === 'legacy') warnings.push(t('backup.check.legacy', { version: origin.appVersion }));
  if (chain?.intact === false) warnings.push(t('backup.check.chainBroken', { seq: chain.seq }));
  return warnings;
};

/** A checked backup as the secretary decides on it: where it came from, what it holds, what will be held back. */
export function RestoreSummary({ summary }: { summary: BackupSummary }) {
  const t = useT();
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {warningsOf(summary, t).map((warning) => (
        <Alert key={warning} type="warning" showIcon message={warning} />
      ))}
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('backup.summary.createdAt')}>{meetingTime(summary.createdAt, {}, 'minute')}</Descriptions.Item>
        <Descriptions.Item label={t('backup.summary.meetings')}>{summary.meetings.map((meeting) => meeting.title).join('；') || '—'}</Descriptions.Item>
        <Descriptions.Item label={t('backup.summary.records')}>{summary.records}</Descriptions.Item>
        {summary.pendingBundles > 0 && (
          <Descriptions.Item label={t('backup.summary.pending')}>{t('backup.summary.pendingValue', { count: summary.pendingBundles })}</Descriptions.Item>
        )}
      </Descriptions>
    </Space>
  );
}
