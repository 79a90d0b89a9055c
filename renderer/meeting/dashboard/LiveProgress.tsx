import { Button, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { HubSession, HubStatus } from '../../../shared/api/calls/hub-calls.js';
import { expertProgress } from '../../../shared/meeting/expert-progress.js';
import type { MeetingData } from '../../../shared/meeting/meeting-data.js';
import { hubOffKeys, liveSubmittedKeys, proxyOpenKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { Expert } from '../../../shared/model/expert.js';
import { useT } from '../../state/app-store.js';
import { ProxySheetModal } from '../proxy/ProxySheetModal.js';
import { sessionsOf } from '../room-network/use-hub-status.js';
import { viewingLabel } from '../room-network/viewing-label.js';
import { usePanelColumns } from './PanelTable.js';

/** The session an expert used last, when they have several devices. */
const latest = (sessions: readonly HubSession[]): HubSession | undefined => sessions.reduce<HubSession | undefined>((a, s) => (a === undefined || s.lastSeenAt > a.lastSeenAt ? s : a), undefined);

/** 「done / total」, green once all are done; a dash while there is nothing to do yet. */
function ProgressTag({ done, total }: { done: number; total: number }) {
  const t = useT();
  if (total === 0) return <>{t('roomNetwork.viewingNothing')}</>;
  return <Tag color={done === total ? 'green' : undefined}>{t('live.count', { done, total })}</Tag>;
}

/**
 * The panel (present, pledged), who has joined on their own device, what they are looking at, and
 * how far each expert is with scoring and signing; live, as the host announces each change. An
 * expert without a device can have their paper score sheet entered here (代录).
 */
export function LiveProgress({ data, hub }: { data: MeetingData; hub: HubStatus | undefined }) {
  const t = useT();
  const [proxyFor, setProxyFor] = useState<Expert | null>(null);
  const sessions = sessionsOf(hub, data.meeting.id);
  const pledged = new Set(data.pledges.map((p) => p.expertId));
  const panelColumns = usePanelColumns(data.pledges);
  const kind = data.meeting.reviewType;
  return (
    <>
      {hub?.running !== true && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t(hubOffKeys[kind])}
        </Typography.Paragraph>
      )}
      <Table<Expert>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={data.experts}
        locale={{ emptyText: t('dashboard.noExperts') }}
        columns={[
          ...panelColumns,
          {
            title: t('live.column.device'),
            key: 'device',
            width: 130,
            render: (_, e) => {
              const own = sessions.filter((s) => s.expertId === e.id && s.admitted);
              if (!e.present) return null;
              if (own.length === 0) return sessions.some((s) => s.expertId === e.id) ? <Tag color="orange">{t('live.pending')}</Tag> : <Tag>{t('live.notJoined')}</Tag>;
              return <Tag color="green">{own.length === 1 ? t('live.joined') : t('live.joinedMany', { count: own.length })}</Tag>;
            },
          },
          {
            title: t('live.column.viewing'),
            key: 'viewing',
            ellipsis: true,
            render: (_, e) => {
              const last = latest(sessions.filter((s) => s.expertId === e.id));
              return last === undefined ? t('roomNetwork.viewingNothing') : viewingLabel(t, last.viewing, data.submissions);
            },
          },
          {
            title: t(liveSubmittedKeys[kind]),
            key: 'submitted',
            width: 110,
            render: (_, e) => {
              const { submitted, toScore } = expertProgress(data, e.id);
              return <ProgressTag done={submitted} total={toScore} />;
            },
          },
          {
            title: t('live.column.signed'),
            key: 'signed',
            width: 110,
            render: (_, e) => {
              const { signed, toSign } = expertProgress(data, e.id);
              return <ProgressTag done={signed} total={toSign} />;
            },
          },
          {
            title: t('live.column.actions'),
            key: 'actions',
            width: 150,
            render: (_, e) =>
              e.present && pledged.has(e.id) && !sessions.some((s) => s.expertId === e.id) ? (
                <Button size="small" onClick={() => setProxyFor(e)} aria-label={t('common.labelled', { label: t(proxyOpenKeys[kind]), value: e.name })}>
                  {t(proxyOpenKeys[kind])}
                </Button>
              ) : null,
          },
        ]}
      />
      {proxyFor !== null && <ProxySheetModal data={data} expert={proxyFor} onClose={() => setProxyFor(null)} />}
    </>
  );
}
