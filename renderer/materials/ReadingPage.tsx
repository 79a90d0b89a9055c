import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useMeeting } from '../meeting/use-meeting.js';
import { useT } from '../state/app-store.js';
import { navigate } from '../state/route.js';
import { SubmissionMaterials } from './SubmissionMaterials.js';

/** The app frame's header (64) and the content's padding (2 × 24) around this page. */
const frameChrome = 112;

/** `#/meetings/<meetingId>/read/<submissionId>/<materialId>`: one submission's materials on the whole screen. */
export function ReadingPage({ path }: { path: string[] }) {
  const t = useT();
  const [, meetingId = '', , submissionId = '', materialId] = path;
  const data = useMeeting(meetingId);
  const submission = data?.submissions.find((s) => s.id === submissionId);
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, height: `calc(100vh - ${frameChrome}px)`, minHeight: 480 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12, minWidth: 0 }}>
        <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={() => navigate('meetings', meetingId)}>
          {t('reader.route.back')}
        </Button>
        {submission && (
          <Typography.Title level={5} style={{ margin: 0, minWidth: 0 }} ellipsis={{ tooltip: true }}>
            {submission.standardName}
            {submission.proposedCode !== '' && <Typography.Text type="secondary">{t('common.parenthesised', { text: submission.proposedCode })}</Typography.Text>}
          </Typography.Title>
        )}
      </div>
      <div style={{ flex: 1, minHeight: 0 }}>
        {data !== undefined && (
          <SubmissionMaterials
            materials={data?.materials ?? []}
            submissionId={submissionId}
            materialId={materialId}
            onSelect={(id) => navigate('meetings', meetingId, 'read', submissionId, id)}
          />
        )}
      </div>
    </div>
  );
}
