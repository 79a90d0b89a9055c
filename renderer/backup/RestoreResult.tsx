import { Alert, Space } from 'antd';
import type { RestoreReport } from '../../shared/api/calls/backup-calls.js';
import { useT } from '../state/app-store.js';

/** What a finished restore came to: what was restored, the audit chain as it stands now, materials still to import. */
export function RestoreResult({ report }: { report: RestoreReport }) {
  const t = useT();
  const { summary, chain } = report;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Alert
        type="success"
        showIcon
        message={t('settings.backup.restored', { meetings: summary.meetings.length, count: summary.records, fileName: summary.fileName })}
        description={chain.intact ? t('backup.result.chainIntact', { entries: chain.entries }) : undefined}
      />
      {!chain.intact && <Alert type="error" showIcon message={t('audit.chain.broken', { seq: chain.seq })} />}
      {report.identity === 'restored' && <Alert type="info" showIcon title={t('backup.result.identityRestored')} />}
      {report.identity === 'kept-own' && <Alert type="info" showIcon title={t('backup.result.identityKept')} />}
      {report.missingMaterials > 0 && <Alert type="warning" showIcon message={t('backup.result.missingMaterials', { count: report.missingMaterials })} />}
    </Space>
  );
}
