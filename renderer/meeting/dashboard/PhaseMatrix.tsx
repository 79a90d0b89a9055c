import { DownOutlined, FileTextOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space, Table, Typography } from 'antd';
import { reviewPhases, type ReviewPhase } from '../../../shared/model/phase.js';
import type { Material } from '../../../shared/model/submission.js';
import type { SubmissionStatus } from '../../../shared/meeting/submission-status.js';
import type { MessageKey } from '../../../shared/i18n/zh-cn.js';
import { materialsKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { ReviewType } from '../../../shared/model/review-type.js';
import { useT } from '../../state/app-store.js';
import { hrefFor } from '../../state/route.js';
import { GenerateDocumentsButton } from '../../documents/DocumentsButton.js';
import { PhaseCell } from './PhaseCell.js';
import { SubmissionStatusPanel } from './SubmissionStatusPanel.js';

/**
 * Each submission screen opens from the phase it belongs to onwards; 合议 already during scoring,
 * because its screen shows who has submitted and holds the button that opens discussion.
 */
const screens: readonly { key: string; label: MessageKey; from: ReviewPhase }[] = [
  { key: 'score', label: 'dashboard.open.score', from: 'scoring' },
  { key: 'discuss', label: 'dashboard.open.discuss', from: 'scoring' },
  { key: 'vote', label: 'dashboard.open.vote', from: 'vote' },
  { key: 'signoff', label: 'dashboard.open.signoff', from: 'sign-off' },
];

function MaterialsMenu({ meetingId, submissionId, materials, label }: { meetingId: string; submissionId: string; materials: Material[]; label: string }) {
  const t = useT();
  if (materials.length === 0) return <Typography.Text type="secondary">{t('dashboard.noMaterials')}</Typography.Text>;
  const items = materials.map((m) => ({ key: m.id, label: <a href={hrefFor('meetings', meetingId, 'read', submissionId, m.id)}>{m.title}</a> }));
  return (
    <Dropdown menu={{ items }}>
      <Button size="small" type="link" icon={<FileTextOutlined aria-hidden />} style={{ paddingInline: 0 }}>
        {label} <DownOutlined aria-hidden />
      </Button>
    </Dropdown>
  );
}

/** Submissions × phases: where each review stands, the screens that open, and what holds up the next step. */
export function PhaseMatrix({
  meetingId,
  reviewType,
  statuses,
  materials,
}: {
  meetingId: string;
  reviewType: ReviewType;
  statuses: SubmissionStatus[];
  materials: Material[];
}) {
  const t = useT();
  return (
    <Table<SubmissionStatus>
      rowKey={(s) => s.submission.id}
      dataSource={statuses}
      pagination={false}
      size="small"
      locale={{ emptyText: t('dashboard.noSubmissions') }}
      expandable={{
        expandedRowKeys: statuses.map((s) => s.submission.id),
        showExpandColumn: false,
        expandedRowRender: (status) => <SubmissionStatusPanel status={status} reviewType={reviewType} />,
      }}
      columns={[
        {
          title: t('dashboard.column.submission'),
          key: 'submission',
          render: (_, { submission }) => (
            <Space orientation="vertical" size={0}>
              <Typography.Text strong>{t('common.titled', { name: submission.standardName })}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {[submission.proposedCode, t('dashboard.leadDrafter', { name: submission.leadDrafter })].filter(Boolean).join(' · ')}
              </Typography.Text>
              <MaterialsMenu meetingId={meetingId} submissionId={submission.id} materials={materials.filter((m) => m.submissionId === submission.id)} label={t(materialsKeys[reviewType])} />
            </Space>
          ),
        },
        ...reviewPhases.map((phase, index) => ({
          title: t(`meeting.phase.${phase}`),
          key: phase,
          width: 84,
          align: 'center' as const,
          render: (_: unknown, status: SubmissionStatus) => <PhaseCell index={index} current={status.phaseIndex} label={t(`meeting.phase.${phase}`)} />,
        })),
        {
          title: t('dashboard.column.actions'),
          key: 'actions',
          width: 200,
          render: (_, status) => (
            <Space size={4} wrap>
              {screens.map((screen) => {
                const open = status.phaseIndex >= reviewPhases.indexOf(screen.from);
                return (
                  <Button
                    key={screen.key}
                    size="small"
                    disabled={!open}
                    {...(open ? { href: hrefFor('meetings', meetingId, screen.key, status.submission.id) } : {})}
                  >
                    {t(screen.label)}
                  </Button>
                );
              })}
              <GenerateDocumentsButton meetingId={meetingId} submission={status.submission} />
            </Space>
          ),
        },
      ]}
    />
  );
}
