import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined, PauseCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { OutboxEntry } from '../../shared/sync/outbox-entry.js';
import { useT } from '../state/app-store.js';
import { formatTime } from '../meeting/review/format-time.js';

/**
 * The bureau's verified receipt for one verdict version, shown on the verdict:
 * 「已上报 · 回执 #seq · time」, or where its delivery stands until then.
 */
export function ReceiptBadge({ entry }: { entry: OutboxEntry | undefined }) {
  const t = useT();
  if (entry === undefined) return null;
  if (entry.status === 'delivered' && entry.receipt !== null) {
    return (
      <Tooltip title={`SHA-256 ${entry.receipt.sha256}`}>
        <Tag icon={<CheckCircleOutlined aria-hidden />} color="success" className="zz-receipt-badge">
          {t('sync.receipt.badge', { seq: entry.receipt.seq, time: formatTime(entry.receipt.receivedAt) })}
        </Tag>
      </Tooltip>
    );
  }
  const look = {
    pending: { icon: <ClockCircleOutlined aria-hidden />, color: 'processing', label: 'sync.receipt.pending' },
    delivered: { icon: <ClockCircleOutlined aria-hidden />, color: 'processing', label: 'sync.receipt.pending' },
    held: { icon: <PauseCircleOutlined aria-hidden />, color: 'warning', label: 'sync.receipt.held' },
    failed: { icon: <ExclamationCircleOutlined aria-hidden />, color: 'error', label: 'sync.receipt.failed' },
  } as const;
  const { icon, color, label } = look[entry.status];
  return (
    <Tooltip title={entry.lastError}>
      <Tag icon={icon} color={color} className="zz-receipt-badge">
        {t(label)}
      </Tag>
    </Tooltip>
  );
}
