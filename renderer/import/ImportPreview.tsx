import { Alert, Button, Card, Descriptions, Divider, Space, Table, Tag, Typography } from 'antd';
import type { PackagePreview } from '../../shared/api/calls/package-calls.js';
import type { Expert } from '../../shared/model/expert.js';
import type { Material } from '../../shared/model/submission.js';
import { meetingTime } from '../../shared/meeting/meeting-time-zone.js';
import { useT } from '../state/app-store.js';
import { useLocalName } from '../shell/local-name.js';
import { describeBlockers, describeChanges } from './describe-changes.js';
import { formatBytes } from './format-bytes.js';
import { cancelImport, confirmImport, type ImportStep } from './import-flow.js';

type PreviewStep = Extract<ImportStep, { step: 'preview' }>;


function SignatureTag({ signature }: { signature: PackagePreview['signature'] }) {
  const t = useT();
  if (signature.status === 'valid') return <Tag color="success">{t('import.signature.valid', { keyId: signature.keyId ?? '' })}</Tag>;
  return <Tag color="warning">{t(signature.status === 'unsigned' ? 'import.signature.unsigned' : 'import.signature.unchecked')}</Tag>;
}

function ReimportChanges({ flow }: { flow: PreviewStep }) {
  const t = useT();
  const blockers = describeBlockers(t, flow.plan);
  const changes = describeChanges(t, flow.plan);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {blockers.map((text) => (
        <Alert key={text} type="error" showIcon message={text} />
      ))}
      <Alert
        type={changes.length > 0 ? 'warning' : 'info'}
        showIcon
        message={t('import.reimport.title')}
        description={
          <Space direction="vertical" size={4}>
            <Typography.Text>{t('import.reimport.body')}</Typography.Text>
            {changes.length === 0 ? (
              <Typography.Text strong>{t('import.reimport.none')}</Typography.Text>
            ) : (
              <>
                <Typography.Text strong>{t('import.reimport.changes')}</Typography.Text>
                <ul aria-label={t('import.reimport.changes')} style={{ margin: 0, paddingInlineStart: 20 }}>
                  {changes.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              </>
            )}
          </Space>
        }
      />
    </Space>
  );
}

function PanelTable({ experts }: { experts: Expert[] }) {
  const t = useT();
  return (
    <Table<Expert>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={experts}
      columns={[
        { title: t('import.panel.name'), dataIndex: 'name', width: 120 },
        { title: t('import.panel.role'), dataIndex: 'role', width: 90, render: (role: Expert['role']) => <Tag color={role === 'member' ? undefined : 'blue'}>{t(`import.role.${role}`)}</Tag> },
        { title: t('import.panel.organization'), dataIndex: 'organization' },
        { title: t('import.panel.title'), dataIndex: 'title', width: 160 },
        { title: t('import.panel.field'), dataIndex: 'field', width: 140 },
      ]}
    />
  );
}

const fileNameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function MaterialsTable({ materials }: { materials: Material[] }) {
  const t = useT();
  const total = materials.reduce((sum, material) => sum + material.bytes, 0);
  return (
    <Table<Material>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={materials}
      footer={() => t('import.materials.total', { count: materials.length, size: formatBytes(total) })}
      columns={[
        { title: t('import.materials.kind'), dataIndex: 'kind', width: 150, render: (kind: Material['kind']) => t(`import.materialKind.${kind}`) },
        { title: t('import.materials.title'), dataIndex: 'title' },
        { title: t('import.materials.file'), dataIndex: 'path', render: (path: string) => <Typography.Text type="secondary">{fileNameOf(path)}</Typography.Text> },
        { title: t('import.materials.size'), dataIndex: 'bytes', width: 110, align: 'right', render: (bytes: number) => formatBytes(bytes) },
      ]}
    />
  );
}

