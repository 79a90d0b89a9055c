import { Alert, App, Button, Typography } from 'antd';
import type { HubStatus } from '../../../shared/api/calls/hub-calls.js';
import { callHost } from '../../host/host-client.js';
import { useEngineText } from '../../shell/engine-text.js';
import { refusalText } from '../../shell/refusal-text.js';
import { useAppStore, useT } from '../../state/app-store.js';

export type NotResumed = NonNullable<HubStatus['notResumed']>;

/** Where the run the workstation could not take up was, for the start form to choose it again. */
export const presetOf = (notResumed: NotResumed) => ({ address: new URL(notResumed.url).hostname, https: notResumed.url.startsWith('https:') });

/**
 * The hub was running for this meeting when the workstation ended and could not come back: why, and
 * what starting it again keeps; or the secretary lets it go (`hub.stop`), ending its sessions.
 */
export function HubNotResumed({ notResumed, onForgotten }: { notResumed: NotResumed; onForgotten(status: HubStatus): void }) {
  const t = useT();
  const language = useAppStore((state) => state.settings.language);
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const forget = async () => {
    try {
      onForgotten(await callHost('hub.stop', {}));
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Alert
      action={
        <Button size="small" onClick={() => void forget()}>
          {t('roomNetwork.forgetRun')}
        </Button>
      }
      type="error"
      showIcon
      role="alert"
      title={t('roomNetwork.notResumed', { url: notResumed.url })}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{refusalText(notResumed, language)}</Typography.Paragraph>
          <Typography.Text type="secondary">{t('roomNetwork.notResumedHelp')}</Typography.Text>
        </>
      }
    />
  );
}
