import { Descriptions, Drawer, Empty, Tag, Timeline, Typography } from 'antd';
import { historyFinalKeys, historyPreliminaryKeys, historyTitleKeys } from '../../../shared/i18n/review-kind-keys.js';
import { hasPanelScores } from '../../../shared/engine/panel-scores.js';
import type { MeetingZone } from '../../../shared/meeting/meeting-time-zone.js';
import { versionReasons } from '../../../shared/meeting/sheet-history.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import type { ScoreSheet } from '../../../shared/model/score-sheet.js';
import { callHost } from '../../host/host-client.js';
import { useHostQuery } from '../../host/use-host-query.js';
import { useT } from '../../state/app-store.js';
import { useLocalName } from '../../shell/local-name.js';
import { formatTime } from '../review/format-time.js';

/** Every submitted version of one sheet, oldest first, with the reason given for each revision. */
export function SheetHistoryDrawer({
  sheet,
  expertName,
  rubric,
  meeting,
  onClose,
}: {
  sheet: ScoreSheet | null;
  expertName: string;
  rubric: Rubric;
  meeting: MeetingZone;
  onClose: () => void;
}) {
  const t = useT();
  const localName = useLocalName();
  const reasons = useHostQuery(
    async () => (sheet === null ? new Map<number, string>() : versionReasons(await callHost('meeting.audit', { meetingId: sheet.meetingId }), sheet.id)),
    [sheet?.id, sheet?.versions.length],
    sheet?.meetingId ?? null,
    { submissionId: sheet?.submissionId },
  );
  const reasonOf = (versionNo: number): string => reasons?.get(versionNo) ?? '';
  // A periodic sheet nobody scored lists its opinion, not a row of 「—」 per criterion.
  const scored = hasPanelScores(rubric, sheet?.versions ?? []);
  return (
    <Drawer open={sheet !== null} onClose={onClose} size={520} title={t(historyTitleKeys[rubric.reviewType], { name: expertName })}>
      {sheet === null || sheet.versions.length === 0 ? (
        <Empty />
      ) : (
        <Timeline
          items={sheet.versions.map((version) => ({
            key: version.versionNo,
            content: (
              <div className="zz-sheet-version">
                <Typography.Text strong>
                  {t(version.versionNo === 1 ? historyPreliminaryKeys[rubric.reviewType] : 'review.history.version', { n: version.versionNo })}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                  {formatTime(version.submittedAt, meeting)}
                </Typography.Text>
                {version.versionNo === sheet.versions.length && <Tag color="green" style={{ marginInlineStart: 8 }}>{t(historyFinalKeys[rubric.reviewType])}</Tag>}
                {version.enteredBy === 'secretary' && <Tag style={{ marginInlineStart: 8 }}>{t('proxy.tag')}</Tag>}
                {reasonOf(version.versionNo) !== '' && (
                  <Typography.Paragraph style={{ margin: '4px 0' }}>{t('review.history.reason', { reason: reasonOf(version.versionNo) })}</Typography.Paragraph>
                )}
                <Descriptions size="small" column={2} bordered style={{ marginTop: 4 }}>
                  {scored
                    ? rubric.criteria.map((c) => (
                        <Descriptions.Item key={c.id} label={localName(c.name)}>
                          {version.scores.find((s) => s.criterionId === c.id)?.score ?? '—'}
                        </Descriptions.Item>
                      ))
                    : version.opinion !== '' && (
                        <Descriptions.Item label={t('review.opinion')} span={2}>
                          {version.opinion}
                        </Descriptions.Item>
                      )}
                  <Descriptions.Item label={t('review.recommendation.title')} span={2}>
                    {t(`review.recommendation.${version.recommendation}`)}
                    {version.veto !== null && <Tag color="red" style={{ marginInlineStart: 8 }}>{t('review.matrix.veto')}</Tag>}
                  </Descriptions.Item>
                </Descriptions>
              </div>
            ),
          }))}
        />
      )}
    </Drawer>
  );
}
