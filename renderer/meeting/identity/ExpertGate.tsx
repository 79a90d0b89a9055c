import { LoadingOutlined, LockOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Result, Select, Space, Typography } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import type { PinState } from '../../../shared/api/calls/identity-calls.js';
import { HostFailure } from '../../../shared/api/result.js';
import type { Expert } from '../../../shared/model/expert.js';
import { callHost } from '../../host/host-client.js';
import { useHostQuery } from '../../host/use-host-query.js';
import { useT } from '../../state/app-store.js';
import { hrefFor } from '../../state/route.js';
import { useMeeting } from '../use-meeting.js';
import { useActingExpert, useActingExpertKnown } from './acting-expert.js';
import { lockActingExpert, unlockExpert } from './identity-actions.js';

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

/** The host's count of one expert's wrong PINs, with the seconds of lockout it said were left. */
type PinAnswer = PinState & { expertId: string };

/**
 * Seconds of lockout left, ticking down on this page's clock from what the host last said. A new
 * count of wrong PINs (`key`) restarts the clock in the same render: a time read when the gate opened
 * would add the time spent typing PINs.
 */
const useLockout = (key: string, lockedSeconds: number): number => {
  const [clock, setClock] = useState(() => ({ key, until: Date.now() + lockedSeconds * 1000, now: Date.now() }));
  if (clock.key !== key) setClock({ key, until: Date.now() + lockedSeconds * 1000, now: Date.now() });
  const seconds = Math.max(0, Math.ceil((clock.until - clock.now) / 1000));
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
      <Button size="small" icon={<SwapOutlined aria-hidden />} onClick={() => void lockActingExpert()}>
        {t('identity.switch')}
      </Button>
    </div>
  );
}

/**
 * Shows its children only to the expert the host holds unlocked here by their personal PIN: on a
 * shared laptop the next person cannot open someone else's sheet. The expert stays until
 * 「切换专家/锁定」 or the idle lock, after which the gate asks for the PIN again.
 */
export function ExpertGate({ meetingId, expertId, candidateIds, autoFocus = true, children }: ExpertGateProps) {
  const t = useT();
  const acting = useActingExpert();
  const known = useActingExpertKnown();
  const data = useMeeting(meetingId);
  const pins = useHostQuery(() => callHost('identity.pinStatus', { meetingId }), [], meetingId);
  const [chosen, setChosen] = useState<string | undefined>(expertId);
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  // The answer to the last wrong PIN, until the host's status catches up with it.
  const [answer, setAnswer] = useState<PinAnswer | null>(null);
  const target = expertId ?? chosen;
  const status = pins?.find((p) => p.expertId === target);
  const pinState = answer !== null && answer.expertId === target && (status === undefined || answer.failures > status.failures) ? answer : status;
  const lockedSeconds = useLockout(`${target ?? ''}/${pinState?.failures ?? 0}`, pinState?.lockedSeconds ?? 0);

  if (!known || data === undefined || pins === undefined) return null;
  const experts = data?.experts ?? [];
  const withPin = new Set(pins.filter((p) => p.hasPin).map((p) => p.expertId));
  const allowed = (e: Expert) => candidateIds === undefined || candidateIds.includes(e.id);
  const actingExpert = experts.find((e) => e.id === acting?.expertId);
  if (acting?.meetingId === meetingId && actingExpert !== undefined && (expertId ?? acting.expertId) === acting.expertId && allowed(actingExpert)) {
    return (
      <>
        <ActingBar expert={actingExpert} />
        {children}
      </>
    );
  }

  const candidates = experts.filter((e) => e.present && withPin.has(e.id) && allowed(e));
  const fixed = expertId === undefined ? undefined : experts.find((e) => e.id === expertId);
  const prepareLink = (
    <Button type="primary" href={hrefFor('meetings', meetingId, 'prepare')}>
      {t('identity.goPrepare')}
    </Button>
  );
  if (fixed !== undefined && !withPin.has(fixed.id)) {
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
      setAnswer(result.unlocked ? null : { ...result, expertId: target });
      setProblem(result.unlocked || result.lockedSeconds > 0 ? null : t('identity.wrongPin', { left: result.attemptsLeft }));
    } catch (error) {
      setPin('');
      // A lockout this page had not heard of yet: the host's words say how long it lasts.
      setProblem(error instanceof HostFailure ? error.message : String(error));
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
                options={candidates.map((e) => ({ value: e.id, label: t('common.aside', { name: e.name, note: [t(`meeting.role.${e.role}`), e.organization].join(t('common.noteJoin')) }) }))}
              />
            ) : (
              <Typography.Text strong>{t('common.aside', { name: fixed.name, note: [t(`meeting.role.${fixed.role}`), fixed.organization].join(t('common.noteJoin')) })}</Typography.Text>
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
