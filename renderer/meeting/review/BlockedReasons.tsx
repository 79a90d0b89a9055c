import { StopOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import type { EngineMessage } from '../../../shared/engine/engine-message.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';

/** Every reason the engine's guards give for refusing the next step, in their words. */
export function BlockedReasons({ messages }: { messages: readonly EngineMessage[] }) {
  const t = useT();
  const { say } = useEngineText();
  return (
    <Alert
      type="warning"
      showIcon
      icon={<StopOutlined aria-hidden />}
      title={t('review.blocked')}
      description={
        <ul className="zz-blockers" style={{ margin: 0, paddingInlineStart: 18 }}>
          {messages.map(say).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      }
    />
  );
}
