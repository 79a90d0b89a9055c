import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { detectedReasonMessage } from '../../../shared/meeting/recusal-reason.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { Recusal } from '../../../shared/model/recusal.js';
import type { Submission } from '../../../shared/model/submission.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { useSaveAction } from '../use-save-action.js';
import { decideRecusal } from './recusal-actions.js';

export type PendingDecision = { recusal: Recusal; expert: Expert; submission: Submission; status: 'confirmed' | 'dismissed' };

/** The chair's confirmation or dismissal of one flag, with the reason the minutes will quote. */
export function RecusalDecisionModal({ meetingId, pending, onClose }: { meetingId: string; pending: PendingDecision; onClose(): void }) {
  const t = useT();
  const { say } = useEngineText();
  const [note, setNote] = useState('');
  const { saving, problem, setProblem, run } = useSaveAction(onClose);
  const detected = detectedReasonMessage({ experts: [pending.expert], submissions: [pending.submission] }, pending.recusal);
  const action = pending.status === 'confirmed' ? t('prepare.recusal.confirm') : t('prepare.recusal.dismiss');

  const submit = async () => {
    if (note.trim() === '') {
      setProblem(t('prepare.recusal.reasonRequired'));
      return;
    }
    await run(
      () => decideRecusal(meetingId, { submissionId: pending.submission.id, expertId: pending.expert.id, status: pending.status, note }),
      t('prepare.recusal.saved'),
    );
  };

  return (
    <Modal
      open
      title={t('prepare.recusal.decideTitle', { action, expert: pending.expert.name, submission: pending.submission.standardName })}
      okText={action}
      okButtonProps={{ danger: pending.status === 'confirmed' }}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{detected === null ? pending.recusal.reason : say(detected)}</Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label={t('prepare.recusal.reason')} htmlFor="zz-recusal-note" required>
          <Input.TextArea
            id="zz-recusal-note"
            autoFocus
            rows={3}
            value={note}
            placeholder={t(`prepare.recusal.reasonPlaceholder.${pending.status}`)}
            onChange={(e) => (setNote(e.target.value), setProblem(null))}
          />
        </Form.Item>
      </Form>
      {problem !== null && <Alert type="error" showIcon title={problem} />}
    </Modal>
  );
}
