import { Card, Col, List, Result, Row, Typography } from 'antd';
import { useState } from 'react';
import { dispersionFlags, unresolvedDispersion } from '../../../shared/engine/dispersion.js';
import { hasSubmitted } from '../../../shared/engine/eligibility.js';
import { hasPanelScores } from '../../../shared/engine/panel-scores.js';
import { outcomeOf, participants } from '../../../shared/engine/lifecycle-guards.js';
import { visibilityFor } from '../../../shared/engine/visibility.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { hrefFor } from '../../state/route.js';
import { ExpertGate } from '../identity/ExpertGate.js';
import { PhaseAdvance } from '../review/PhaseAdvance.js';
import { ReviewScreenFrame } from '../review/ReviewScreenFrame.js';
import { ChairRulings } from './ChairRulings.js';
import { ScoreMatrix } from './ScoreMatrix.js';
import { SheetHistoryDrawer } from './SheetHistoryDrawer.js';

/**
 * `#/meetings/<id>/discuss/<submissionId>`: the shared screen of 合议. Before every participant has
 * submitted it shows progress only (names, never scores) and the chair's button to open discussion.
 */
export function DiscussionScreen({ path }: { path: string[] }) {
  const t = useT();
  const { say, reasonOf } = useEngineText();
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  return (
    <ReviewScreenFrame path={path} screen="discuss">
      {({ data, snapshot }) => {
        const meetingId = data.meeting.id;
        const ids = { meetingId, submissionId: snapshot.submissionId };
        const visibility = visibilityFor(snapshot, { kind: 'secretary' });
        const advance = <PhaseAdvance meetingId={meetingId} snapshot={snapshot} hostCheck={data.nextChecks?.[snapshot.submissionId]} to={snapshot.phase === 'scoring' ? 'discussion' : 'vote'} />;
        if (!visibility.othersScores) {
          const people = participants(snapshot);
          const submitted = new Set(snapshot.sheets.filter(hasSubmitted).map((s) => s.expertId));
          return (
            <Row gutter={16}>
              <Col span={14}>
                <Card title={t('review.progress.title')}>
                  <Typography.Paragraph type="secondary">{reasonOf(visibility)}</Typography.Paragraph>
                  <List
                    size="small"
                    dataSource={people}
                    renderItem={(e) => (
                      <List.Item style={{ display: 'flex', justifyContent: 'space-between' }}>
                        <span>{e.name}</span>
                        <Typography.Text type={submitted.has(e.id) ? 'success' : 'secondary'}>
                          {t(submitted.has(e.id) ? 'review.progress.submitted' : 'review.progress.pending')}
                        </Typography.Text>
                      </List.Item>
                    )}
                  />
                </Card>
              </Col>
              <Col span={10}>{advance}</Col>
            </Row>
          );
        }
        const result = outcomeOf(snapshot);
        const flags = dispersionFlags(
          snapshot.rubric,
          snapshot.rules,
          result.voters.map((v) => ({ expertId: v.expert.id, expertName: v.expert.name, scores: v.final.scores })),
        );
        const scored = hasPanelScores(snapshot.rubric, result.voters.map((v) => v.final));
        const open = unresolvedDispersion(flags, snapshot.verdict?.reconciliationNotes ?? []);
        const chair = participants(snapshot).find((e) => e.role === 'chair');
        const historySheet = snapshot.sheets.find((s) => s.expertId === historyOf) ?? null;
        const nameOf = (expertId: string) => data.experts.find((e) => e.id === expertId)?.name ?? expertId;
        return (
          <div style={{ height: '100%', overflow: 'auto' }}>
            <ScoreMatrix
              rubric={snapshot.rubric}
              result={result}
              flags={flags}
              scored={scored}
              onHistory={setHistoryOf}
              onRevise={(expertId) => {
                window.location.hash = `${hrefFor('meetings', meetingId, 'score', snapshot.submissionId)}?expert=${encodeURIComponent(expertId)}`;
              }}
            />
            <Row gutter={16} style={{ marginTop: 12 }}>
              <Col span={12}>
                {scored && (
                  <Card size="small" title={t('review.flags.title', { count: flags.length })}>
                    {flags.length === 0 ? (
                      <Typography.Text type="secondary">{t('review.flags.none')}</Typography.Text>
                    ) : (
                      <ul className="zz-dispersion-flags" style={{ margin: 0, paddingInlineStart: 18 }}>
                        {flags.map((flag) => (
                          <li key={`${flag.criterionId}/${flag.trigger}/${flag.expertId ?? ''}`}>
                            <Typography.Text type={open.includes(flag) ? 'danger' : 'secondary'}>
                              {say(flag.reasonMessage)}
                            </Typography.Text>
                          </li>
                        ))}
                      </ul>
                    )}
                  </Card>
                )}
                <div style={{ marginTop: scored ? 12 : 0 }}>{advance}</div>
              </Col>
              <Col span={12}>
                <Card size="small" title={t('review.chair.title')}>
                  {chair === undefined ? (
                    <Result status="warning" title={t('review.chair.none')} />
                  ) : (
                    <ExpertGate meetingId={meetingId} expertId={chair.id} autoFocus={false}>
                      <ChairRulings
                        ids={ids}
                        rubric={snapshot.rubric}
                        result={result}
                        flags={flags}
                        scored={scored}
                        verdict={snapshot.verdict}
                        editable={snapshot.phase === 'discussion' || snapshot.phase === 'vote'}
                      />
                    </ExpertGate>
                  )}
                </Card>
              </Col>
            </Row>
            <SheetHistoryDrawer sheet={historySheet} expertName={historyOf === null ? '' : nameOf(historyOf)} rubric={snapshot.rubric} meeting={data.meeting} onClose={() => setHistoryOf(null)} />
          </div>
        );
      }}
    </ReviewScreenFrame>
  );
}
