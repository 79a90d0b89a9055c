import { Alert, App, Divider, Form, Input, Modal, Radio, Select, Typography } from 'antd';
import { useState } from 'react';
import { recommendationsByType } from '../../../shared/engine/recommendation-sets.js';
import { hasSubmitted } from '../../../shared/engine/eligibility.js';
import { proxyTitleKeys } from '../../../shared/i18n/review-kind-keys.js';
import { reviewSnapshotFor, type MeetingData } from '../../../shared/meeting/meeting-data.js';
import { emptySheetContent } from '../../../shared/meeting/sheet-content.js';
import { HostFailure } from '../../../shared/api/result.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { Expert } from '../../../shared/model/expert.js';
import type { ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import type { SheetIssue } from '../../../shared/engine/validate-sheet.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { ClauseComments } from '../scoring/ClauseComments.js';
import { CriterionGrid } from '../scoring/CriterionGrid.js';
import { rejectedIssues } from '../scoring/sheet-actions.js';
import { proxySubmissions, proxySubmitSheet } from './proxy-actions.js';

/**
 * 代录纸质评分表: the secretary types in an expert's signed paper score sheet, with the same score
 * and clause comment inputs as the expert's own form. The host applies every rule of a submission and says which
 * field it refused; nothing is kept until it accepts.
 */
export function ProxySheetModal({ data, expert, onClose }: { data: MeetingData; expert: Expert; onClose(): void }) {
  const t = useT();
  const { message } = App.useApp();
  const { issue: issueText, error: errorText } = useEngineText();
  const choices = proxySubmissions(data, expert.id);
  const [submissionId, setSubmissionId] = useState<string | undefined>(choices.length === 1 ? choices[0]?.id : undefined);
  const submission = choices.find((s) => s.id === submissionId);
  const snapshot = submission === undefined ? undefined : reviewSnapshotFor(data, submission);
  const rubric = snapshot?.rubric;
  const [content, setContent] = useState<ScoreSheetContent | null>(null);
  const [comments, setComments] = useState<ReviewComment[] | null>(null);
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<SheetIssue[]>([]);
  /** A comment the host refused (its clause or text missing), by its field: `comments.<n>.<what>`. */
  const [commentIssues, setCommentIssues] = useState<ReadonlyMap<string, string>>(new Map());
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const sheet = snapshot?.sheets.find((s) => s.expertId === expert.id);
  const revision = sheet !== undefined && hasSubmitted(sheet);
  const current = content ?? (rubric === undefined ? null : emptySheetContent(rubric));
  const key = submission === undefined ? undefined : { meetingId: data.meeting.id, submissionId: submission.id, expertId: expert.id };
  // The host adds the paper's comments to the expert's own and never removes one, so the list holds only what the paper adds.
  const currentComments = comments ?? [];
  const issueMap = new Map(issues.map((i) => [i.field, issueText(i)]));
  const change = (next: Partial<ScoreSheetContent>) => current !== null && setContent({ ...current, ...next });

  const pick = (id: string) => {
    setSubmissionId(id);
    setContent(null);
    setComments(null);
    setIssues([]);
    setCommentIssues(new Map());
    setProblem(null);
  };

  const submit = async () => {
    if (key === undefined || current === null) {
      setProblem(t('proxy.pickSubmission'));
      return;
    }
    setBusy(true);
    try {
      const versionNo = await proxySubmitSheet(key, current, comments ?? undefined, reason);
      message.success(t('proxy.done', { name: expert.name, versionNo }));
      onClose();
    } catch (error) {
      const rejected = rejectedIssues(error);
      setIssues(rejected ?? []);
      const field = error instanceof HostFailure ? error.field : undefined;
      setCommentIssues(new Map(field?.startsWith('comments.') ? [[field, errorText(error)]] : []));
      setProblem(rejected === null ? errorText(error) : rejected.map(issueText).join(t('common.clauseJoin')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={760}
      title={t(proxyTitleKeys[data.meeting.reviewType], { name: expert.name })}
      okText={t('proxy.submit')}
      cancelText={t('proxy.cancel')}
      okButtonProps={{ loading: busy, disabled: submission === undefined }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('proxy.notice')}</Typography.Paragraph>
      {choices.length === 0 ? (
        <Alert type="info" showIcon title={t('proxy.noSubmission')} />
      ) : (
        <Form layout="vertical">
          <Form.Item label={t('proxy.submission')} htmlFor="proxy-submission">
            <Select
              id="proxy-submission"
              value={submissionId}
              onChange={pick}
              placeholder={t('proxy.submissionPlaceholder')}
              options={choices.map((s) => ({ value: s.id, label: t('common.titled', { name: s.standardName }) }))}
            />
          </Form.Item>
          {rubric !== undefined && snapshot !== undefined && current !== null && (
            <>
              {revision && <Alert type="warning" showIcon title={t('proxy.revision', { versionNo: sheet.versions.length || 1 })} style={{ marginBottom: 12 }} />}
              <CriterionGrid
                criteria={rubric.criteria}
                rules={snapshot.rules}
                scores={current.scores}
                veto={current.veto}
                readOnly={false}
                issues={issueMap}
                onEntry={(entry) => change({ scores: current.scores.map((s) => (s.criterionId === entry.criterionId ? entry : s)) })}
                onVeto={(veto) => change({ veto, recommendation: veto === null ? current.recommendation : rubric.vetoOutcome })}
                onBlur={() => undefined}
              />
              <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
                {t('proxy.comments')}
              </Divider>
              {key !== undefined && (
                <ClauseComments
                  sheet={key}
                  comments={currentComments}
                  pickedClause={null}
                  readOnly={false}
                  issues={commentIssues}
                  onChange={setComments}
                  onBlur={() => undefined}
                  emptyText={t('proxy.commentsNone')}
                />
              )}
              <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
                {t('proxy.opinion')}
              </Divider>
              <Input.TextArea aria-label={t('proxy.opinion')} value={current.opinion} onChange={(e) => change({ opinion: e.target.value })} autoSize={{ minRows: 2, maxRows: 5 }} />
              <Divider titlePlacement="start" style={{ margin: '12px 0 8px' }}>
                {t('proxy.recommendation')}
              </Divider>
              <Radio.Group
                aria-label={t('proxy.recommendation')}
                value={current.recommendation}
                onChange={(event) => change({ recommendation: event.target.value })}
                options={recommendationsByType[rubric.reviewType].map((r) => ({ value: r, label: t(`review.recommendation.${r}`) }))}
              />
              {revision && (
                <Form.Item label={t('proxy.reason')} htmlFor="proxy-reason" style={{ marginTop: 12 }}>
                  <Input.TextArea id="proxy-reason" value={reason} onChange={(e) => setReason(e.target.value)} autoSize={{ minRows: 2, maxRows: 4 }} />
                </Form.Item>
              )}
            </>
          )}
        </Form>
      )}
      {problem !== null && <Alert type="error" showIcon title={problem} style={{ marginTop: 12 }} />}
    </Modal>
  );
}
