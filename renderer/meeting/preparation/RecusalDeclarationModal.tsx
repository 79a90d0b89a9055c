import { Alert, Button, Form, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { byPanelOrder } from '../../../shared/meeting/meeting-data.js';
import { useT } from '../../state/app-store.js';
import { useActingExpert } from '../identity/acting-expert.js';
import { ExpertGate } from '../identity/ExpertGate.js';
import type { MeetingData } from '../use-meeting.js';
import { useSaveAction } from '../use-save-action.js';
import { declareRecusal } from './recusal-actions.js';

/** The verified expert declares their own conflict; the chair may declare one for any expert present. */
function DeclarationForm({ data, onClose }: { data: MeetingData; onClose(): void }) {
  const t = useT();
  const acting = useActingExpert();
  const declarer = data.experts.find((e) => e.id === acting?.expertId);
  const byChair = declarer?.role === 'chair';
  const [chosenExpert, setChosenExpert] = useState<string | undefined>();
  const [submissionId, setSubmissionId] = useState<string | undefined>();
  const [reason, setReason] = useState('');
  const { saving, problem, setProblem, run } = useSaveAction(onClose);
  if (declarer === undefined) return null;

  const expertId = byChair ? chosenExpert : declarer.id;
  const open = data.submissions.filter((s) => s.phase === 'preparation');
  const experts = data.experts.filter((e) => e.present).sort(byPanelOrder);

  const submit = async () => {
    const expert = data.experts.find((e) => e.id === expertId);
    const submission = open.find((s) => s.id === submissionId);
    if (expert === undefined) return setProblem(t('prepare.recusal.chooseExpert'));
    if (submission === undefined) return setProblem(t('prepare.recusal.chooseSubmission'));
    if (reason.trim() === '') return setProblem(t('prepare.recusal.reasonMissing'));
    await run(
      () => declareRecusal(data.meeting.id, { submissionId: submission.id, expertId: expert.id, reason }),
      t('prepare.recusal.declared', { name: expert.name, submission: submission.standardName }),
    );
  };

  return (
    <Form layout="vertical" onFinish={() => void submit()}>
      <Form.Item label={t('prepare.recusal.declareExpert')} required>
        {byChair ? (
          <Select
            aria-label={t('prepare.recusal.declareExpert')}
            placeholder={t('prepare.recusal.chooseExpert')}
            value={chosenExpert}
            onChange={(id: string) => (setChosenExpert(id), setProblem(null))}
            options={experts.map((e) => ({ value: e.id, label: t('common.aside', { name: e.name, note: e.organization }) }))}
          />
        ) : (
          <Typography.Text strong>{t('common.aside', { name: declarer.name, note: declarer.organization })}</Typography.Text>
        )}
      </Form.Item>
      <Form.Item label={t('prepare.recusal.declareSubmission')} required>
        <Select
          aria-label={t('prepare.recusal.declareSubmission')}
          placeholder={t('prepare.recusal.chooseSubmission')}
          value={submissionId}
          onChange={(id: string) => (setSubmissionId(id), setProblem(null))}
          options={open.map((s) => ({ value: s.id, label: t('common.titled', { name: s.standardName }) }))}
        />
      </Form.Item>
      <Form.Item label={t('prepare.recusal.declareReason')} htmlFor="zz-recusal-declaration" required extra={t(byChair ? 'prepare.recusal.declareByChair' : 'prepare.recusal.declareByExpert')}>
        <Input.TextArea
          id="zz-recusal-declaration"
          rows={3}
          maxLength={500}
          value={reason}
          placeholder={t('prepare.recusal.declareReasonPlaceholder')}
          onChange={(e) => (setReason(e.target.value), setProblem(null))}
        />
      </Form.Item>
      {problem !== null && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
      <Space style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={saving}>
          {t('prepare.recusal.declareSubmit')}
        </Button>
      </Space>
    </Form>
  );
}

/** 「申明利益冲突」: whoever is at the keyboard verifies their PIN first, then declares. */
export function RecusalDeclarationModal({ data, onClose }: { data: MeetingData; onClose(): void }) {
  const t = useT();
  return (
    <Modal open title={t('prepare.recusal.declareTitle')} footer={null} onCancel={onClose} width={640} destroyOnHidden>
      <ExpertGate meetingId={data.meeting.id}>
        <DeclarationForm data={data} onClose={onClose} />
      </ExpertGate>
    </Modal>
  );
}
