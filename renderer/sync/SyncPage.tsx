import { CheckOutlined, CloudDownloadOutlined, ExportOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, App, Badge, Button, Card, Descriptions, Form, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { OutboxEntry, OutboxStatus } from '../../shared/sync/outbox-entry.js';
import { callHost, subscribeHostChanges } from '../host/host-client.js';
import { useHostQuery } from '../host/use-host-query.js';
import { formatTime } from '../meeting/review/format-time.js';
import { useT } from '../state/app-store.js';
import { EnrollmentForm } from './EnrollmentForm.js';
import { KeyProtectionNotice } from './KeyProtectionNotice.js';
import { confirmHeldBundle, downloadAndPreview, exportVerdictFile, retryDelivery } from './sync-actions.js';
import { useSyncState } from './sync-state.js';
import { useOutbox } from './use-outbox.js';
import { outboxVersionKeys } from '../../shared/i18n/review-kind-keys.js';

const statusColors: Record<OutboxStatus, string> = { pending: 'processing', held: 'warning', delivered: 'success', failed: 'error' };
const statusPollMs = 5_000;

const subscribeOnline = (changed: () => void) => {
  window.addEventListener('online', changed);
  window.addEventListener('offline', changed);
  return () => {
    window.removeEventListener('online', changed);
    window.removeEventListener('offline', changed);
  };
};

/** Whether this machine has a network at all, as the browser sees it. */
const useBrowserOnline = (): boolean => useSyncExternalStore(subscribeOnline, () => navigator.onLine);

/** Meeting titles and standard names for the outbox rows, from the meetings the entries belong to. */
const useEntryNames = (entries: readonly OutboxEntry[] | undefined) => {
  const meetingIds = [...new Set((entries ?? []).map((e) => e.meetingId))].sort();
  return useHostQuery(
    async () => {
      const meetings = (await Promise.all(meetingIds.map((meetingId) => callHost('meeting.read', { meetingId })))).flatMap((data) => (data === null ? [] : [data]));
      return {
        meeting: new Map(meetings.map((data) => [data.meeting.id, data.meeting.title])),
        submission: new Map(meetings.flatMap((data) => data.submissions.map((s) => [`${s.meetingId}/${s.id}`, s.standardName] as const))),
      };
    },
    [meetingIds.join('\n')],
    null,
  );
};

function DeviceCard() {
  const t = useT();
  const status = useSyncState((state) => state.status);
  const browserOnline = useBrowserOnline();
  const [enrolling, setEnrolling] = useState(false);

  // Every delivery attempt the host's outbox makes is a commit: the last contact is read again with it.
  useEffect(() => {
    const refresh = () => void useSyncState.getState().refresh().catch(() => undefined);
    refresh();
    const timer = setInterval(refresh, statusPollMs);
    const unsubscribe = subscribeHostChanges(refresh);
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, []);

  if (status === null) return <Card title={t('sync.device.title')} loading />;
  const connection = !browserOnline ? (
    <Badge status="error" text={t('sync.connection.browserOffline')} />
  ) : status.online === null ? (
    <Badge status="default" text={t('sync.connection.unknown')} />
  ) : (
    <Badge status={status.online ? 'success' : 'error'} text={t(status.online ? 'sync.connection.online' : 'sync.connection.offline')} />
  );
  return (
    <Card title={t('sync.device.title')} extra={status.enrolled && !enrolling && <Button onClick={() => setEnrolling(true)}>{t('sync.enroll.again')}</Button>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <KeyProtectionNotice protection={status.keyProtection} />
        {status.enrolled ? (
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label={t('sync.device.bureauUrl')} span={2}>
              {status.bureauUrl}
            </Descriptions.Item>
            <Descriptions.Item label={t('sync.device.deviceName')}>{status.deviceName}</Descriptions.Item>
            <Descriptions.Item label={t('sync.device.deviceId')}>
              <Typography.Text code className="zz-device-id">
                {status.deviceId}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('sync.device.enrolledAt')}>{formatTime(status.enrolledAt)}</Descriptions.Item>
            <Descriptions.Item label={t('sync.device.bureauKeyId')}>{status.bureauKeyId}</Descriptions.Item>
            <Descriptions.Item label={t('sync.device.connection')} span={2}>
              <Space direction="vertical" size={0}>
                {connection}
                {status.lastContact && <Typography.Text type="secondary">{t('sync.connection.last', { time: formatTime(status.lastContact.at) })}</Typography.Text>}
                {status.lastContact?.problem && <Typography.Text type="warning">{t('sync.connection.problem', { problem: status.lastContact.problem })}</Typography.Text>}
              </Space>
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Alert type="info" showIcon title={t('sync.device.notEnrolled')} />
        )}
        {(!status.enrolled || enrolling) && <EnrollmentForm {...(status.enrolled ? { onCancel: () => setEnrolling(false) } : {})} />}
      </Space>
    </Card>
  );
}

function DownloadCard() {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const enrolled = useSyncState((state) => state.status?.enrolled ?? false);
  const download = async ({ meetingId }: { meetingId: string }) => {
    setBusy(true);
    try {
      await downloadAndPreview(meetingId.trim());
    } catch (error) {
      void message.error(t('sync.download.failed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('sync.download.title')}>
      <Typography.Paragraph type="secondary">{t('sync.download.help')}</Typography.Paragraph>
      <Form layout="inline" onFinish={(values: { meetingId: string }) => void download(values)} aria-label={t('sync.download.title')}>
        <Form.Item name="meetingId" label={t('sync.download.meetingId')} rules={[{ required: true, whitespace: true, message: t('sync.download.meetingId.placeholder') }]}>
          <Input placeholder={t('sync.download.meetingId.placeholder')} style={{ width: 240 }} />
        </Form.Item>
        <Button htmlType="submit" icon={<CloudDownloadOutlined aria-hidden />} loading={busy} disabled={!enrolled}>
          {t('sync.download.submit')}
        </Button>
      </Form>
    </Card>
  );
}

type Filter = OutboxStatus | 'all';

function OutboxCard() {
  const t = useT();
  const { message } = App.useApp();
  const [filter, setFilter] = useState<Filter>('all');
  const [busy, setBusy] = useState<string | null>(null);
  const entries = useOutbox();
  const names = useEntryNames(entries);
  const all = [...(entries ?? [])].sort((a, b) => b.bundle.finalizedAt.localeCompare(a.bundle.finalizedAt));
  const count = (status: Filter) => (status === 'all' ? all.length : all.filter((e) => e.status === status).length);
  const shown = filter === 'all' ? all : all.filter((e) => e.status === filter);

  const act = async (entry: OutboxEntry, action: () => Promise<unknown>, failed: (message: string) => string, done?: string) => {
    setBusy(entry.id);
    try {
      await action();
      if (done !== undefined) void message.success(done);
    } catch (error) {
      void message.error(failed((error as Error).message));
    } finally {
      setBusy(null);
    }
  };
  const retry = (entry: OutboxEntry) => act(entry, () => retryDelivery(entry), (m) => t('sync.outbox.retryFailed', { message: m }));
  const confirm = (entry: OutboxEntry) =>
    act(entry, () => confirmHeldBundle(entry), (m) => t('sync.outbox.confirmFailed', { message: m }), t('sync.outbox.confirmed'));
  const exportFile = async (entry: OutboxEntry) => {
    try {
      const path = await exportVerdictFile(entry, t('sync.outbox.export.title'));
      if (path !== null) void message.success(t('sync.outbox.exported', { path }));
    } catch (error) {
      void message.error(t('sync.outbox.export.failed', { message: (error as Error).message }));
    }
  };

  return (
    <Card title={t('sync.outbox.title')}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={(['all', 'pending', 'held', 'delivered', 'failed'] as const).map((value) => ({ value, label: t(`sync.outbox.filter.${value}`, { n: count(value) }) }))}
        />
        <Table<OutboxEntry>
          rowKey="id"
          size="small"
          dataSource={shown}
          pagination={false}
          locale={{ emptyText: t('sync.outbox.empty') }}
          columns={[
            {
              title: t('sync.outbox.verdict'),
              key: 'verdict',
              render: (_, e) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{names?.submission.get(`${e.meetingId}/${e.bundle.submissionId}`) ?? e.bundle.submissionId}</Typography.Text>
                  <Typography.Text type="secondary">
                    {names?.meeting.get(e.meetingId) ?? e.meetingId} · {t(outboxVersionKeys[e.bundle.reviewType], { n: e.versionNo })}
                  </Typography.Text>
                </Space>
              ),
            },
            {
              title: t('sync.outbox.status'),
              key: 'status',
              width: 120,
              render: (_, e) => (
                <Tag color={statusColors[e.status]} className="zz-outbox-status">
                  {t(`sync.status.${e.status}`)}
                </Tag>
              ),
            },
            {
              title: t('sync.outbox.detail'),
              key: 'detail',
              render: (_, e) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text
                    type="secondary"
                    className="zz-outbox-digest"
                    style={{ maxWidth: 320, fontFamily: 'monospace', fontSize: 12 }}
                    ellipsis={{ tooltip: e.bundleDigest }}
                    copyable={{ text: e.bundleDigest }}
                  >
                    {t('sync.outbox.digest', { digest: e.bundleDigest })}
                  </Typography.Text>
                  {e.receipt !== null && <Typography.Text>{t('sync.receipt.badge', { seq: e.receipt.seq, time: formatTime(e.receipt.receivedAt) })}</Typography.Text>}
                  {e.status !== 'delivered' && e.attempts > 0 && <Typography.Text type="secondary">{t('sync.outbox.attempts', { n: e.attempts })}</Typography.Text>}
                  {e.status === 'pending' && e.attempts > 0 && <Typography.Text type="secondary">{t('sync.outbox.nextAttempt', { time: formatTime(e.nextAttemptAt) })}</Typography.Text>}
                  {e.status === 'held' && <Typography.Text type="warning">{t('sync.outbox.heldReason')}</Typography.Text>}
                  {e.status !== 'delivered' && e.lastError && (
                    <Typography.Text type={e.status === 'failed' ? 'danger' : 'warning'} className="zz-outbox-reason">
                      {t('sync.outbox.reason', { reason: e.lastError })}
                    </Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('sync.outbox.actions'),
              key: 'actions',
              width: 260,
              render: (_, e) => (
                <Space wrap>
                  {e.status === 'held' && (
                    <Button size="small" type="primary" icon={<CheckOutlined aria-hidden />} loading={busy === e.id} onClick={() => void confirm(e)}>
                      {t('sync.outbox.confirmHeld')}
                    </Button>
                  )}
                  {(e.status === 'pending' || e.status === 'failed') && (
                    <Button size="small" icon={<ReloadOutlined aria-hidden />} loading={busy === e.id} onClick={() => void retry(e)}>
                      {t('sync.outbox.retry')}
                    </Button>
                  )}
                  {e.status !== 'held' && (
                    <Button size="small" icon={<ExportOutlined aria-hidden />} onClick={() => void exportFile(e)}>
                      {t('sync.outbox.export')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Space>
    </Card>
  );
}

/** `#/sync`: this workstation's enrollment, package download from the bureau, and the outbox with its receipts. */
export function SyncPage() {
  // Once enrolled the queue is what the secretary comes for; before that, the enrollment form.
  const enrolled = useSyncState((state) => state.status?.enrolled ?? false);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 1100 }}>
      {enrolled && <OutboxCard />}
      <DeviceCard />
      {!enrolled && <OutboxCard />}
      <DownloadCard />
    </Space>
  );
}
