import { StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Popconfirm, Space, Spin, Typography } from 'antd';
import type { HubStatus } from '../../../shared/api/calls/hub-calls.js';
import type { MeetingData } from '../../../shared/meeting/meeting-data.js';
import { callHost } from '../../host/host-client.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { HubNotResumed, presetOf } from './HubNotResumed.js';
import { HubSessionsTable } from './HubSessionsTable.js';
import { HubStartForm } from './HubStartForm.js';
import { PendingAdmissions } from './PendingAdmissions.js';
import { svgImageSource } from './qr-image.js';
import type { HubStatusView } from './use-hub-status.js';

function StopButton({ onStopped }: { onStopped(status: HubStatus): void }) {
  const t = useT();
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const stop = async () => {
    try {
      onStopped(await callHost('hub.stop', {}));
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Popconfirm title={t('roomNetwork.stopConfirm')} onConfirm={stop}>
      <Button danger icon={<StopOutlined aria-hidden />}>
        {t('roomNetwork.stop')}
      </Button>
    </Popconfirm>
  );
}

/** How experts join: the QR code beside the address, the meeting code and what to check of the certificate. */
function JoinDetails({ status }: { status: HubStatus }) {
  const t = useT();
  const url = status.url ?? '';
  return (
    <div style={{ display: 'flex', alignItems: 'flex-start', gap: 24 }}>
      {status.qrSvg !== null && <img src={svgImageSource(status.qrSvg)} alt={t('roomNetwork.qrAlt', { url })} width={200} height={200} style={{ display: 'block', flex: 'none' }} />}
      <Descriptions
        size="small"
        column={1}
        layout="vertical"
        style={{ flex: 1, minWidth: 0 }}
        items={[
          { key: 'url', label: t('roomNetwork.url'), children: <Typography.Text copyable>{url}</Typography.Text> },
          {
            key: 'code',
            label: t('roomNetwork.code'),
            children: (
              <Typography.Text strong copyable style={{ fontSize: 24, letterSpacing: 4 }} aria-label={t('roomNetwork.code')}>
                {status.meetingCode}
              </Typography.Text>
            ),
          },
          ...(status.https && status.fingerprint !== null
            ? [{ key: 'fingerprint', label: t('roomNetwork.fingerprint'), children: <Typography.Text code style={{ fontSize: 11, wordBreak: 'break-all' }}>{status.fingerprint}</Typography.Text> }]
            : []),
        ]}
      />
    </div>
  );
}

/**
 * 会场联网: the secretary starts the hub for this meeting, shows the experts how to join, sees and
 * removes their devices, and stops it. The host decides everything; this panel shows what it reports.
 */
export function RoomNetworkPanel({ data, hub }: { data: MeetingData; hub: HubStatusView }) {
  const t = useT();
  const { status, show } = hub;
  if (status === undefined) return <Spin />;
  if (!status.running) {
    const notResumed = status.notResumed?.meetingId === data.meeting.id ? status.notResumed : null;
    return (
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {notResumed !== null && <HubNotResumed notResumed={notResumed} onForgotten={show} />}
        <HubStartForm meetingId={data.meeting.id} onStarted={show} preset={notResumed === null ? undefined : presetOf(notResumed)} />
      </Space>
    );
  }
  if (status.meetingId !== data.meeting.id) {
    return (
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Alert type="warning" showIcon title={t('roomNetwork.otherMeeting')} />
        <StopButton onStopped={show} />
      </Space>
    );
  }
  const waiting = status.sessions.filter((s) => !s.admitted);
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      {waiting.length > 0 && <PendingAdmissions sessions={waiting} data={data} onDecided={show} />}
      {status.https ? <Alert type="info" showIcon title={t('roomNetwork.httpsHint')} /> : <Alert type="warning" showIcon role="alert" title={t('roomNetwork.plainHttp')} />}
      <JoinDetails status={status} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('roomNetwork.sessions')}
      </Typography.Title>
      <HubSessionsTable sessions={status.sessions.filter((s) => s.admitted)} data={data} onRevoked={show} />
      <StopButton onStopped={show} />
    </Space>
  );
}
