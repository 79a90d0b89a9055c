import { Alert, Card, Col, List, Row, Tag, Typography } from 'antd';
import { outcomeOf } from '../../../shared/engine/lifecycle-guards.js';
import { visibilityFor } from '../../../shared/engine/visibility.js';
import { afterVoteKeys } from '../../../shared/i18n/review-kind-keys.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { hrefFor } from '../../state/route.js';
import { PhaseAdvance } from '../review/PhaseAdvance.js';
import { ReviewScreenFrame } from '../review/ReviewScreenFrame.js';
import { ConclusionEditor } from './ConclusionEditor.js';

/**
 * `#/meetings/<id>/vote/<submissionId>`: each eligible expert's final recommendation, the outcome the
 * engine computes from them with its explanation, and the opinion the chair writes.
 */
export function VoteScreen({ path }: { path: string[] }) {
  const t = useT();
  const { say, reasonOf } = useEngineText();
  return (
    <ReviewScreenFrame path={path} screen="vote">
      {({ data, submission, snapshot }) => {
        const meetingId = data.meeting.id;
        const visibility = visibilityFor(snapshot, { kind: 'secretary' });
        if (!visibility.othersScores) return <Alert type="info" showIcon title={reasonOf(visibility)} />;
        const result = outcomeOf(snapshot);
        const nameOf = (id: string) => data.experts.find((e) => e.id === id)?.name ?? id;
        const reviseHref = (expertId: string) => `${hrefFor('meetings', meetingId, 'score', submission.id)}?expert=${encodeURIComponent(expertId)}`;
        return (
          <Row gutter={16} style={{ height: '100%', overflow: 'auto' }}>
            <Col span={10}>
              <Card size="small" title={t('review.vote.outcome')}>
                <Typography.Title level={3} style={{ margin: 0 }} className="zz-outcome">
                  {result.outcome === null ? t('review.vote.noQuorum') : t(`review.recommendation.${result.outcome}`)}
                </Typography.Title>
                <Typography.Paragraph className="zz-outcome-explanation" style={{ marginTop: 8 }}>
                  {say(result.explanationMessage)}
                </Typography.Paragraph>
              </Card>
              <Card size="small" title={t('review.vote.votes', { count: result.voters.length })} style={{ marginTop: 12 }}>
                <List
                  size="small"
                  dataSource={result.voters}
                  renderItem={({ expert, final }) => (
                    <List.Item
                      actions={
                        snapshot.phase === 'vote'
                          ? [
                              <a key="change" href={reviseHref(expert.id)}>
                                {t('review.vote.change')}
                              </a>,
                            ]
                          : []
                      }
                    >
                      <span style={{ flex: 1 }}>
                        {expert.name}
                        <Typography.Text type="secondary" style={{ marginInlineStart: 6 }}>
                          {t(`meeting.role.${expert.role}`)}
                        </Typography.Text>
                      </span>
                      <Tag color={final.recommendation === result.outcome ? 'green' : 'default'}>{t(`review.recommendation.${final.recommendation}`)}</Tag>
                    </List.Item>
                  )}
                />
                {result.excluded.length > 0 && (
                  <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
                    {result.excluded.map((e) => t(`review.vote.excluded.${e.reason}`, { name: nameOf(e.expertId) })).join(t('common.clauseJoin'))}
                  </Typography.Paragraph>
                )}
              </Card>
              <div style={{ marginTop: 12 }}>
                <PhaseAdvance meetingId={meetingId} snapshot={snapshot} hostCheck={data.nextChecks?.[snapshot.submissionId]} to="sign-off" />
              </div>
            </Col>
            <Col span={14}>
              <Card size="small">
                {snapshot.phase === 'discussion' ? (
                  <Alert type="info" showIcon title={t(afterVoteKeys[snapshot.rubric.reviewType])} />
                ) : (
                  <ConclusionEditor
                    key={submission.id}
                    ids={{ meetingId, submissionId: submission.id }}
                    snapshot={snapshot}
                    submission={submission}
                    result={result}
                    comments={data.comments.filter((c) => c.submissionId === submission.id)}
                    readOnly={snapshot.phase !== 'vote'}
                  />
                )}
              </Card>
            </Col>
          </Row>
        );
      }}
    </ReviewScreenFrame>
  );
}
