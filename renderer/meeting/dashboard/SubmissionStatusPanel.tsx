import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Divider, Space, Typography } from 'antd';
import { advanceDiscussionKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { MessageKey } from '../../../shared/i18n/zh-cn.js';
import type { SubmissionStatus } from '../../../shared/meeting/submission-status.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import type { ReviewType } from '../../../shared/model/review-type.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';

const joinNames = (names: readonly { name: string }[], none: string, separator: string) => (names.length === 0 ? none : names.map((e) => e.name).join(separator));

/** Where the step into each phase is taken: the page (as the dashboard's buttons name it) and the button on it. 已上报 follows the bureau's receipt by itself. */
const stepPlaces: Partial<Readonly<Record<ReviewPhase, { page: MessageKey; button: MessageKey | Readonly<Record<ReviewType, MessageKey>> }>>> = {
  scoring: { page: 'dashboard.prepare', button: 'prepare.start.button' },
  discussion: { page: 'dashboard.open.discuss', button: advanceDiscussionKeys },
  vote: { page: 'dashboard.open.discuss', button: 'review.advance.vote' },
  'sign-off': { page: 'dashboard.open.vote', button: 'review.advance.sign-off' },
  finalised: { page: 'dashboard.open.signoff', button: 'review.finalise.open' },
};

/** Under each submission of the matrix: who has submitted (names only), who is recused, and what holds up the next step or where to take it. */
export function SubmissionStatusPanel({ status, reviewType }: { status: SubmissionStatus; reviewType: ReviewType }) {
  const t = useT();
  const { say, reasonOf } = useEngineText();
  const { progress, next, nextCheck, recused } = status;
  const none = t('dashboard.nobody');
  const place = next === null ? undefined : stepPlaces[next];
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%', paddingInlineStart: 8 }}>
      {next === null || nextCheck === null ? (
        <Typography.Text type="secondary">{t('dashboard.lastPhase')}</Typography.Text>
      ) : nextCheck.allowed ? (
        <Typography.Text type="success">
          <CheckCircleOutlined aria-hidden />{' '}
          {place === undefined
            ? t('dashboard.readyByItself', { phase: t(`meeting.phase.${next}`) })
            : t('dashboard.ready', { phase: t(`meeting.phase.${next}`), page: t(place.page), button: t(typeof place.button === 'string' ? place.button : place.button[reviewType]) })}
        </Typography.Text>
      ) : (
        <div>
          <Typography.Text type="warning">
            <StopOutlined aria-hidden /> {t('dashboard.next', { phase: t(`meeting.phase.${next}`) })}
          </Typography.Text>
          <ul className="zz-blockers" style={{ margin: '2px 0 0', paddingInlineStart: 22 }}>
            {nextCheck.messages.map(say).map((reason) => (
              <li key={reason}>
                <Typography.Text>{reason}</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {progress.visible ? (
        <Space separator={<Divider orientation="vertical" />} wrap size={4}>
          <Typography.Text>{t('dashboard.submitted', { names: joinNames(progress.submitted, none, t('common.listJoin')) })}</Typography.Text>
          <Typography.Text>{t('dashboard.pending', { names: joinNames(progress.pending, none, t('common.listJoin')) })}</Typography.Text>
        </Space>
      ) : (
        <Typography.Text type="secondary">{reasonOf(progress)}</Typography.Text>
      )}
      {recused.length > 0 && <Typography.Text type="secondary">{t('dashboard.recused', { names: joinNames(recused, none, t('common.listJoin')) })}</Typography.Text>}
    </Space>
  );
}
