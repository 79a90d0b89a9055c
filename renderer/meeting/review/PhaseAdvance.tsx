import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { checkTransition, nextPhase } from '../../../shared/engine/lifecycle.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { useT } from '../../state/app-store.js';
import { useActingExpert } from '../identity/acting-expert.js';
import { advancePhase } from '../phase-actions.js';
import { BlockedReasons } from './BlockedReasons.js';

type PhaseAdvanceProps = {
  meetingId: string;
  snapshot: ReviewSnapshot;
  to: 'discussion' | 'vote' | 'sign-off';
};

/**
 * The button that moves the review on, shown only in the phase before `to`; when the engine's guards
 * refuse, it is disabled and every reason is listed beneath it.
 */
export function PhaseAdvance({ meetingId, snapshot, to }: PhaseAdvanceProps) {
  const t = useT();
  const { message } = App.useApp();
  const acting = useActingExpert();
  const [busy, setBusy] = useState(false);
  if (nextPhase(snapshot.phase) !== to) return null;
  const check = checkTransition(snapshot, to);
  const actor = acting?.meetingId === meetingId ? acting.expertId : 'secretary';
  const go = async () => {
    setBusy(true);
    try {
      await advancePhase(meetingId, snapshot.submissionId, to, actor);
      void message.success(t('review.advanced', { phase: t(`meeting.phase.${to}`) }));
    } catch (error) {
      void message.error((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Button type="primary" disabled={!check.allowed} loading={busy} onClick={() => void go()}>
        {t(`review.advance.${to}`)}
      </Button>
      {!check.allowed && <BlockedReasons reasons={check.reasons} />}
    </Space>
  );
}
