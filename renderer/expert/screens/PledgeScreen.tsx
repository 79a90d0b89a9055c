import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import type { Expert } from '../../../shared/model/expert.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import { pinProblemMessage } from '../../../shared/meeting/pin-rules.js';
import { SignaturePad } from '../../meeting/signature/SignaturePad.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { useExpertSession } from '../hub/expert-session.js';
import { usePresence } from '../hub/use-presence.js';
import { HostFailure } from '../../../shared/api/result.js';
import { sendHostCall } from '../../host/host-client.js';
import { newOperationId } from '../queue/operation-id.js';
import { sendPledge } from '../queue/pledge-send.js';
import { failWhenSessionLost } from '../sync/expert-outbox.js';
import { PledgeWording } from '../../meeting/preparation/PledgeWording.js';

const digitsOnly = (value: string) => value.replace(/\D/g, '').slice(0, 6);

/**
 * The pledge, read and signed with a finger; signing sets the PIN this expert joins with from now on
 * (the one typed at the join, confirmed here). Sent directly, not kept on the device (it carries the
 * PIN): one operation id for every attempt, and after a dropped connection the PIN is typed again.
 */
export function PledgeScreen({ meetingId, expert, rubric }: { meetingId: string; expert: Expert; rubric: Rubric }) {
  const t = useT();
  const { say, error: errorText } = useEngineText();
  const joinPin = useExpertSession((state) => state.joinPin);
  usePresence(null, 'pledge');
  const [signature, setSignature] = useState<string | null>(null);
  const [pin, setPin] = useState(joinPin ?? '');
  const [pinAgain, setPinAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [opId] = useState(() => newOperationId());
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    const pinProblem = pinProblemMessage(pin);
    const issue =
      signature === null ? t('prepare.pledge.needSignature') : pinProblem !== null ? say(pinProblem) : pin === pinAgain ? null : t('prepare.pledge.pinMismatch');
    setProblem(issue);
    if (issue !== null || signature === null) return;
    setBusy(true);
    try {
      await sendPledge(sendHostCall, { meetingId, expertId: expert.id, signatureImage: signature, pin }, opId);
    } catch (error) {
      if (error instanceof HostFailure && error.code === 'unreachable') {
        setPin('');
        setPinAgain('');
        setProblem(t('expert.pledge.connectionLost'));
        return;
      }
      failWhenSessionLost(error);
      setProblem(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('expert.pledge.title')} style={{ maxWidth: 760, margin: '0 auto' }}>
      <PledgeWording expert={expert} rubric={rubric} maxHeight={'34vh'} />
      <SignaturePad height={160} onChange={(png) => (setSignature(png), setProblem(null))} />
      <Form layout="vertical" style={{ marginTop: 8 }} onFinish={() => void submit()}>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0 16px' }}>
          <Form.Item label={t('expert.pledge.pin')} htmlFor="zz-pledge-pin" extra={t('prepare.pledge.pinHelp')} style={{ flex: '1 1 200px', marginBottom: 8 }}>
            <Input.Password id="zz-pledge-pin" size="large" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(digitsOnly(e.target.value))} />
          </Form.Item>
          <Form.Item label={t('expert.pledge.pinAgain')} htmlFor="zz-pledge-pin-again" style={{ flex: '1 1 200px', marginBottom: 8 }}>
            <Input.Password id="zz-pledge-pin-again" size="large" inputMode="numeric" autoComplete="new-password" value={pinAgain} onChange={(e) => setPinAgain(digitsOnly(e.target.value))} />
          </Form.Item>
        </div>
        {problem !== null && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
        <Button type="primary" size="large" htmlType="submit" block loading={busy}>
          {t('expert.pledge.submit')}
        </Button>
      </Form>
    </Card>
  );
}