/** Everything the package would write, before anything is written; 「确认导入」 commits it, 「取消」 discards it. */
export function ImportPreview({ flow, onFailure, onDone }: { flow: PreviewStep; onFailure(error: unknown): void; onDone(title: string): void }) {
  const t = useT();
  const localName = useLocalName();
  const { preview, records, plan, committing } = flow;
  const { manifest, signature } = preview;
  const confirm = () =>
    confirmImport().then(
      ({ title }) => onDone(title),
      (error: unknown) => onFailure(error),
    );
  const actions = (
    <Space>
      <Button onClick={() => void cancelImport()} disabled={committing}>
        {t('common.cancel')}
      </Button>
      <Button type="primary" onClick={() => void confirm()} loading={committing} disabled={plan.blockers.length > 0}>
        {t('import.confirm')}
      </Button>
    </Space>
  );
  const rubric = records.meeting.rubric;
  return (
    <Card
      title={
        <Space>
          {t('import.preview.title')}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {preview.fileName} · {formatBytes(preview.bytes)}
          </Typography.Text>
        </Space>
      }
      extra={actions}
    >
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('import.preview.notWritten')} />
        {signature.status !== 'valid' || preview.warnings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            message={
              <Space>
                {t('import.warnings')}
                {signature.status !== 'valid' && <SignatureTag signature={signature} />}
              </Space>
            }
            description={
              preview.warnings.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {preview.warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              ) : (
                t(signature.status === 'unsigned' ? 'import.signature.unsignedHelp' : 'import.signature.uncheckedHelp')
              )
            }
          />
        ) : null}
        {plan.reimport ? <ReimportChanges flow={flow} /> : null}

        <Descriptions title={t('import.meeting')} bordered size="small" column={2}>
          <Descriptions.Item label={t('import.meeting.title')} span={2}>
            {records.meeting.title}
          </Descriptions.Item>
          <Descriptions.Item label={t('import.meeting.reviewType')}>{t(`reviewType.${records.meeting.reviewType}`)}</Descriptions.Item>
          <Descriptions.Item label={t('import.meeting.startsAt')}>{meetingTime(records.meeting.startsAt, records.meeting, 'minute')}</Descriptions.Item>
          <Descriptions.Item label={t('import.meeting.venue')}>{records.meeting.venue}</Descriptions.Item>
          <Descriptions.Item label={t('import.meeting.organizer')}>{records.meeting.organizer}</Descriptions.Item>
          <Descriptions.Item label={t('import.meeting.issuer')}>{manifest.issuer.name}</Descriptions.Item>
          <Descriptions.Item label={t('import.meeting.issuedAt')}>{meetingTime(manifest.issuedAt, records.meeting, 'minute')}</Descriptions.Item>
          <Descriptions.Item label={t('import.meeting.rubric')}>{rubric ? localName(rubric.name) : t('import.rubric.builtin')}</Descriptions.Item>
          <Descriptions.Item label={t('import.signature.label')}>
            <SignatureTag signature={signature} />
          </Descriptions.Item>
          <Descriptions.Item label={t('import.meeting.packageId')} span={2}>
            <Typography.Text type="secondary" copyable>
              {manifest.packageId}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>

        <div>
          <Typography.Title level={5}>{t('import.panel', { count: records.experts.length })}</Typography.Title>
          <PanelTable experts={records.experts} />
        </div>

        <div>
          <Typography.Title level={5}>{t('import.submissions', { count: records.submissions.length })}</Typography.Title>
          {records.submissions.map((submission, index) => (
            <div key={submission.id}>
              {index > 0 && <Divider style={{ margin: '12px 0' }} />}
              <Descriptions
                size="small"
                column={2}
                title={
                  <Space>
                    <Typography.Text strong>{submission.standardName}</Typography.Text>
                    {submission.proposedCode && <Typography.Text type="secondary">{submission.proposedCode}</Typography.Text>}
                  </Space>
                }
              >
                <Descriptions.Item label={t('import.submission.kind')}>{t(`import.standardKind.${submission.standardKind}`)}</Descriptions.Item>
                <Descriptions.Item label={t('import.submission.leadDrafter')}>{submission.leadDrafter}</Descriptions.Item>
                {submission.coDrafters.length > 0 && (
                  <Descriptions.Item label={t('import.submission.coDrafters')} span={2}>
                    {submission.coDrafters.join(t('common.listJoin'))}
                  </Descriptions.Item>
                )}
              </Descriptions>
              <MaterialsTable materials={records.materials.filter((material) => material.submissionId === submission.id)} />
            </div>
          ))}
        </div>
        <div style={{ display: 'flex', justifyContent: 'flex-end' }}>{actions}</div>
      </Space>
    </Card>
  );
}
