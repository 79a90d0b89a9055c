import { CheckCircleOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useT } from '../../state/app-store.js';
import type { SaveStatus } from './draft-saver.js';

/** 「保存中…」 until the draft is in the database, then 「已保存」; a failure stays visible with its cause. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  const t = useT();
  if (status.state === 'idle') return null;
  if (status.state === 'error') {
    return (
      <Typography.Text type="danger" role="status">
        <ExclamationCircleOutlined aria-hidden /> {t('review.save.failed', { message: status.message })}
      </Typography.Text>
    );
  }
  return (
    <Typography.Text type={status.state === 'saved' ? 'success' : 'secondary'} role="status" data-save-state={status.state}>
      {status.state === 'saved' ? <CheckCircleOutlined aria-hidden /> : <LoadingOutlined aria-hidden />} {t(status.state === 'saved' ? 'review.save.saved' : 'review.save.saving')}
    </Typography.Text>
  );
}
