import { Breadcrumb, Result, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../state/app-store.js';
import { hrefFor } from '../state/route.js';
import { useMeeting, type MeetingData } from './use-meeting.js';

type MeetingScreenProps = {
  meetingId: string;
  /** The screen's own name; omitted on the meeting's overview. */
  title?: string;
  extra?: ReactNode;
  children: (data: MeetingData) => ReactNode;
};

/** The frame of every screen under `#/meetings/<id>`: loads the meeting live, shows where one is, or says it is missing. */
export function MeetingScreen({ meetingId, title, extra, children }: MeetingScreenProps) {
  const t = useT();
  const data = useMeeting(meetingId);
  if (data === undefined) return <Spin style={{ display: 'block', marginTop: 96 }} />;
  if (data === null) {
    return <Result status="404" title={t('meeting.notFound', { id: meetingId })} extra={<a href={hrefFor('meetings')}>{t('meeting.backToList')}</a>} />;
  }
  const crumbs = [
    { title: <a href={hrefFor('meetings')}>{t('meetings.title')}</a> },
    { title: title === undefined ? data.meeting.title : <a href={hrefFor('meetings', meetingId)}>{data.meeting.title}</a> },
    ...(title === undefined ? [] : [{ title }]),
  ];
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16 }}>
        <div style={{ minWidth: 0 }}>
          <Breadcrumb items={crumbs} />
          <Typography.Title level={3} style={{ margin: '4px 0 0' }}>
            {title ?? data.meeting.title}
          </Typography.Title>
        </div>
        {extra !== undefined && <Space wrap>{extra}</Space>}
      </div>
      {children(data)}
    </Space>
  );
}
