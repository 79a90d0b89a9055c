import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { checkTransition, nextPhase, type TransitionCheck } from '../../../shared/engine/lifecycle.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { advanceDiscussionKeys } from '../../../shared/i18n/review-kind-keys.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { advancePhase } from '../phase-actions.js';
import { BlockedReasons } from './BlockedReasons.js';

type PhaseAdvanceProps = {
  meetingId: string;
  snapshot: ReviewSnapshot;
  /** The host's answer for entering the next phase, decided on sheets this screen may see only sealed. */
  hostCheck: TransitionCheck | undefined;
  to: 'discussion' | 'vote' | 'sign-off';
};

/**
 * The button that moves the review on, shown only in the phase before `to`; when the engine's guards
 * refuse, it is disabled and every reason is listed beneath it.
 */
export function PhaseAdvance({ meetingId, snapshot, to, hostCheck }: PhaseAdvanceProps) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { error: errorText } = useEngineText();
  if (nextPhase(snapshot.phase) !== to) return null;
  const check = hostCheck ?? checkTransition(snapshot, to);
  const go = async () => {
    setBusy(true);
    try {
      await advancePhase(meetingId, snapshot.submissionId, to);
      void message.success(t('review.advanced', { phase: t(`meeting.phase.${to}`) }));
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" disabled={!check.allowed} loading={busy} onClick={() => void go()}>
        {t(to === 'discussion' ? advanceDiscussionKeys[snapshot.rubric.reviewType] : `review.advance.${to}`)}
      </Button>
      {!check.allowed && <BlockedReasons messages={check.messages} />}
    </Space>
  );
}
