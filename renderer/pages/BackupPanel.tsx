import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { RestoreOutcome, RestoreReport } from '../../shared/api/calls/backup-calls.js';
import { HeldBundles } from '../backup/HeldBundles.js';
import { RestoreResult } from '../backup/RestoreResult.js';
import { RestoreSummary } from '../backup/RestoreSummary.js';
import { useT } from '../state/app-store.js';
import { confirmRestore, describeExport, discardRestore, exportDatabaseBackup, restoreDatabaseBackup } from '../state/backup-actions.js';

type NeedsConfirmation = Extract<RestoreOutcome, { status: 'needs-confirmation' }>;

export function BackupPanel() {
  const t = useT();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);

  const exportBackup = async () => {
    setBusy('export');
    try {
      const exported = await exportDatabaseBackup(t('settings.backup.exportTitle'));
      if (exported) void message.success(describeExport(exported, t), 6);
    } catch (error) {
      void message.error((error as Error).message, 8);
    } finally {
      setBusy(null);
    }
  };

  /** A backup from elsewhere (or with a broken audit chain) is shown first; nothing has changed until the secretary confirms. */
  const confirmFirst = ({ restoreId, summary }: NeedsConfirmation) =>
    new Promise<RestoreReport | null>((resolve, reject) => {
      modal.confirm({
        title: t('backup.check.title'),
        width: 600,
        content: <RestoreSummary summary={summary} />,
        okText: t('backup.check.ok'),
        okButtonProps: { danger: true },
        cancelText: t('common.cancel'),
        onOk: () => confirmRestore(restoreId).then(resolve, reject),
        onCancel: () => {
          void discardRestore(restoreId);
          resolve(null);
        },
      });
    });

  const restore = async () => {
    setBusy('import');
    setReport(null);
    try {
      const outcome = await restoreDatabaseBackup(t('settings.backup.importTitle'));
      if (outcome === null) return;
      const restored = outcome.status === 'restored' ? outcome.report : await confirmFirst(outcome);
      if (restored) setReport(restored);
    } catch (error) {
      void message.error((error as Error).message, 10);
    } finally {
      setBusy(null);
    }
  };

  const importBackup = () =>
    modal.confirm({
      title: t('settings.backup.confirmTitle'),
      content: t('settings.backup.confirmBody'),
      okText: t('settings.backup.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => {
        void restore();
      },
    });

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<CloudDownloadOutlined aria-hidden />} loading={busy === 'export'} onClick={() => void exportBackup()}>
          {t('settings.backup.export')}
        </Button>
        <Button icon={<CloudUploadOutlined aria-hidden />} loading={busy === 'import'} onClick={importBackup}>
          {t('settings.backup.import')}
        </Button>
      </Space>
      {report && <RestoreResult report={report} />}
      <HeldBundles restored={report} />
    </Space>
  );
}
