import { AuditOutlined, SafetyCertificateOutlined, WifiOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Descriptions, Drawer, Row, Space, Statistic } from 'antd';
import { useState } from 'react';
import { rubricFor } from '../../../shared/engine/review-config.js';
import { panelSummary, submissionStatus } from '../../../shared/meeting/submission-status.js';
import { meetingTime } from '../../../shared/meeting/meeting-time-zone.js';
import { useT } from '../../state/app-store.js';
import { useLocalName } from '../../shell/local-name.js';
import { hrefFor } from '../../state/route.js';
import { ExportAllDocumentsButton } from '../../documents/DocumentsButton.js';
import { MeetingScreen } from '../MeetingScreen.js';
import type { MeetingData } from '../use-meeting.js';
import { RoomNetworkPanel } from '../room-network/RoomNetworkPanel.js';
import { type HubStatusView, sessionsOf, useHubStatus } from '../room-network/use-hub-status.js';
import { LiveProgress } from './LiveProgress.js';
import { PhaseMatrix } from './PhaseMatrix.js';
import { PrecheckAllButton } from './PrecheckAllButton.js';
import { PrecheckListButton } from './PrecheckListButton.js';

type DashboardProps = { data: MeetingData; hub: HubStatusView; networkOpen: boolean; onCloseNetwork(): void };

function Dashboard({ data, hub, networkOpen, onCloseNetwork }: DashboardProps) {
  const t = useT();
  const localName = useLocalName();
  const { meeting } = data;
  const summary = panelSummary(data);
  const statuses = data.submissions.map((s) => submissionStatus(data, s));
  return (
    <>
      <Card size="small">
        <Row gutter={24} align="middle">
          <Col flex="auto">
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'type', label: t('dashboard.type'), children: t(`reviewType.${meeting.reviewType}`) },
                { key: 'time', label: t('dashboard.startsAt'), children: meetingTime(meeting.startsAt, meeting, 'minute') },
                { key: 'venue', label: t('dashboard.venue'), children: meeting.venue },
                { key: 'organizer', label: t('dashboard.organizer'), children: meeting.organizer },
                { key: 'rubric', label: t('dashboard.rubric'), children: localName(rubricFor(meeting).name) },
              ]}
            />
          </Col>
          <Col>
            <Row gutter={32}>
              <Col>
                <Statistic title={t('dashboard.attendance')} value={summary.present} suffix={`/ ${summary.total}`} />
              </Col>
              <Col>
                <Statistic title={t('dashboard.pledged')} value={summary.pledgedPresent} suffix={`/ ${summary.present}`} />
              </Col>
              <Col>
                <Statistic title={t('dashboard.submissions')} value={data.submissions.length} />
              </Col>
            </Row>
          </Col>
        </Row>
      </Card>
      <Card size="small" title={t('live.title')}>
        <LiveProgress data={data} hub={hub.status} />
      </Card>
      <Card size="small" title={t('dashboard.matrix')} extra={
          <Space>
            <PrecheckAllButton meetingId={meeting.id} names={new Map(data.submissions.map((s) => [s.id, s.standardName]))} />
            <PrecheckListButton meetingId={meeting.id} />
            <ExportAllDocumentsButton meetingId={meeting.id} submissions={data.submissions} />
          </Space>
        }
      >
        <PhaseMatrix meetingId={meeting.id} reviewType={meeting.reviewType} statuses={statuses} materials={data.materials} />
      </Card>
      <Drawer open={networkOpen} onClose={onCloseNetwork} title={t('roomNetwork.title')} size={640}>
        <RoomNetworkPanel data={data} hub={hub} />
      </Drawer>
    </>
  );
}

/** `#/meetings/<id>`: the meeting at a glance, for the secretary and the chair. */
export function MeetingDashboard({ path }: { path: string[] }) {
  const t = useT();
  const meetingId = path[1] ?? '';
  const [networkOpen, setNetworkOpen] = useState(false);
  const hub = useHubStatus(meetingId);
  const serving = hub.status?.running === true && hub.status.meetingId === meetingId;
  const waiting = sessionsOf(hub.status, meetingId).filter((s) => !s.admitted).length;
  return (
    <MeetingScreen
      meetingId={meetingId}
      extra={
        <>
          <Button type="primary" icon={<SafetyCertificateOutlined aria-hidden />} href={hrefFor('meetings', meetingId, 'prepare')}>
            {t('dashboard.prepare')}
          </Button>
          <Badge count={waiting} title={t('roomNetwork.pendingCount', { count: waiting })}>
            <Button icon={<WifiOutlined aria-hidden />} onClick={() => setNetworkOpen(true)}>
              <Badge status={serving ? 'success' : 'default'} />
              {t('roomNetwork.title')}
            </Button>
          </Badge>
          <Button icon={<AuditOutlined aria-hidden />} href={hrefFor('meetings', meetingId, 'audit')}>
            {t('dashboard.audit')}
          </Button>
        </>
      }
    >
      {(data) => <Dashboard data={data} hub={hub} networkOpen={networkOpen} onCloseNetwork={() => setNetworkOpen(false)} />}
    </MeetingScreen>
  );
}
