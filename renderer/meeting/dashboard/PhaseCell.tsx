import { CheckCircleFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useT } from '../../state/app-store.js';

/** One submission × phase cell of the progress matrix: done, current or still ahead. */
export function PhaseCell({ index, current, label }: { index: number; current: number; label: string }) {
  const t = useT();
  if (index < current) {
    return (
      <Tooltip title={t('dashboard.phase.done')}>
        <span role="img" aria-label={t('common.labelled', { label, value: t('dashboard.phase.done') })}>
          <CheckCircleFilled aria-hidden style={{ color: '#389e0d', fontSize: 18 }} />
        </span>
      </Tooltip>
    );
  }
  if (index === current) {
    return (
      <Tag color="processing" style={{ marginInlineEnd: 0 }} aria-label={t('common.labelled', { label, value: t('dashboard.phase.current') })}>
        {label}
      </Tag>
    );
  }
  return <span aria-hidden style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 4, background: '#d9d9d9' }} />;
}
