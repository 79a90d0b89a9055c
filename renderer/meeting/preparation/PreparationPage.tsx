import { Card, Space, Typography } from 'antd';
import { panelSummary } from '../../../shared/meeting/submission-status.js';
import { useT } from '../../state/app-store.js';
import { MeetingScreen } from '../MeetingScreen.js';
import { AttendanceTable } from './AttendanceTable.js';
import { RecusalPanel } from './RecusalPanel.js';
import { StartScoringPanel } from './StartScoringPanel.js';

function Help({ text }: { text: string }) {
  return (
    <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
      {text}
    </Typography.Paragraph>
  );
}

/** `#/meetings/<id>/prepare`: check-in, pledges with PIN, recusals, then the start of independent scoring. */
export function PreparationPage({ path }: { path: string[] }) {
  const t = useT();
  const meetingId = path[1] ?? '';
  return (
    <MeetingScreen meetingId={meetingId} title={t('prepare.title')}>
      {(data) => {
        const summary = panelSummary(data);
        return (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Card
              size="small"
              title={t('common.section.1', { title: `${t('prepare.attendance.title')} · ${t('prepare.pledge.title')}` })}
              extra={<Typography.Text>{t('prepare.attendance.count', { present: summary.present, total: summary.total })}</Typography.Text>}
            >
              <Help text={`${t('prepare.attendance.help')}${t('prepare.pledge.help')}`} />
              <AttendanceTable data={data} />
            </Card>
            <Card size="small" title={t('common.section.2', { title: t('prepare.recusal.title') })}>
              <Help text={t('prepare.recusal.help')} />
              <RecusalPanel data={data} />
            </Card>
            <Card size="small" title={t('common.section.3', { title: t('prepare.start.title') })}>
              <Help text={t('prepare.start.help')} />
              <StartScoringPanel data={data} />
            </Card>
          </Space>
        );
      }}
    </MeetingScreen>
  );
}
