import { FlagOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { recusalsWithDetected } from '../../../shared/meeting/meeting-data.js';
import { meetingTime } from '../../../shared/meeting/meeting-time-zone.js';
import { detectedReasonMessage } from '../../../shared/meeting/recusal-reason.js';
import type { Recusal } from '../../../shared/model/recusal.js';
import { callHost } from '../../host/host-client.js';
import { useHostQuery } from '../../host/use-host-query.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { ExpertGate } from '../identity/ExpertGate.js';
import type { MeetingData } from '../use-meeting.js';
import { RecusalDecisionModal, type PendingDecision } from './RecusalDecisionModal.js';
import { RecusalDeclarationModal } from './RecusalDeclarationModal.js';

const statusColor: Readonly<Record<Recusal['status'], string>> = { flagged: 'warning', confirmed: 'error', dismissed: 'default' };

function RecusalTable({ data }: { data: MeetingData }) {
  const t = useT();
  const { say } = useEngineText();
  const [pending, setPending] = useState<PendingDecision | null>(null);
  const rows = recusalsWithDetected(data);
  const expertOf = (id: string) => data.experts.find((e) => e.id === id);
  const submissionOf = (id: string) => data.submissions.find((s) => s.id === id);
  const reasonOf = (r: Recusal) => {
    const detected = detectedReasonMessage(data, r);
    return detected === null ? r.reason : say(detected);
  };
  return (
    <>
      <Table<Recusal>
        rowKey={(r) => `${r.submissionId}/${r.expertId}`}
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            title: t('prepare.recusal.column.expert'),
            key: 'expert',
            width: 150,
            render: (_, r) => {
              const expert = expertOf(r.expertId);
              return (
                <Space orientation="vertical" size={0}>
                  <Typography.Text strong>{expert?.name ?? r.expertId}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {expert?.organization}
                  </Typography.Text>
                </Space>
              );
            },
          },
          { title: t('prepare.recusal.column.submission'), key: 'submission', width: 190, render: (_, r) => t('common.titled', { name: submissionOf(r.submissionId)?.standardName ?? r.submissionId }) },
          {
            title: t('prepare.recusal.column.match'),
            key: 'reason',
            render: (_, r) => (
              <Space orientation="vertical" size={2}>
                <Tag color={r.source === 'declared' ? 'purple' : 'blue'}>
                  {r.source === 'declared' && r.declaredBy !== undefined && r.declaredBy !== r.expertId
                    ? t('prepare.recusal.source.declaredFor', { name: expertOf(r.declaredBy)?.name ?? r.declaredBy })
                    : t(`prepare.recusal.source.${r.source}`)}
                </Tag>
                <Typography.Text>{reasonOf(r)}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t('prepare.recusal.column.status'),
            key: 'status',
            width: 90,
            render: (_, r) => <Tag color={statusColor[r.status]}>{t(`prepare.recusal.status.${r.status}`)}</Tag>,
          },
          {
            title: t('prepare.recusal.column.decision'),
            key: 'decision',
            width: 250,
            render: (_, recusal) => {
              const expert = expertOf(recusal.expertId);
              const submission = submissionOf(recusal.submissionId);
              if (recusal.status !== 'flagged') {
                const decided = {
                  name: expertOf(recusal.decidedBy ?? '')?.name ?? recusal.decidedBy ?? '',
                  time: recusal.decidedAt === null ? '' : meetingTime(recusal.decidedAt, data.meeting, 'minute'),
                };
                return (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {recusal.decisionNote === undefined
                      ? t('prepare.recusal.decidedAt', decided)
                      : t('prepare.recusal.decidedBy', { ...decided, note: recusal.decisionNote })}
                  </Typography.Text>
                );
              }
              if (expert === undefined || submission === undefined || submission.phase !== 'preparation') return null;
              return (
                <Space size={8}>
                  <Button size="small" danger onClick={() => setPending({ recusal, expert, submission, status: 'confirmed' })}>
                    {t('prepare.recusal.confirm')}
                  </Button>
                  <Button size="small" onClick={() => setPending({ recusal, expert, submission, status: 'dismissed' })}>
                    {t('prepare.recusal.dismiss')}
                  </Button>
                </Space>
              );
            },
          },
        ]}
      />
      {pending !== null && <RecusalDecisionModal meetingId={data.meeting.id} pending={pending} onClose={() => setPending(null)} />}
    </>
  );
}

/** The chair's side: every flag, detected or declared, decided after the chair's PIN. */
function ChairDecisions({ data }: { data: MeetingData }) {
  const t = useT();
  const meetingId = data.meeting.id;
  const pins = useHostQuery(() => callHost('identity.pinStatus', { meetingId }), [], meetingId);
  if (pins === undefined) return null;
  if (recusalsWithDetected(data).length === 0) return <Alert type="success" showIcon title={t('prepare.recusal.none')} />;
  const chair = data.experts.find((e) => e.role === 'chair');
  if (chair === undefined) return <Alert type="error" showIcon title={t('prepare.recusal.noChair')} />;
  if (!pins.some((p) => p.expertId === chair.id && p.hasPin)) {
    return <Alert type="warning" showIcon title={t('identity.noPledge', { name: chair.name })} />;
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('prepare.recusal.chairGate')}</Typography.Text>
      <ExpertGate meetingId={data.meeting.id} expertId={chair.id}>
        <RecusalTable data={data} />
      </ExpertGate>
    </Space>
  );
}

/** Conflicts the engine detected and those experts declare, each decided by the chair. */
export function RecusalPanel({ data }: { data: MeetingData }) {
  const t = useT();
  const [declaring, setDeclaring] = useState(false);
  const closed = !data.submissions.some((s) => s.phase === 'preparation');
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={16}>
        <Typography.Text type="secondary">{t('prepare.recusal.declareHint')}</Typography.Text>
        <Tooltip title={closed ? t('prepare.recusal.noneOpen') : undefined}>
          <Button icon={<FlagOutlined aria-hidden />} disabled={closed} onClick={() => setDeclaring(true)}>
            {t('prepare.recusal.declare')}
          </Button>
        </Tooltip>
      </Flex>
      <ChairDecisions data={data} />
      {declaring && <RecusalDeclarationModal data={data} onClose={() => setDeclaring(false)} />}
    </Space>
  );
}
