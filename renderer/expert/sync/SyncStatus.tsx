import { CheckCircleOutlined, CloudUploadOutlined, DisconnectOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Tag } from 'antd';
import { useT } from '../../state/app-store.js';
import { expertQueue, useOutbox } from './expert-outbox.js';

/** The header's word on the outbox: 「已保存」 when the hub has acknowledged everything, else how much is 「未同步」 and why. */
export function SyncBadge() {
  const t = useT();
  const { pending, blocked } = useOutbox();
  if (pending.length === 0) {
    return (
      <Tag color="success" icon={<CheckCircleOutlined aria-hidden />} role="status">
        {t('expert.sync.saved')}
      </Tag>
    );
  }
  return (
    <Tag color="warning" icon={blocked === 'offline' ? <DisconnectOutlined aria-hidden /> : <CloudUploadOutlined aria-hidden />} role="status" title={blocked === 'offline' ? t('expert.sync.offline') : undefined}>
      {t('expert.sync.pending', { n: pending.length })}
    </Tag>
  );
}

/** Actions the host refused after they left the device (sent later from the outbox): the expert reads why. */
export function RefusedActions() {
  const t = useT();
  const { refused } = useOutbox();
  if (refused.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 8 }}>
      {refused.map((row) => (
        <Alert
          key={row.opId}
          type="error"
          showIcon
          title={t('expert.sync.refused', { message: row.message })}
          action={
            <Button size="small" onClick={() => void expertQueue.dismissRefused(row.opId)}>
              {t('expert.sync.dismiss')}
            </Button>
          }
        />
      ))}
    </Space>
  );
}
