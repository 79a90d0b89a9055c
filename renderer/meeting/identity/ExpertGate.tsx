import { LoadingOutlined, LockOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Result, Select, Space, Typography } from 'antd';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState, type ReactNode } from 'react';
import type { Expert } from '../../../shared/model/expert.js';
import { byPanelOrder } from '../../../shared/meeting/meeting-data.js';
import { useT } from '../../state/app-store.js';
import { database } from '../../state/database.js';
import { hrefFor } from '../../state/route.js';
import { lockActingExpert, pinAttemptsOf, useActingExpert, useIdentityStore } from './acting-expert.js';
import { unlockExpert } from './identity-actions.js';
import { lockoutSecondsLeft, noAttempts } from './pin-attempts.js';

type ExpertGateProps = {
  meetingId: string;
  /** The expert whose screen this is; omitted, the gate asks who is at the keyboard. */
  expertId?: string;
  /** Limits who may be chosen (for example the participants of one submission). */
  candidateIds?: readonly string[];
  /** Off where the gate is one part of a larger screen: focusing the PIN would scroll the rest out of view. */
  autoFocus?: boolean;
  children: ReactNode;
};

/**
 * Seconds of lockout left for one expert, ticking down while it lasts. A new lockout restarts the
 * clock in the same render: a time read when the gate opened would add the time spent typing PINs.
 */
const useLockout = (meetingId: string, expertId: string | undefined): number => {
  const attempts = useIdentityStore((state) => (expertId === undefined ? noAttempts : pinAttemptsOf(state, meetingId, expertId)));
  const [clock, setClock] = useState(() => ({ until: attempts.lockedUntil, now: Date.now() }));
  if (clock.until !== attempts.lockedUntil) setClock({ until: attempts.lockedUntil, now: Date.now() });
  const seconds = lockoutSecondsLeft(attempts, clock.now);
  useEffect(() => {
    if (seconds === 0) return undefined;
    const timer = setInterval(() => setClock((current) => ({ ...current, now: Date.now() })), 1000);
    return () => clearInterval(timer);
  }, [seconds]);
  return seconds;
};

function ActingBar({ expert }: { expert: Expert }) {
  const t = useT();
  return (
    <div className="zz-acting-expert" style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '6px 12px', marginBottom: 12, background: '#f0f5ff', border: '1px solid #adc6ff', borderRadius: 8 }}>
      <Space>
        <UserOutlined aria-hidden />
        <Typography.Text strong>{t('identity.acting', { name: expert.name, role: t(`meeting.role.${expert.role}`) })}</Typography.Text>
      </Space>
      <Button size="small" icon={<SwapOutlined aria-hidden />} onClick={lockActingExpert}>
        {t('identity.switch')}
      </Button>
    </div>
  );
}

/**
 * Shows its children only to the expert whose personal PIN was verified: on a shared laptop the
 * next person cannot open someone else's sheet. The verified expert stays at the keyboard for the
 * session until 「切换专家/锁定」.
 */
export function ExpertGate({ meetingId, expertId, candidateIds, autoFocus = true, children }: ExpertGateProps) {
  const t = useT();
  const acting = useActingExpert();
  const panel = useLiveQuery(async () => {
    const [experts, pledges] = await Promise.all([
      database.experts.where('meetingId').equals(meetingId).toArray(),
      database.pledges.where('meetingId').equals(meetingId).toArray(),
    ]);
    const withPin = new Set(pledges.filter((p) => p.pin !== undefined).map((p) => p.expertId));
    return { experts: experts.sort(byPanelOrder), withPin };
  }, [meetingId]);
  const [chosen, setChosen] = useState<string | undefined>(expertId);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const target = expertId ?? chosen;
  const lockedSeconds = useLockout(meetingId, target);

  if (panel === undefined) return null;
  const allowed = (e: Expert) => candidateIds === undefined || candidateIds.includes(e.id);
  const actingExpert = panel.experts.find((e) => e.id === acting?.expertId);
  if (acting?.meetingId === meetingId && actingExpert !== undefined && (expertId ?? acting.expertId) === acting.expertId && allowed(actingExpert)) {
    return (
      <>
        <ActingBar expert={actingExpert} />
        {children}
      </>
    );
  }

  const candidates = panel.experts.filter((e) => e.present && panel.withPin.has(e.id) && allowed(e));
  const fixed = expertId === undefined ? undefined : panel.experts.find((e) => e.id === expertId);
  const prepareLink = (
    <Button type="primary" href={hrefFor('meetings', meetingId, 'prepare')}>
      {t('identity.goPrepare')}
    </Button>
  );
  if (fixed !== undefined && !panel.withPin.has(fixed.id)) {
    return <Result status="warning" title={t('identity.noPledge', { name: fixed.name })} extra={prepareLink} />;
  }
  if (fixed === undefined && candidates.length === 0) {
    return <Result status="warning" title={t('identity.noCandidates')} extra={prepareLink} />;
  }

  const submit = async () => {
    if (target === undefined) {
      setProblem(t('identity.chooseExpert'));
      return;
    }
    setChecking(true);
    try {
      const result = await unlockExpert(meetingId, target, pin);
      setPin('');
      if (result.ok) setProblem(null);
      else if ('lockedSeconds' in result) setProblem(null);
      else setProblem(t('identity.wrongPin', { left: result.attemptsLeft }));
    } finally {
      setChecking(false);
    }
  };

  return (
    <div style={{ display: 'flex', justifyContent: 'center', paddingTop: 48 }}>
      <Card style={{ width: 440 }} title={<Space><LockOutlined aria-hidden />{t('identity.title')}</Space>}>
        <Typography.Paragraph type="secondary">{t('identity.body')}</Typography.Paragraph>
        <Form layout="vertical" onFinish={() => void submit()}>
          <Form.Item label={t('identity.expert')}>
            {fixed === undefined ? (
              <Select
                aria-label={t('identity.expert')}
                placeholder={t('identity.expert.placeholder')}
                value={chosen}
                onChange={(id: string) => (setChosen(id), setProblem(null))}
                options={candidates.map((e) => ({ value: e.id, label: `${e.name}（${t(`meeting.role.${e.role}`)}，${e.organization}）` }))}
              />
            ) : (
              <Typography.Text strong>{`${fixed.name}（${t(`meeting.role.${fixed.role}`)}，${fixed.organization}）`}</Typography.Text>
            )}
          </Form.Item>
          <Form.Item label={t('identity.pin')} htmlFor="zz-expert-pin">
            <Input.Password
              id="zz-expert-pin"
              autoFocus={autoFocus}
              inputMode="numeric"
              autoComplete="off"
              maxLength={6}
              value={pin}
              disabled={lockedSeconds > 0}
              onChange={(event) => setPin(event.target.value.replace(/\D/g, ''))}
            />
          </Form.Item>
          {lockedSeconds > 0 && <Alert type="error" showIcon title={t('identity.lockedOut', { seconds: lockedSeconds })} style={{ marginBottom: 16 }} />}
          {lockedSeconds === 0 && problem !== null && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          {/* The spinner follows `checking` itself: antd's own loading state was seen to stay on after quick wrong PINs. */}
          <Button
            type="primary"
            htmlType="submit"
            block
            icon={checking ? <LoadingOutlined aria-hidden /> : undefined}
            disabled={checking || lockedSeconds > 0 || pin.length < 4}
          >
            {t('identity.unlock')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
