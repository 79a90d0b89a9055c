import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { submissionStatus } from '../../../shared/meeting/submission-status.js';
import type { Submission } from '../../../shared/model/submission.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { advancePhase } from '../phase-actions.js';
import type { MeetingData } from '../use-meeting.js';

/** Per submission: start independent scoring, or the engine's reasons why not yet. */
export function StartScoringPanel({ data }: { data: MeetingData }) {
  const t = useT();
  const { message } = App.useApp();
  const { sayAll, error: errorText } = useEngineText();
  const [busy, setBusy] = useState<string | null>(null);

  const start = async (submission: Submission) => {
    setBusy(submission.id);
    try {
      await advancePhase(data.meeting.id, submission.id, 'scoring');
      message.success(t('prepare.start.saved', { submission: submission.standardName }));
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div>
      {data.submissions.map((s) => submissionStatus(data, s)).map(({ submission, nextCheck }) => {
        const waiting = submission.phase === 'preparation';
        const allowed = waiting && nextCheck?.allowed === true;
        return (
          <div key={submission.id} style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 16, padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
            <Space orientation="vertical" size={2} style={{ minWidth: 0 }}>
              <Typography.Text strong>{t('common.titled', { name: submission.standardName })}</Typography.Text>
              {waiting && allowed && <Typography.Text type="success">{t('prepare.start.ready')}</Typography.Text>}
              {waiting && nextCheck !== null && !nextCheck.allowed && (
                <Typography.Text type="warning">
                  {t('prepare.start.blocked')}
                  {sayAll(nextCheck.messages)}
                </Typography.Text>
              )}
            </Space>
            {waiting ? (
              <Button
                type="primary"
                icon={<PlayCircleOutlined aria-hidden />}
                disabled={!allowed}
                loading={busy === submission.id}
                aria-label={t('common.labelled', { label: t('prepare.start.button'), value: submission.standardName })}
                onClick={() => void start(submission)}
              >
                {t('prepare.start.button')}
              </Button>
            ) : (
              <Tag color="processing">{t('prepare.start.started', { phase: t(`meeting.phase.${submission.phase}`) })}</Tag>
            )}
          </div>
        );
      })}
    </div>
  );
}
