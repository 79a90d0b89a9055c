import { Alert, Col, Form, Input, Modal, Row } from 'antd';
import { useState } from 'react';
import type { Expert } from '../../../shared/model/expert.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import { pinProblemMessage } from '../../../shared/meeting/pin-rules.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { SignaturePad } from '../signature/SignaturePad.js';
import { useSaveAction } from '../use-save-action.js';
import { signPledge } from './preparation-actions.js';
import { PledgeWording } from './PledgeWording.js';

const digitsOnly = (value: string) => value.replace(/\D/g, '').slice(0, 6);

/**
 * One expert reads the pledge, signs it by hand and sets the PIN that guards their score sheet.
 * Signing again asks for the old PIN; left empty, the host accepts the chair's authority instead
 * (the chair unlocked here, before scoring starts) or says why not.
 */
export function PledgeModal({
  meetingId,
  expert,
  rubric,
  resigning,
  onClose,
}: {
  meetingId: string;
  expert: Expert;
  rubric: Rubric;
  resigning: boolean;
  onClose(): void;
}) {
  const t = useT();
  const { say } = useEngineText();
  const [signature, setSignature] = useState<string | null>(null);
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const [oldPin, setOldPin] = useState('');
  const { saving, problem, setProblem, run } = useSaveAction(onClose);

  const submit = async () => {
    const pinProblem = pinProblemMessage(pin);
    const issue =
      signature === null
        ? t('prepare.pledge.needSignature')
        : oldPin !== '' && pinProblemMessage(oldPin) !== null
          ? t('prepare.pledge.oldPinInvalid')
          : pinProblem !== null
            ? say(pinProblem)
            : pin === pinAgain
              ? null
              : t('prepare.pledge.pinMismatch');
    setProblem(issue);
    if (issue !== null || signature === null) return;
    await run(() => signPledge(meetingId, expert.id, signature, pin, oldPin === '' ? undefined : oldPin), t('prepare.pledge.saved', { name: expert.name }));
  };

  return (
    <Modal
      open
      width={780}
      style={{ top: 16 }}
      title={t('prepare.pledge.modalTitle', { name: expert.name })}
      okText={t('prepare.pledge.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
    >
      <PledgeWording expert={expert} rubric={rubric} maxHeight={210} />
      <SignaturePad height={140} onChange={(png) => (setSignature(png), setProblem(null))} />
      <Form layout="vertical" style={{ marginTop: 8 }} onFinish={() => void submit()}>
        <Row gutter={16}>
          {resigning && (
            <Col span={8}>
              <Form.Item label={t('prepare.pledge.oldPin')} htmlFor="zz-pledge-old-pin" extra={t('prepare.pledge.oldPinHelp')} style={{ marginBottom: 8 }}>
                <Input.Password id="zz-pledge-old-pin" inputMode="numeric" autoComplete="off" value={oldPin} onChange={(e) => (setOldPin(digitsOnly(e.target.value)), setProblem(null))} />
              </Form.Item>
            </Col>
          )}
          <Col span={resigning ? 8 : 12}>
            <Form.Item label={t('prepare.pledge.pin')} htmlFor="zz-pledge-pin" extra={t('prepare.pledge.pinHelp')} style={{ marginBottom: 8 }}>
              <Input.Password id="zz-pledge-pin" inputMode="numeric" autoComplete="new-password" value={pin} onChange={(e) => setPin(digitsOnly(e.target.value))} />
            </Form.Item>
          </Col>
          <Col span={resigning ? 8 : 12}>
            <Form.Item label={t('prepare.pledge.pinAgain')} htmlFor="zz-pledge-pin-again" style={{ marginBottom: 8 }}>
              <Input.Password id="zz-pledge-pin-again" inputMode="numeric" autoComplete="new-password" value={pinAgain} onChange={(e) => setPinAgain(digitsOnly(e.target.value))} />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden />
      </Form>
      {problem !== null && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
