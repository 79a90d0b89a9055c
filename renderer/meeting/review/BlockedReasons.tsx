import { StopOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useT } from '../../state/app-store.js';

/** Every reason the engine's guards give for refusing the next step, in their words. */
export function BlockedReasons({ reasons }: { reasons: readonly string[] }) {
  const t = useT();
  return (
    <Alert
      type="warning"
      showIcon
      icon={<StopOutlined aria-hidden />}
      title={t('review.blocked')}
      description={
        <ul className="zz-blockers" style={{ margin: 0, paddingInlineStart: 18 }}>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      }
    />
  );
}
