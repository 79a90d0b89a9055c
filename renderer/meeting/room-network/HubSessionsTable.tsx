import { App, Button, Popconfirm, Table } from 'antd';
import type { HubSession, HubStatus } from '../../../shared/api/calls/hub-calls.js';
import type { MeetingData } from '../../../shared/meeting/meeting-data.js';
import { callHost } from '../../host/host-client.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { formatTime } from '../review/format-time.js';
import { viewingLabel } from './viewing-label.js';

/** Every device joined to the hub: whose, from where, what it shows; the secretary may remove one. */
export function HubSessionsTable({ sessions, data, onRevoked }: { sessions: HubSession[]; data: MeetingData; onRevoked(status: HubStatus): void }) {
  const t = useT();
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const revoke = async (sessionId: string) => {
    try {
      onRevoked(await callHost('hub.revoke', { sessionId }));
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Table<HubSession>
      rowKey="sessionId"
      size="small"
      pagination={false}
      dataSource={sessions}
      locale={{ emptyText: t('roomNetwork.noSessions') }}
      columns={[
        { title: t('roomNetwork.column.expert'), dataIndex: 'name', width: 90 },
        { title: t('roomNetwork.column.address'), dataIndex: 'address', width: 120 },
        { title: t('roomNetwork.column.viewing'), key: 'viewing', render: (_, s) => viewingLabel(t, s.viewing, data.submissions) },
        { title: t('roomNetwork.column.lastSeen'), key: 'lastSeen', width: 130, render: (_, s) => formatTime(s.lastSeenAt, data.meeting) },
        {
          title: t('roomNetwork.column.actions'),
          key: 'actions',
          width: 70,
          render: (_, s) => (
            <Popconfirm title={t('roomNetwork.revokeConfirm', { name: s.name })} onConfirm={() => revoke(s.sessionId)}>
              <Button size="small" danger aria-label={`${t('roomNetwork.revoke')} ${s.name} ${s.address}`}>
                {t('roomNetwork.revoke')}
              </Button>
            </Popconfirm>
          ),
        },
      ]}
    />
  );
}
