import { CheckCircleFilled, EditOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, List, Row, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { checkTransition } from '../../../shared/engine/lifecycle.js';
import { zhText } from '../../../shared/engine/engine-message.js';
import { outcomeOf, participants } from '../../../shared/engine/lifecycle-guards.js';
import { amendTitleKeys, finaliseBodyKeys, finaliseDoneKeys, signNotYetKeys, verdictVersionKeys } from '../../../shared/i18n/review-kind-keys.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { signingRefusalMessage } from '../../../shared/meeting/sign-off-order.js';
import type { Expert } from '../../../shared/model/expert.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { formatTime } from '../review/format-time.js';
import { BlockedReasons } from '../review/BlockedReasons.js';
import { ReviewScreenFrame } from '../review/ReviewScreenFrame.js';
import { AmendForm } from './AmendForm.js';
import { ChairConfirmModal } from './ChairConfirmModal.js';
import { SignModal } from './SignModal.js';
import { finaliseReview } from './verdict-actions.js';
import { ReceiptBadge } from '../../sync/ReceiptBadge.js';
import { entryOfVersion, useOutbox } from '../../sync/use-outbox.js';

/**
 * The stored explanation is the record's Chinese; where the engine, asked again, says the same, the
 * UI says it in its own language.
 */
const explanationIn = (snapshot: ReviewSnapshot, stored: string, say: ReturnType<typeof useEngineText>['say']): string => {
  const { explanationMessage } = outcomeOf(snapshot);
  return zhText(explanationMessage) === stored ? say(explanationMessage) : stored;
};

/**
 * `#/meetings/<id>/signoff/<submissionId>`: each participant signs the opinion (the chair last), the
 * chair finalises it (digest shown, bundle queued), and afterwards amends it only formally.
 */
export function SignoffScreen({ path }: { path: string[] }) {
  const t = useT();
  const { message } = App.useApp();
  const { say, error: errorText } = useEngineText();
  const [signer, setSigner] = useState<Expert | null>(null);
  const [chairStep, setChairStep] = useState<'finalise' | 'amend' | null>(null);
  const [busy, setBusy] = useState(false);
  const outbox = useOutbox();
  const [, meetingId = ''] = path;
  return (
    <ReviewScreenFrame path={path} screen="signoff">
      {({ data, submission, snapshot }) => {
        const ids = { meetingId, submissionId: submission.id };
        const kind = snapshot.rubric.reviewType;
        const verdict = snapshot.verdict;
        const people = participants(snapshot);
        const chair = people.find((e) => e.role === 'chair');
        const versions = data.verdicts.filter((v) => v.submissionId === submission.id);
        const final = verdict?.status === 'final';
        const finaliseCheck = checkTransition(snapshot, 'finalised');
        const signatureOf = (expertId: string) => verdict?.signatures.find((s) => s.expertId === expertId);
        const finalise = async () => {
          if (chair === undefined) return;
          setBusy(true);
          try {
            await finaliseReview(ids);
            void message.success(t(finaliseDoneKeys[kind]));
            setChairStep(null);
          } catch (error) {
            void message.error(errorText(error));
          } finally {
            setBusy(false);
          }
        };
        if (verdict === null || (snapshot.phase !== 'sign-off' && !final)) {
          return <Alert type="info" showIcon title={t(signNotYetKeys[kind])} />;
        }
        return (
          <Row gutter={16} style={{ height: '100%', overflow: 'auto' }}>
            <Col span={13}>
              <Card size="small" title={t(verdictVersionKeys[kind], { n: verdict.versionNo })} extra={final ? <Tag icon={<LockOutlined aria-hidden />} color="green">{t('review.finalise.frozen')}</Tag> : null}>
                <Typography.Title level={4} style={{ marginTop: 0 }} className="zz-outcome">
                  {verdict.outcome === null ? t('review.vote.noQuorum') : t(`review.recommendation.${verdict.outcome}`)}
                </Typography.Title>
                <Typography.Paragraph type="secondary">{explanationIn(snapshot, verdict.explanation, say)}</Typography.Paragraph>
                <Typography.Paragraph className="zz-conclusion-text" style={{ whiteSpace: 'pre-wrap' }}>
                  {verdict.conclusion}
                </Typography.Paragraph>
                {verdict.revisionRequirements.length > 0 && (
                  <>
                    <Typography.Text strong>{t('review.requirements.title')}</Typography.Text>
                    <ol style={{ marginTop: 4 }}>
                      {verdict.revisionRequirements.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ol>
                  </>
                )}
                {verdict.dissent.length > 0 && (
                  <Typography.Paragraph type="secondary">
                    {t('common.labelled', { label: t('review.dissent.title'), value: verdict.dissent.map((d) => t('common.labelled', { label: people.find((e) => e.id === d.expertId)?.name ?? d.expertId, value: d.text })).join(t('common.clauseJoin')) })}
                  </Typography.Paragraph>
                )}
              </Card>
              {final && (
                <Card size="small" title={t('review.versions.title')} style={{ marginTop: 12 }}>
                  <List
                    size="small"
                    dataSource={[...versions].reverse()}
                    renderItem={(v) => {
                      // The bundle's digest: what the receipt, the next version's supersedes and the bureau show for this version.
                      const entry = entryOfVersion(outbox, v.verdictId, v.versionNo);
                      return (
                        <List.Item style={{ display: 'block' }}>
                          <Space wrap>
                            <Typography.Text strong>{t('review.versions.version', { n: v.versionNo })}</Typography.Text>
                            <Typography.Text type="secondary">{formatTime(v.finalizedAt, data.meeting)}</Typography.Text>
                            <ReceiptBadge entry={entry} />
                          </Space>
                          {entry !== undefined && (
                            <div>
                              <Typography.Text type="secondary">{t('review.versions.digest')}</Typography.Text>
                              <Typography.Text code copyable className="zz-verdict-digest">
                                {entry.bundleDigest}
                              </Typography.Text>
                            </div>
                          )}
                          {v.amendmentReason !== null && <Typography.Text>{t('review.versions.reason', { reason: v.amendmentReason })}</Typography.Text>}
                        </List.Item>
                      );
                    }}
                  />
                  {chair !== undefined && (
                    <Button icon={<EditOutlined aria-hidden />} danger onClick={() => setChairStep('amend')}>
                      {t('review.amend.open')}
                    </Button>
                  )}
                </Card>
              )}
            </Col>
            <Col span={11}>
              <Card size="small" title={t('review.sign.title.list', { signed: verdict.signatures.length, total: people.length })}>
                <List
                  size="small"
                  dataSource={people}
                  renderItem={(expert) => {
                    const signature = signatureOf(expert.id);
                    const refusal = signingRefusalMessage(snapshot, expert.id);
                    return (
                      <List.Item
                        actions={
                          signature !== undefined || final
                            ? []
                            : [
                                <Tooltip key="sign" title={refusal === null ? null : say(refusal)}>
                                  <Button size="small" type="primary" disabled={refusal !== null} onClick={() => setSigner(expert)}>
                                    {t('review.sign.button', { name: expert.name })}
                                  </Button>
                                </Tooltip>,
                              ]
                        }
                      >
                        <Space>
                          {signature !== undefined && <CheckCircleFilled aria-hidden style={{ color: '#52c41a' }} />}
                          <span>{expert.name}</span>
                          <Typography.Text type="secondary">{t(`meeting.role.${expert.role}`)}</Typography.Text>
                          {signature?.image && <img src={signature.image} alt={t('review.sign.image', { name: expert.name })} style={{ height: 28 }} />}
                        </Space>
                      </List.Item>
                    );
                  }}
                />
              </Card>
              {!final && (
                <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }}>
                  <Button type="primary" icon={<LockOutlined aria-hidden />} disabled={!finaliseCheck.allowed || chair === undefined} onClick={() => setChairStep('finalise')}>
                    {t('review.finalise.open')}
                  </Button>
                  {!finaliseCheck.allowed && <BlockedReasons messages={finaliseCheck.messages} />}
                </Space>
              )}
              {final && (
                <Descriptions size="small" column={1} bordered style={{ marginTop: 12 }}>
                  <Descriptions.Item label={t('review.finalise.by')}>{data.experts.find((e) => e.id === verdict.finalizedBy)?.name ?? verdict.finalizedBy}</Descriptions.Item>
                  <Descriptions.Item label={t('review.finalise.at')}>{formatTime(verdict.finalizedAt, data.meeting)}</Descriptions.Item>
                </Descriptions>
              )}
            </Col>
            <SignModal ids={ids} expert={signer} reviewType={kind} onClose={() => setSigner(null)} />
            {chair !== undefined && (
              <ChairConfirmModal
                open={chairStep !== null}
                title={t(chairStep === 'amend' ? amendTitleKeys[kind] : 'review.finalise.title')}
                meetingId={meetingId}
                chairId={chair.id}
                onClose={() => setChairStep(null)}
              >
                {chairStep === 'amend' ? (
                  <AmendForm verdict={verdict} comments={data.comments.filter((c) => c.submissionId === submission.id)} onDone={() => setChairStep(null)} />
                ) : (
                  <Space orientation="vertical" style={{ width: '100%' }}>
                    <Typography.Paragraph>{t(finaliseBodyKeys[kind])}</Typography.Paragraph>
                    <Button type="primary" icon={<LockOutlined aria-hidden />} loading={busy} onClick={() => void finalise()}>
                      {t('review.finalise.confirm')}
                    </Button>
                  </Space>
                )}
              </ChairConfirmModal>
            )}
          </Row>
        );
      }}
    </ReviewScreenFrame>
  );
}
