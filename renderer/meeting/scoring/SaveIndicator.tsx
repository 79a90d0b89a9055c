import { CheckCircleOutlined, CloudUploadOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../../state/app-store.js';
import type { SaveStatus } from './draft-saver.js';

/**
 * 「保存中…」 until the host has committed the draft, then 「已保存」, saying how many comments are
 * still too incomplete to be stored; a failure stays visible with its cause. In the expert app,
 * 「未同步」 while the device holds changes the hub has not acknowledged.
 */
export function SaveIndicator({ status, incomplete = 0, unsynced = false }: { status: SaveStatus; incomplete?: number; unsynced?: boolean }) {
  const t = useT();
  if (status.state === 'idle') return null;
  if (unsynced && status.state !== 'error') {
    return (
      <Typography.Text type="warning" role="status" data-save-state="unsynced">
        <CloudUploadOutlined aria-hidden /> {t('expert.sync.unsynced')}
      </Typography.Text>
    );
  }
  if (status.state === 'error') {
    return (
      <Typography.Text type="danger" role="status">
        <ExclamationCircleOutlined aria-hidden /> {t('review.save.failed', { message: status.message })}
      </Typography.Text>
    );
  }
  const saved = status.state === 'saved';
  return (
    <Typography.Text type={saved ? 'success' : 'secondary'} role="status" data-save-state={status.state}>
      {saved ? <CheckCircleOutlined aria-hidden /> : <LoadingOutlined aria-hidden />} {t(saved ? 'review.save.saved' : 'review.save.saving')}
      {saved && incomplete > 0 && (
        <Typography.Text type="warning" style={{ marginInlineStart: 8 }}>
          {t('review.save.incomplete', { n: incomplete })}
        </Typography.Text>
      )}
    </Typography.Text>
  );
}
