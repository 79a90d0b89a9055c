import { Alert, App, Button, Divider, Input, Radio, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { recommendationsByType } from '../../../shared/engine/recommendation-sets.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { rubricMaxTotal, sheetTotal } from '../../../shared/engine/sheet-total.js';
import type { SheetIssue } from '../../../shared/engine/validate-sheet.js';
import { validateSheet } from '../../../shared/engine/validate-sheet.js';
import { commentIssues, contentOfVersion } from '../../../shared/meeting/sheet-content.js';
import { submissionIssues } from '../../../shared/meeting/sheet-submission.js';
import { sheetFinalKeys, sheetPreliminaryKeys, submitDoneKeys, submitFirstKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { MessageKey } from '../../../shared/i18n/zh-cn.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { StoredFinding } from '../../../shared/model/compliance-report.js';
import { commentFromFinding } from '../../../shared/meeting/finding-comment.js';
import { newOperationId } from '../../expert/queue/operation-id.js';
import type { ReviewPhase } from '../../../shared/model/phase.js';
import type { ReviewType } from '../../../shared/model/review-type.js';
import type { ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { useLocalName } from '../../shell/local-name.js';
import { ClauseComments } from './ClauseComments.js';
import { ComplianceFindings } from './ComplianceFindings.js';
import { CriterionGrid } from './CriterionGrid.js';
import { createDraftSaver, type SaveStatus } from './draft-saver.js';
import { SaveIndicator } from './SaveIndicator.js';
import { type SheetActions, type SheetDraft, type SheetKey, hostSheetActions, rejectedIssues } from './sheet-actions.js';
import { isComplete, storableComments } from './storable-comments.js';
import { SubmitSheetModal } from './SubmitSheetModal.js';

type ScoreSheetEditorProps = {
  sheetKey: SheetKey;
  snapshot: ReviewSnapshot;
  /** `read` once submitted during blind scoring and after sign-off; `edit` otherwise. */
  mode: 'read' | 'edit';
  pickedClause: string | null;
  /** Where the sheet is read and written; the workstation's host calls unless given. */
  actions?: SheetActions;
  /** The expert app: changes are kept on the device but the hub has not acknowledged them yet. */
  unsynced?: boolean;
};

/** Saved within this long of the last keystroke, and at once when a field loses focus. */
const saveDelayMs = 250;

/** Why the sheet cannot be changed now: during blind scoring it opens again in 合议; from 签署 on it never does. */
const readOnlyNotice = (phase: ReviewPhase, kind: ReviewType): MessageKey =>
  phase === 'scoring' ? 'review.sheet.readOnly' : phase === 'sign-off' ? 'review.sheet.readOnlySignOff' : sheetFinalKeys[kind];

/**
 * One expert's score sheet. The working draft lives in the host: every change is sent within 250 ms
 * (and on blur), and 「已保存」 shows only once the host has committed it. A comment still being
 * written stays on screen and is stored once complete. Submitting makes the next version.
 */
export function ScoreSheetEditor({ sheetKey, snapshot, mode, pickedClause, actions = hostSheetActions, unsynced = false }: ScoreSheetEditorProps) {
  const t = useT();
  const localName = useLocalName();
  const { message } = App.useApp();
  const { issue: issueText, error: errorText } = useEngineText();
  const { rubric, rules } = snapshot;
  const [draft, setDraft] = useState<SheetDraft | null>(null);
  const [loadError, setLoadError] = useState<{ error: unknown } | null>(null);
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  /** After a refused submission, the engine's issues follow every change; the refusal's own stay until the next change. */
  const [attempted, setAttempted] = useState(false);
  const [rejected, setRejected] = useState<SheetIssue[]>([]);
  const [reason, setReason] = useState('');
  const [submitting, setSubmitting] = useState(false);
  /** The draft passed the checks and the expert is signing it. */
  const [signing, setSigning] = useState(false);
  // The live snapshot re-renders this often; the saver and the loaded draft belong to the sheet, not to a render.
  const { meetingId, submissionId, expertId } = sheetKey;
  /** Each comment as the host last stored it, by id. */
  const storedComments = useRef(new Map<string, ReviewComment>());
  const saver = useMemo(
    () =>
      createDraftSaver<SheetDraft>({
        write: async (value) => {
          const comments = storableComments(value.comments, storedComments.current);
          await actions.saveDraft({ meetingId, submissionId, expertId }, { content: value.content, comments });
          storedComments.current = new Map(comments.map((c) => [c.id, c]));
        },
        delayMs: saveDelayMs,
        onStatus: setStatus,
      }),
    [meetingId, submissionId, expertId, actions],
  );

  useEffect(() => {
    let live = true;
    actions.open({ meetingId, submissionId, expertId }).then(
      ({ sheet, comments }) => {
        storedComments.current = new Map(comments.map((c) => [c.id, c]));
        if (live) setDraft({ content: sheet.draft, comments });
      },
      (error: unknown) => {
        if (live) setLoadError({ error });
      },
    );
    const flush = () => void saver.flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      live = false;
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      void saver.dispose();
    };
  }, [saver, meetingId, submissionId, expertId, actions]);

  const sheet = snapshot.sheets.find((s) => s.expertId === sheetKey.expertId);
  const versions = sheet?.versions ?? [];
  const last = versions.at(-1);
  if (loadError !== null) return <Alert type="error" showIcon title={errorText(loadError.error)} />;
  if (draft === null) return null;

  const readOnly = mode === 'read';
  const content: ScoreSheetContent = readOnly && last !== undefined ? contentOfVersion(last) : draft.content;
  const live = attempted && !readOnly ? [...validateSheet(rubric, rules, draft.content), ...commentIssues(draft.comments)] : [];
  const issueMap = new Map([...rejected, ...live].map((i) => [i.field, issueText(i)]));
  const issues = [...issueMap.entries()].map(([field, message]) => ({ field, message }));
  const change = (next: Partial<SheetDraft>) => {
    const value = { ...draft, ...next };
    setDraft(value);
    setRejected([]);
    saver.update(value);
  };
  const changeContent = (patch: Partial<ScoreSheetContent>) => change({ content: { ...draft.content, ...patch } });
  const blur = () => void saver.flush();
  // A finding becomes an ordinary clause comment, saved and checked like any other; the score stays the expert's.
  const toComment = (finding: StoredFinding) => {
    const now = new Date().toISOString();
    const comment: ReviewComment = { id: newOperationId(), ...sheetKey, ...commentFromFinding(finding), resolution: null, resolutionNote: '', createdAt: now, updatedAt: now };
    change({ comments: [...draft.comments, comment] });
    void message.success(t('precheck.converted', { n: draft.comments.length + 1 }));
  };
  const besides = new Map([['compliance', <ComplianceFindings key="precheck" sheet={sheetKey} readOnly={readOnly} onToComment={toComment} />]]);
  const total = sheetTotal(rubric, content.scores).points;
  const maxTotal = rubricMaxTotal(rubric);

  // Checked before the signature is asked for, so nobody signs a sheet that cannot go out.
  const askToSign = () => {
    const found = submissionIssues({ rubric, rules, draft: draft.content, comments: draft.comments, last, reason });
    setAttempted(found.length > 0);
    setRejected(found);
    setSigning(found.length === 0);
  };

  const submit = async (signatureImage: string) => {
    setSubmitting(true);
    try {
      await saver.flush();
      const versionNo = await actions.submit(sheetKey, reason, signatureImage);
      setAttempted(false);
      setRejected([]);
      setReason('');
      void message.success(t(versionNo === 1 ? submitDoneKeys[rubric.reviewType] : 'review.submit.revised', { n: versionNo }));
    } catch (error) {
      const issues = rejectedIssues(error);
      if (issues !== null) {
        setAttempted(true);
        setRejected(issues);
      } else void message.error(errorText(error));
    } finally {
      setSubmitting(false);
      setSigning(false);
    }
  };

  return (
    <div className="zz-score-sheet" style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <div style={{ flex: 1, overflow: 'auto', paddingInlineEnd: 8 }}>
        <Space wrap style={{ marginBottom: 4 }}>
          <Typography.Text strong>{localName(rubric.name)}</Typography.Text>
          {last === undefined ? (
            <Tag>{t('review.sheet.unsubmitted')}</Tag>
          ) : (
            <Tag color="green">{t(versions.length === 1 ? sheetPreliminaryKeys[rubric.reviewType] : 'review.sheet.revised', { n: versions.length })}</Tag>
          )}
          <Typography.Text type="secondary">{t('review.sheet.total', { total, max: maxTotal })}</Typography.Text>
        </Space>
        {readOnly && <Alert type="info" showIcon title={t(readOnlyNotice(snapshot.phase, rubric.reviewType))} style={{ marginBottom: 8 }} />}
        <CriterionGrid
          criteria={rubric.criteria}
          rules={rules}
          scores={content.scores}
          veto={content.veto}
          readOnly={readOnly}
          issues={issueMap}
          onEntry={(next) => changeContent({ scores: draft.content.scores.map((s) => (s.criterionId === next.criterionId ? next : s)) })}
          onVeto={(veto) => changeContent({ veto, recommendation: veto === null ? draft.content.recommendation : rubric.vetoOutcome })}
          onBlur={blur}
          besides={besides}
        />
        <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
          {t('review.comments.title')}
        </Divider>
        <ClauseComments
          sheet={sheetKey}
          comments={draft.comments}
          pickedClause={pickedClause}
          readOnly={readOnly}
          issues={issueMap}
          onChange={(comments: ReviewComment[]) => change({ comments })}
          onBlur={blur}
        />
        <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
          {t('review.recommendation.title')}
        </Divider>
        <Radio.Group
          aria-label={t('review.recommendation.title')}
          value={content.recommendation}
          disabled={readOnly}
          onChange={(event) => changeContent({ recommendation: event.target.value })}
          options={recommendationsByType[rubric.reviewType].map((r) => ({ value: r, label: t(`review.recommendation.${r}`) }))}
        />
        {issueMap.has('recommendation') && (
          <div>
            <Typography.Text type="danger">{issueMap.get('recommendation')}</Typography.Text>
          </div>
        )}
        <Input.TextArea
          aria-label={t('review.opinion')}
          placeholder={t('review.opinionHint')}
          autoSize={{ minRows: 2, maxRows: 6 }}
          style={{ marginTop: 8 }}
          value={content.opinion}
          disabled={readOnly}
          onChange={(event) => changeContent({ opinion: event.target.value })}
          onBlur={blur}
        />
        {!readOnly && last !== undefined && (
          <Input.TextArea
            aria-label={t('review.revise.reason')}
            placeholder={t('review.revise.reasonHint')}
            autoSize={{ minRows: 1, maxRows: 3 }}
            style={{ marginTop: 8 }}
            value={reason}
            status={issueMap.has('reason') ? 'error' : undefined}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
        {issues.length > 0 && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 8 }}
            title={t('review.submit.problems')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {issues.map((issue) => (
                  <li key={`${issue.field}:${issue.message}`}>{issue.message}</li>
                ))}
              </ul>
            }
          />
        )}
      </div>
      {!readOnly && (
        <div className="zz-sheet-actions" style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 8, paddingTop: 8, borderTop: '1px solid #f0f0f0' }}>
          <SaveIndicator status={status} unsynced={unsynced} incomplete={draft.comments.filter((c) => !isComplete(c)).length} />
          <Button type="primary" loading={submitting} onClick={askToSign}>
            {last === undefined ? t(submitFirstKeys[rubric.reviewType]) : t('review.submit.revision', { n: versions.length + 1 })}
          </Button>
          <SubmitSheetModal
            open={signing}
            expertName={snapshot.experts.find((e) => e.id === expertId)?.name ?? expertId}
            versionNo={versions.length + 1}
            total={t('review.sheet.total', { total, max: maxTotal })}
            recommendation={content.recommendation === null ? '' : t(`review.recommendation.${content.recommendation}`)}
            reviewType={rubric.reviewType}
            busy={submitting}
            onConfirm={(image) => void submit(image)}
            onCancel={() => setSigning(false)}
          />
        </div>
      )}
    </div>
  );
}
