import { App, Button, Divider, Input, Space } from 'antd';
import { useState } from 'react';
import { amendConclusionKeys, amendDoneKeys, opinionTitleKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { Verdict } from '../../../shared/model/verdict.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { RequirementsEditor } from './RequirementsEditor.js';
import { amendReview } from './verdict-actions.js';

/** 正式修订 of a finalised verdict: what changes and why; the result is version n + 1 with its own outbox entry. */
export function AmendForm({ verdict, comments, onDone }: { verdict: Verdict; comments: readonly ReviewComment[]; onDone: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const { error: errorText } = useEngineText();
  const [reason, setReason] = useState('');
  const [conclusion, setConclusion] = useState(verdict.conclusion);
  const [requirements, setRequirements] = useState<string[]>(verdict.revisionRequirements);
  const [busy, setBusy] = useState(false);
  const amend = async () => {
    setBusy(true);
    try {
      const next = await amendReview({ meetingId: verdict.meetingId, submissionId: verdict.submissionId }, { reason, changes: { conclusion, revisionRequirements: requirements } });
      void message.success(t(amendDoneKeys[verdict.reviewType], { n: next.versionNo }));
      onDone();
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Input.TextArea
        aria-label={t('review.amend.reason')}
        placeholder={t('review.amend.reasonHint')}
        autoSize={{ minRows: 2, maxRows: 4 }}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
        {t(opinionTitleKeys[verdict.reviewType])}
      </Divider>
      <Input.TextArea aria-label={t(amendConclusionKeys[verdict.reviewType])} autoSize={{ minRows: 4, maxRows: 10 }} value={conclusion} onChange={(event) => setConclusion(event.target.value)} />
      <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
        {t('review.requirements.title')}
      </Divider>
      <RequirementsEditor requirements={requirements} comments={comments} readOnly={false} onChange={setRequirements} onBlur={() => undefined} />
      <Space style={{ width: '100%', justifyContent: 'flex-end', marginTop: 12 }}>
        <Button type="primary" danger disabled={reason.trim() === ''} loading={busy} onClick={() => void amend()}>
          {t('review.amend.confirm', { n: verdict.versionNo + 1 })}
        </Button>
      </Space>
    </div>
  );
}
