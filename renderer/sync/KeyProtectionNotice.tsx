import { Alert } from 'antd';
import type { KeyProtection } from '../../shared/api/calls/sync-calls.js';
import { useT } from '../state/app-store.js';

/** The warning the issue asks for when the device key rests in a plain (user-only) file. */
export function KeyProtectionNotice({ protection }: { protection: KeyProtection }) {
  const t = useT();
  return protection === 'file' ? (
    <Alert type="warning" showIcon title={t('sync.key.fileOnly')} description={t('sync.key.fileOnly.detail')} />
  ) : (
    <Alert type="success" showIcon title={t('sync.key.osKeystore')} />
  );
}
