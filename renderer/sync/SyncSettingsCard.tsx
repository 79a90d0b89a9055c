import { Button, Card, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useT } from '../state/app-store.js';
import { navigate } from '../state/route.js';
import { KeyProtectionNotice } from './KeyProtectionNotice.js';
import { useSyncState } from './sync-state.js';

/** On the settings page: whether this workstation is enrolled, and how its device key is kept. */
export function SyncSettingsCard() {
  const t = useT();
  const status = useSyncState((state) => state.status);
  useEffect(() => {
    void useSyncState.getState().refresh().catch(() => undefined);
  }, []);
  return (
    <Card title={t('sync.settings.title')} loading={status === null}>
      {status && (
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <KeyProtectionNotice protection={status.keyProtection} />
          <Typography.Text>{status.enrolled ? t('sync.settings.enrolled', { deviceId: status.deviceId ?? '' }) : t('sync.settings.notEnrolled')}</Typography.Text>
          <Button onClick={() => navigate('sync')}>{t('sync.settings.open')}</Button>
        </Space>
      )}
    </Card>
  );
}
