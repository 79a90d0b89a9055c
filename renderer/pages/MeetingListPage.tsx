import { FileAddOutlined, ImportOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { Meeting } from '../../shared/model/meeting.js';
import { LoadDemoButton } from '../demo/LoadDemoButton.js';
import { callHost } from '../host/host-client.js';
import { useHostQuery } from '../host/use-host-query.js';
import { chooseAndInspectPackage } from '../import/import-flow.js';
import { useT } from '../state/app-store.js';
import { hrefFor, navigate } from '../state/route.js';

const byStartDescending = (a: Meeting, b: Meeting) => b.startsAt.localeCompare(a.startsAt);

/** Every meeting in one call, newest first; read again whenever any meeting changes. */
const readMeetings = async (): Promise<Meeting[]> => (await callHost('meetings.list', {})).sort(byStartDescending);

let prefetched: Promise<Meeting[]> | null = null;

/** Starts reading the list at start-up, beside the settings' round trip; the page's first read takes it. */
export const prefetchMeetingList = (): void => {
  prefetched = readMeetings();
  // Nobody may be waiting yet: a failure only means the page reads for itself.
  prefetched.catch(() => undefined);
};

const takePrefetchedOrRead = (): Promise<Meeting[]> => {
  const taken = prefetched;
  prefetched = null;
  return taken === null ? readMeetings() : taken.catch(readMeetings);
};

const formatStart = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function MeetingActions() {
  const t = useT();
  return (
    <Space>
      <Button type="primary" icon={<ImportOutlined aria-hidden />} onClick={() => void chooseAndInspectPackage(t('import.chooseTitle'))}>
        {t('meetings.import')}
      </Button>
      <Button icon={<FileAddOutlined aria-hidden />} onClick={() => navigate('meetings', 'new')}>
        {t('meetings.create')}
      </Button>
    </Space>
  );
}

export function MeetingListPage() {
  const t = useT();
  const meetings = useHostQuery(takePrefetchedOrRead, [], null);
  if (!meetings) return null;

  if (meetings.length === 0) {
    return (
      <Card>
        <Empty
          style={{ padding: '48px 0' }}
          description={
            <Space direction="vertical" size={4}>
              <Typography.Title level={4}>{t('meetings.empty.title')}</Typography.Title>
              <Typography.Text type="secondary">{t('meetings.empty.body')}</Typography.Text>
            </Space>
          }
        >
          <MeetingActions />
          <div style={{ marginTop: 12 }}>
            <LoadDemoButton />
          </div>
        </Empty>
      </Card>
    );
  }

  return (
    <Card title={t('meetings.title')} extra={<MeetingActions />}>
      <Table<Meeting>
        rowKey="id"
        dataSource={meetings}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (count) => t('meetings.count', { count }) }}
        columns={[
          { title: t('meetings.column.title'), dataIndex: 'title', render: (title: string, meeting) => <a href={hrefFor('meetings', meeting.id)}>{title}</a> },
          { title: t('meetings.column.type'), dataIndex: 'reviewType', width: 120, render: (type: Meeting['reviewType']) => <Tag>{t(`reviewType.${type}`)}</Tag> },
          { title: t('meetings.column.startsAt'), dataIndex: 'startsAt', width: 170, render: formatStart },
          { title: t('meetings.column.venue'), dataIndex: 'venue' },
        ]}
      />
    </Card>
  );
}
