import { App, Button, Popconfirm, Space, Table, Typography } from 'antd';
import type { HubSession, HubStatus } from '../../../shared/api/calls/hub-calls.js';
import type { MeetingData } from '../../../shared/meeting/meeting-data.js';
import { callHost } from '../../host/host-client.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { formatTime } from '../review/format-time.js';

/**
 * 待秘书确认: devices that joined for an expert without a PIN (not yet pledged), on the meeting code
 * alone. The secretary checks in person that it is the expert and lets the device in, or refuses it;
 * until then the hub gives it nothing of the meeting.
 */
export function PendingAdmissions({ sessions, data, onDecided }: { sessions: HubSession[]; data: MeetingData; onDecided(status: HubStatus): void }) {
  const t = useT();
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const decide = async (call: 'hub.admit' | 'hub.revoke', sessionId: string) => {
    try {
      onDecided(await callHost(call, { sessionId }));
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <section aria-label={t('roomNetwork.pending')}>
      <Typography.Title level={5} style={{ margin: '0 0 4px' }} type="warning">
        {t('roomNetwork.pending')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('roomNetwork.pendingHelp')}
      </Typography.Paragraph>
      <Table<HubSession>
        rowKey="sessionId"
        size="small"
        pagination={false}
        dataSource={sessions}
        columns={[
          { title: t('roomNetwork.column.expert'), dataIndex: 'name', width: 90 },
          { title: t('roomNetwork.column.address'), dataIndex: 'address', width: 120 },
          { title: t('roomNetwork.column.joinedAt'), key: 'joinedAt', render: (_, s) => formatTime(s.joinedAt, data.meeting) },
          {
            title: t('roomNetwork.column.actions'),
            key: 'actions',
            width: 150,
            render: (_, s) => (
              <Space size={4}>
                <Button size="small" type="primary" aria-label={`${t('roomNetwork.admit')} ${s.name} ${s.address}`} onClick={() => void decide('hub.admit', s.sessionId)}>
                  {t('roomNetwork.admit')}
                </Button>
                <Popconfirm title={t('roomNetwork.refuseConfirm', { name: s.name, address: s.address })} onConfirm={() => decide('hub.revoke', s.sessionId)}>
                  <Button size="small" danger aria-label={`${t('roomNetwork.refuse')} ${s.name} ${s.address}`}>
                    {t('roomNetwork.refuse')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
    </section>
  );
}
