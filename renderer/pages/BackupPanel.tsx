import { CloudDownloadOutlined, CloudUploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { useT } from '../state/app-store.js';
import { exportDatabaseBackup, restoreDatabaseBackup } from '../state/backup-actions.js';

export function BackupPanel() {
  const t = useT();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState<'export' | 'import' | null>(null);

  const run = async (kind: 'export' | 'import', action: () => Promise<string | null>) => {
    setBusy(kind);
    try {
      const done = await action();
      if (done) void message.success(done, 6);
    } catch (error) {
      void message.error((error as Error).message, 8);
    } finally {
      setBusy(null);
    }
  };

  const exportBackup = () =>
    run('export', async () => {
      const path = await exportDatabaseBackup(t('settings.backup.exportTitle'));
      return path && t('settings.backup.exported', { path });
    });

  const importBackup = () =>
    modal.confirm({
      title: t('settings.backup.confirmTitle'),
      content: t('settings.backup.confirmBody'),
      okText: t('settings.backup.confirmOk'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => {
        void run('import', async () => {
          const restored = await restoreDatabaseBackup(t('settings.backup.importTitle'));
          return restored && t('settings.backup.restored', restored);
        });
      },
    });

  return (
    <Space wrap>
      <Button icon={<CloudDownloadOutlined aria-hidden />} loading={busy === 'export'} onClick={() => void exportBackup()}>
        {t('settings.backup.export')}
      </Button>
      <Button icon={<CloudUploadOutlined aria-hidden />} loading={busy === 'import'} onClick={importBackup}>
        {t('settings.backup.import')}
      </Button>
    </Space>
  );
}
