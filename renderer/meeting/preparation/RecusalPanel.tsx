import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { recusalsWithDetected } from '../../../shared/meeting/meeting-data.js';
import type { Recusal } from '../../../shared/model/recusal.js';
import { useT } from '../../state/app-store.js';
import { localTime } from '../audit/audit-rows.js';
import { ExpertGate } from '../identity/ExpertGate.js';
import type { MeetingData } from '../use-meeting.js';
import { RecusalDecisionModal, type PendingDecision } from './RecusalDecisionModal.js';

const statusColor: Readonly<Record<Recusal['status'], string>> = { flagged: 'warning', confirmed: 'error', dismissed: 'default' };

function RecusalTable({ data, chairId }: { data: MeetingData; chairId: string }) {
  const t = useT();
  const [pending, setPending] = useState<PendingDecision | null>(null);
  const rows = recusalsWithDetected(data);
  const expertOf = (id: string) => data.experts.find((e) => e.id === id);
  const submissionOf = (id: string) => data.submissions.find((s) => s.id === id);
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
          { title: t('prepare.recusal.column.submission'), key: 'submission', width: 190, render: (_, r) => `《${submissionOf(r.submissionId)?.standardName ?? r.submissionId}》` },
          { title: t('prepare.recusal.column.match'), dataIndex: 'reason' },
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
                return (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {t('prepare.recusal.decidedBy', {
                      name: expertOf(recusal.decidedBy ?? '')?.name ?? recusal.decidedBy ?? '',
                      time: recusal.decidedAt === null ? '' : localTime(recusal.decidedAt).slice(0, 16),
                      note: recusal.decisionNote ?? '',
                    })}
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
      {pending !== null && <RecusalDecisionModal meetingId={data.meeting.id} chairId={chairId} pending={pending} onClose={() => setPending(null)} />}
    </>
  );
}

/** Conflict flags from the engine, decided by the chair after verifying their PIN. */
export function RecusalPanel({ data }: { data: MeetingData }) {
  const t = useT();
  if (recusalsWithDetected(data).length === 0) return <Alert type="success" showIcon title={t('prepare.recusal.none')} />;
  const chair = data.experts.find((e) => e.role === 'chair');
  if (chair === undefined) return <Alert type="error" showIcon title={t('prepare.recusal.noChair')} />;
  if (!data.pledges.some((p) => p.expertId === chair.id && p.pin !== undefined)) {
    return <Alert type="warning" showIcon title={t('identity.noPledge', { name: chair.name })} />;
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('prepare.recusal.chairGate')}</Typography.Text>
      <ExpertGate meetingId={data.meeting.id} expertId={chair.id}>
        <RecusalTable data={data} chairId={chair.id} />
      </ExpertGate>
    </Space>
  );
}
