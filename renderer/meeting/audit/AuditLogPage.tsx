import { ExportOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { rubricFor } from '../../../shared/engine/review-config.js';
import { meetingTimeZone } from '../../../shared/meeting/meeting-time-zone.js';
import { callHost } from '../../host/host-client.js';
import { useHostQuery } from '../../host/use-host-query.js';
import { useAppStore, useT } from '../../state/app-store.js';
import { MeetingScreen } from '../MeetingScreen.js';
import type { MeetingData } from '../use-meeting.js';
import { AuditChainNotice } from './AuditChainNotice.js';
import { exportAuditCsv } from './audit-export.js';
import { auditRow, type AuditRow } from './audit-rows.js';

const distinct = (values: readonly string[]) => [...new Set(values)].filter(Boolean).map((value) => ({ value, label: value }));

function AuditLog({ data }: { data: MeetingData }) {
  const t = useT();
  const language = useAppStore((state) => state.settings.language);
  const { message } = App.useApp();
  const meetingId = data.meeting.id;
  const events = useHostQuery(() => callHost('meeting.audit', { meetingId }), [], meetingId);
  const [search, setSearch] = useState('');
  const [actor, setActor] = useState<string | undefined>();
  const [action, setAction] = useState<string | undefined>();
  const [submission, setSubmission] = useState<string | undefined>();
  const [exporting, setExporting] = useState(false);

  const rows = useMemo(() => {
    const context = {
      meeting: data.meeting,
      experts: new Map(data.experts.map((e) => [e.id, e.name])),
      submissions: new Map(data.submissions.map((s) => [s.id, t('common.titled', { name: s.standardName })])),
      criteria: new Map(rubricFor(data.meeting).criteria.map((c) => [c.id, language === 'en' ? c.name.en : c.name.zh])),
    };
    return (events ?? []).map((e) => auditRow(e, t, context));
  }, [events, data.meeting, data.experts, data.submissions, t, language]);

  const needle = search.trim();
  const shown = rows.filter(
    (r) =>
      (actor === undefined || r.actor === actor) &&
      (action === undefined || r.action === action) &&
      (submission === undefined || r.submission === submission) &&
      (needle === '' || [r.actor, r.action, r.submission, r.details].some((text) => text.includes(needle))),
  );

  const exportShown = async () => {
    setExporting(true);
    try {
      const path = await exportAuditCsv(shown, meetingId, t);
      if (path !== null) message.success(t('audit.exported', { path }));
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <Input
            allowClear
            prefix={<SearchOutlined aria-hidden />}
            placeholder={t('audit.filter.search')}
            aria-label={t('audit.filter.search')}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 240 }}
          />
          <Select allowClear placeholder={t('audit.filter.actor')} aria-label={t('audit.filter.actor')} value={actor} onChange={setActor} options={distinct(rows.map((r) => r.actor))} style={{ width: 140 }} />
          <Select allowClear placeholder={t('audit.filter.action')} aria-label={t('audit.filter.action')} value={action} onChange={setAction} options={distinct(rows.map((r) => r.action))} style={{ width: 160 }} />
          <Select
            allowClear
            placeholder={t('audit.filter.submission')}
            aria-label={t('audit.filter.submission')}
            value={submission}
            onChange={setSubmission}
            options={distinct(rows.map((r) => r.submission))}
            style={{ width: 240 }}
          />
        </Space>
      }
      extra={
        <Button icon={<ExportOutlined aria-hidden />} loading={exporting} disabled={shown.length === 0} onClick={() => void exportShown()}>
          {t('audit.export')}
        </Button>
      }
    >
      <Table<AuditRow>
        rowKey="id"
        size="small"
        loading={events === undefined}
        dataSource={[...shown].reverse()}
        locale={{ emptyText: t('audit.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (count) => t('audit.count', { count }) }}
        columns={[
          { title: t('audit.column.at'), dataIndex: 'at', width: 160 },
          { title: t('audit.column.actor'), dataIndex: 'actor', width: 100 },
          { title: t('audit.column.action'), dataIndex: 'action', width: 140 },
          { title: t('audit.column.submission'), dataIndex: 'submission', width: 220, ellipsis: true },
          { title: t('audit.column.details'), dataIndex: 'details', render: (text: string) => <Typography.Text style={{ fontSize: 12 }}>{text}</Typography.Text> },
        ]}
      />
    </Card>
  );
}

/** `#/meetings/<id>/audit`: the meeting's append-only trail, filtered and exported as CSV. */
export function AuditLogPage({ path }: { path: string[] }) {
  const t = useT();
  return (
    <MeetingScreen meetingId={path[1] ?? ''} title={t('audit.title')}>
      {(data) => (
        <>
          <Typography.Text type="secondary">{t('audit.help', { zone: meetingTimeZone(data.meeting) })}</Typography.Text>
          <AuditChainNotice />
          <AuditLog data={data} />
        </>
      )}
    </MeetingScreen>
  );
}
