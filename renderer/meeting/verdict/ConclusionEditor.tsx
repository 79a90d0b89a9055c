import { ReloadOutlined } from '@ant-design/icons';
import { Button, Divider, Input, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { OutcomeResult } from '../../../shared/engine/outcome.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { conclusionDraftFor } from '../../../shared/meeting/conclusion-draft.js';
import { opinionTitleKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { Submission } from '../../../shared/model/submission.js';
import { useT } from '../../state/app-store.js';
import { createDraftSaver, type SaveStatus } from '../scoring/draft-saver.js';
import { SaveIndicator } from '../scoring/SaveIndicator.js';
import { DissentEditor } from './DissentEditor.js';
import { RequirementsEditor } from './RequirementsEditor.js';
import { type ConclusionFields, saveConclusion } from './verdict-actions.js';

type ConclusionEditorProps = {
  ids: { meetingId: string; submissionId: string };
  snapshot: ReviewSnapshot;
  submission: Submission;
  result: OutcomeResult;
  comments: readonly ReviewComment[];
  readOnly: boolean;
};

/**
 * The panel's written opinion, starting from the generated draft in the usual wording, with the
 * revision requirements and dissent; saved as typed, like the score sheet.
 */
export function ConclusionEditor({ ids, snapshot, submission, result, comments, readOnly }: ConclusionEditorProps) {
  const t = useT();
  const verdict = snapshot.verdict;
  const draftOf = (requirementCount: number) =>
    conclusionDraftFor({ rubric: snapshot.rubric, rules: snapshot.rules, submission, result, requirementCount }) ?? '';
  const [fields, setFields] = useState<ConclusionFields>(() => ({
    conclusion: verdict?.conclusion || draftOf(verdict?.revisionRequirements.length ?? 0),
    revisionRequirements: verdict?.revisionRequirements ?? [],
    dissent: verdict?.dissent ?? [],
  }));
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const saver = useMemo(
    () => createDraftSaver<ConclusionFields>({ write: (value) => saveConclusion(ids, value).then(() => undefined), delayMs: 250, onStatus: setStatus }),
    [ids.meetingId, ids.submissionId],
  );
  // The pre-filled draft is stored once, when the editor opens on an empty opinion.
  useEffect(() => {
    if (!readOnly && (verdict === null || verdict.conclusion === '') && fields.conclusion !== '') saver.update(fields);
    return () => void saver.dispose();
  }, [saver]);

  const change = (patch: Partial<ConclusionFields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    saver.update(next);
  };
  const blur = () => void saver.flush();
  const voters = result.voters.map((v) => v.expert);

  return (
    <div className="zz-conclusion">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t(opinionTitleKeys[snapshot.rubric.reviewType])}
        </Typography.Title>
        <Space>
          <SaveIndicator status={status} />
          {!readOnly && (
            <Button size="small" icon={<ReloadOutlined aria-hidden />} disabled={result.outcome === null} onClick={() => change({ conclusion: draftOf(fields.revisionRequirements.filter((r) => r.trim() !== '').length) })}>
              {t('review.conclusion.regenerate')}
            </Button>
          )}
        </Space>
      </Space>
      <Input.TextArea
        aria-label={t(opinionTitleKeys[snapshot.rubric.reviewType])}
        autoSize={{ minRows: 6, maxRows: 14 }}
        style={{ marginTop: 8 }}
        value={fields.conclusion}
        disabled={readOnly}
        onChange={(event) => change({ conclusion: event.target.value })}
        onBlur={blur}
      />
      <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
        {t('review.requirements.title')}
      </Divider>
      <RequirementsEditor
        requirements={fields.revisionRequirements}
        comments={comments}
        readOnly={readOnly}
        onChange={(revisionRequirements) => change({ revisionRequirements })}
        onBlur={blur}
      />
      <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
        {t('review.dissent.title')}
      </Divider>
      <DissentEditor dissent={fields.dissent} voters={voters} readOnly={readOnly} onChange={(dissent) => change({ dissent })} onBlur={blur} />
    </div>
  );
}
