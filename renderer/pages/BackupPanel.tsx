import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import type { RestoreOutcome, RestoreReport } from '../../shared/api/calls/backup-calls.js';
import { BackupPassphraseDialog, type PassphraseMode } from '../backup/BackupPassphraseDialog.js';
import { HeldBundles } from '../backup/HeldBundles.js';
import { RestoreResult } from '../backup/RestoreResult.js';
import { RestoreSummary } from '../backup/RestoreSummary.js';
import { useT } from '../state/app-store.js';
import {
  confirmRestore,
  describeExport,
  discardRestore,
  exportDatabaseBackup,
  refreshAfterIdentity,
  restoreDatabaseBackup,
  useBackupExportRequest,
} from '../state/backup-actions.js';

type NeedsConfirmation = Extract<RestoreOutcome, { status: 'needs-confirmation' }>;

export function BackupPanel() {
  const t = useT();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);
  const [report, setReport] = useState<RestoreReport | null>(null);
  const [asking, setAsking] = useState<PassphraseMode | null>(null);

  // The desktop menu's export comes here too, so it asks for the passphrase like the button does.
  const exportRequests = useBackupExportRequest((state) => state.requested);
  const seenRequests = useRef(exportRequests);
  useEffect(() => {
    if (exportRequests === seenRequests.current) return;
    seenRequests.current = exportRequests;
    setAsking('export');
  }, [exportRequests]);

  const exportBackup = async (passphrase: string | undefined) => {
    setBusy('export');
    try {
      const exported = await exportDatabaseBackup(t('settings.backup.exportTitle'), passphrase);
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

  const restore = async (passphrase: string | undefined) => {
    setBusy('import');
    setReport(null);
    try {
      const outcome = await restoreDatabaseBackup(t('settings.backup.importTitle'), passphrase);
      if (outcome === null) return;
      const restored = outcome.status === 'restored' ? outcome.report : await confirmFirst(outcome);
      if (restored) {
        setReport(restored);
        // A restored device key brings its enrollment and the bureau's address and key into the settings.
        if (restored.identity === 'restored') await refreshAfterIdentity();
      }
    } catch (error) {
      void message.error((error as Error).message, 10);
    } finally {
      setBusy(null);
    }
  };

  const submitPassphrase = (passphrase: string | undefined) => {
    const mode = asking;
    setAsking(null);
    if (mode === 'export') void exportBackup(passphrase);
    if (mode === 'restore') void restore(passphrase);
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button icon={<CloudDownloadOutlined aria-hidden />} loading={busy === 'export'} onClick={() => setAsking('export')}>
          {t('settings.backup.export')}
        </Button>
        <Button icon={<CloudUploadOutlined aria-hidden />} loading={busy === 'import'} onClick={() => setAsking('restore')}>
          {t('settings.backup.import')}
        </Button>
      </Space>
      <BackupPassphraseDialog mode={asking} onSubmit={submitPassphrase} onCancel={() => setAsking(null)} />
      {report && <RestoreResult report={report} />}
      <HeldBundles restored={report} />
    </Space>
  );
}
