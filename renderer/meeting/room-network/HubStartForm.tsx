import { PoweroffOutlined } from '@ant-design/icons';
import { App, Button, Form, Select, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import type { HubStatus } from '../../../shared/api/calls/hub-calls.js';
import { callHost } from '../../host/host-client.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';

type Interface = { name: string; address: string };

/**
 * Choosing where the hub listens and whether it encrypts, then starting it for this meeting; `preset`
 * (the run the workstation could not take up after a restart) is chosen first, so starting it again
 * there keeps the devices' sessions and the meeting code.
 */
export function HubStartForm({ meetingId, onStarted, preset }: { meetingId: string; onStarted(status: HubStatus): void; preset?: { address: string; https: boolean } | undefined }) {
  const t = useT();
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const [interfaces, setInterfaces] = useState<Interface[] | undefined>(undefined);
  const [address, setAddress] = useState<string | undefined>(undefined);
  const [https, setHttps] = useState(preset?.https ?? true);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let active = true;
    callHost('hub.interfaces', {}).then(
      (found) => {
        if (!active) return;
        setInterfaces(found);
        // The first is the room's network more often than not; loopback comes last.
        const presetFound = found.some((entry) => entry.address === preset?.address);
        setAddress((current) => current ?? (presetFound ? preset?.address : found[0]?.address));
      },
      (error: unknown) => active && message.error(errorText(error)),
    );
    return () => {
      active = false;
    };
  }, [message, errorText, preset?.address]);

  const start = async () => {
    if (address === undefined) return;
    setBusy(true);
    try {
      onStarted(await callHost('hub.start', { meetingId, address, https }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form layout="vertical" onFinish={() => void start()}>
      <Typography.Paragraph type="secondary">{t('roomNetwork.off')}</Typography.Paragraph>
      <Form.Item label={t('roomNetwork.interface')} htmlFor="hub-interface">
        <Select
          id="hub-interface"
          loading={interfaces === undefined}
          value={address}
          onChange={setAddress}
          placeholder={t('roomNetwork.interfacePlaceholder')}
          options={(interfaces ?? []).map((i) => ({ value: i.address, label: t('roomNetwork.interfaceOption', { name: i.name, address: i.address }) }))}
        />
      </Form.Item>
      <Form.Item>
        <Switch id="hub-https" checked={https} onChange={setHttps} aria-label={t('roomNetwork.https')} /> <label htmlFor="hub-https">{t('roomNetwork.https')}</label>
      </Form.Item>
      <Button type="primary" htmlType="submit" icon={<PoweroffOutlined aria-hidden />} loading={busy} disabled={address === undefined}>
        {t('roomNetwork.start')}
      </Button>
    </Form>
  );
}
