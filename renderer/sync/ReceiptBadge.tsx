import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../state/app-store.js';
import { database } from '../state/database.js';
import { formatTime } from '../meeting/review/format-time.js';

/**
 * The bureau's verified receipt for one verdict version, shown on the verdict:
 * 「已上报 · 回执 #seq · time」, or where its delivery stands until then.
 */
export function ReceiptBadge({ verdictId, versionNo }: { verdictId: string; versionNo: number }) {
  const t = useT();
  const entry = useLiveQuery(() => database.outbox.where('[verdictId+versionNo]').equals([verdictId, versionNo]).first(), [verdictId, versionNo]);
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
  const failed = entry.status === 'failed';
  return (
    <Tooltip title={entry.lastError}>
      <Tag icon={failed ? <ExclamationCircleOutlined aria-hidden /> : <ClockCircleOutlined aria-hidden />} color={failed ? 'error' : 'processing'} className="zz-receipt-badge">
        {t(failed ? 'sync.receipt.failed' : 'sync.receipt.pending')}
      </Tag>
    </Tooltip>
  );
}
