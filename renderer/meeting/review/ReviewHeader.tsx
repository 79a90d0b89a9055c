import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Segmented, Space, Tag, Typography } from 'antd';
import type { Meeting } from '../../../shared/model/meeting.js';
import type { Submission } from '../../../shared/model/submission.js';
import { useT } from '../../state/app-store.js';
import { hrefFor, navigate } from '../../state/route.js';

export type ReviewScreen = 'score' | 'discuss' | 'vote' | 'signoff';

const screens: readonly ReviewScreen[] = ['score', 'discuss', 'vote', 'signoff'];

/** The bar above each review screen: the submission, its phase, and the way between the four screens. */
export function ReviewHeader({ meeting, submission, active }: { meeting: Meeting; submission: Submission; active: ReviewScreen }) {
  const t = useT();
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, marginBottom: 12, flexWrap: 'wrap' }}>
      <Button icon={<ArrowLeftOutlined aria-hidden />} href={hrefFor('meetings', meeting.id)} aria-label={t('meeting.backToDashboard')} />
      <Space size={8} style={{ flex: '1 1 320px', minWidth: 0 }}>
        <Typography.Title level={5} style={{ margin: 0 }} ellipsis={{ tooltip: true }}>
          {t('common.titled', { name: submission.standardName })}
        </Typography.Title>
        {submission.proposedCode !== '' && <Typography.Text type="secondary">{submission.proposedCode}</Typography.Text>}
        <Tag color="blue">{t(`reviewType.${meeting.reviewType}`)}</Tag>
        <Tag color="gold">{t('review.phaseNow', { phase: t(`meeting.phase.${submission.phase}`) })}</Tag>
      </Space>
      <Segmented<ReviewScreen>
        value={active}
        onChange={(screen) => navigate('meetings', meeting.id, screen, submission.id)}
        options={screens.map((screen) => ({ value: screen, label: t(`review.screen.${screen}`) }))}
      />
    </div>
  );
}
