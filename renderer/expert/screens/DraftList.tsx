import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';
import { hasSubmitted } from '../../../shared/engine/eligibility.js';
import { currentVerdict, type MeetingData } from '../../../shared/meeting/meeting-data.js';
import type { Submission } from '../../../shared/model/submission.js';
import { useT } from '../../state/app-store.js';
import { usePresence } from '../hub/use-presence.js';
import { RefusedActions } from '../sync/SyncStatus.js';

const phaseColor: Record<Submission['phase'], string> = {
  preparation: 'default',
  scoring: 'processing',
  discussion: 'purple',
  vote: 'magenta',
  'sign-off': 'orange',
  finalised: 'success',
  reported: 'success',
};

/** Every draft of the meeting with its live phase and where this expert stands on it. */
export function DraftList({ data, expertId, onOpen }: { data: MeetingData; expertId: string; onOpen(submissionId: string): void }) {
  const t = useT();
  usePresence(null, 'home');
  const standing = (submission: Submission) => {
    const sheet = data.scoreSheets.find((s) => s.submissionId === submission.id && s.expertId === expertId);
    const signed = currentVerdict(data.verdicts, submission.id)?.signatures.some((s) => s.expertId === expertId) ?? false;
    return (
      <Space size={4} wrap>
        {sheet !== undefined && hasSubmitted(sheet) ? (
          <Tag color="green">{t('expert.drafts.submitted', { n: Math.max(sheet.versions.length, 1) })}</Tag>
        ) : (
          <Tag>{t('expert.drafts.notSubmitted')}</Tag>
        )}
        {submission.phase === 'sign-off' && <Tag color={signed ? 'green' : 'orange'}>{t(signed ? 'expert.drafts.signed' : 'expert.drafts.toSign')}</Tag>}
      </Space>
    );
  };
  return (
    <Card title={t('expert.drafts.title')} styles={{ body: { padding: '0 12px' } }}>
      <RefusedActions />
      {data.submissions.length === 0 ? (
        <Empty description={t('expert.drafts.empty')} />
      ) : (
        <List
          dataSource={data.submissions}
          renderItem={(submission) => (
            <List.Item
              key={submission.id}
              onClick={() => onOpen(submission.id)}
              style={{ cursor: 'pointer' }}
              actions={[<RightOutlined key="open" aria-hidden />]}
            >
              <List.Item.Meta
                title={
                  <a href={`#/draft/${encodeURIComponent(submission.id)}`} onClick={(event) => event.preventDefault()}>
                    {submission.standardName}
                  </a>
                }
                description={
                  <Space size={4} wrap>
                    <Tag color={phaseColor[submission.phase]}>{t(`meeting.phase.${submission.phase}`)}</Tag>
                    {standing(submission)}
                    <Typography.Text type="secondary">{submission.leadDrafter}</Typography.Text>
                  </Space>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
