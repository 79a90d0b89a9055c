import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Grid, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { visibilityFor } from '../../../shared/engine/visibility.js';
import { reviewSnapshotFor, type MeetingData } from '../../../shared/meeting/meeting-data.js';
import { steppedBackFrom } from '../../../shared/meeting/stepped-back.js';
import type { Submission } from '../../../shared/model/submission.js';
import { MaterialsSplitView } from '../../materials/MaterialsSplitView.js';
import { SubmissionMaterials } from '../../materials/SubmissionMaterials.js';
import { useClausePick } from '../../materials/clause-pick.js';
import { ScoreSheetEditor } from '../../meeting/scoring/ScoreSheetEditor.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { usePresence } from '../hub/use-presence.js';
import { useShortScreen } from '../use-short-screen.js';
import { draftKey, useOutbox } from '../sync/expert-outbox.js';
import { expertSheetActions } from '../sync/expert-reads.js';
import { RefusedActions } from '../sync/SyncStatus.js';
import { SheetHistory } from './SheetHistory.js';
import { SignOpinion } from './SignOpinion.js';

/** The expert's own sheet as far as the blind rule and the phase allow, with 「未同步」 while the hub has not acknowledged it. */
function OwnSheet({ data, snapshot, expertId }: { data: MeetingData; snapshot: ReviewSnapshot; expertId: string }) {
  const t = useT();
  const { reasonOf } = useEngineText();
  const picked = useClausePick((state) => state.clause);
  const key = draftKey(data.meeting.id, snapshot.submissionId, expertId);
  const unsynced = useOutbox((state) => state.pending.some((row) => row.coalesceKey === key));
  if (snapshot.phase === 'preparation') return <Alert type="info" showIcon title={t('expert.draft.notStarted')} />;
  const visibility = visibilityFor(snapshot, { kind: 'expert', expertId });
  if (visibility.ownSheet === 'none') return <Alert type="info" showIcon title={reasonOf(visibility)} />;
  return (
    <ScoreSheetEditor
      key={`${snapshot.submissionId}/${expertId}`}
      sheetKey={{ meetingId: data.meeting.id, submissionId: snapshot.submissionId, expertId }}
      snapshot={snapshot}
      mode={visibility.ownSheet}
      pickedClause={picked?.number ?? null}
      actions={expertSheetActions}
      unsynced={unsynced}
    />
  );
}

/**
 * One draft: the materials and the score sheet side by side on a tablet, as tabs on a phone; the
 * opinion to sign once the chair opens signing.
 */
export function DraftScreen({ data, submission, expertId, onBack }: { data: MeetingData; submission: Submission; expertId: string; onBack(): void }) {
  const t = useT();
  const wide = Grid.useBreakpoint().lg ?? false;
  const shortScreen = useShortScreen();
  const [materialId, setMaterialId] = useState<string | undefined>(undefined);
  const [tab, setTab] = useState('sheet');
  const snapshot = reviewSnapshotFor(data, submission);
  const signing = submission.phase === 'sign-off';
  usePresence(submission.id, signing ? 'signing' : wide || tab === 'sheet' ? 'scoring' : 'reader');
  // The hub refuses a recused expert the materials; the screen says why instead of failing to load them.
  const materials = steppedBackFrom(data.recusals, expertId).has(submission.id) ? (
    <Alert type="info" showIcon title={t('expert.draft.recused')} />
  ) : (
    <SubmissionMaterials materials={data.materials} submissionId={submission.id} materialId={materialId} onSelect={setMaterialId} />
  );
  const sheet = (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8, height: '100%', minHeight: 0 }}>
      {signing && <SignOpinion meeting={data.meeting} snapshot={snapshot} expertId={expertId} />}
      <div style={{ flex: 1, minHeight: signing ? 240 : 0 }}>
        <OwnSheet data={data} snapshot={snapshot} expertId={expertId} />
      </div>
    </div>
  );
  // A phone on its side has no height to spare: the heading shares the tabs' row, its back button an icon.
  const compact = !wide && shortScreen;
  const heading = (
    <div className={compact ? 'zz-expert-draft-heading zz-expert-draft-heading-compact' : 'zz-expert-draft-heading'}>
      <Button icon={<ArrowLeftOutlined aria-hidden />} onClick={onBack} aria-label={compact ? t('expert.draft.back') : undefined}>
        {compact ? null : t('expert.draft.back')}
      </Button>
      <Typography.Text strong className="zz-expert-draft-name">
        {submission.standardName}
      </Typography.Text>
      <Tag color="processing">{t('review.phaseNow', { phase: t(`meeting.phase.${submission.phase}`) })}</Tag>
      <SheetHistory meeting={data.meeting} submission={submission} />
    </div>
  );
  return (
    <div className="zz-expert-draft" style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      {!compact && heading}
      <RefusedActions />
      <div style={{ flex: 1, minHeight: 0 }}>
        {wide ? (
          <MaterialsSplitView defaultFraction={0.55} left={materials} right={<div style={{ height: '100%', paddingInlineStart: 12 }}>{sheet}</div>} />
        ) : (
          <Tabs
            className="zz-expert-tabs"
            activeKey={tab}
            onChange={setTab}
            tabBarExtraContent={compact ? { left: heading } : undefined}
            items={[
              { key: 'materials', label: t('expert.draft.materials'), children: <div style={{ height: '100%' }}>{materials}</div> },
              { key: 'sheet', label: signing ? t('expert.draft.sign') : t('expert.draft.sheet'), children: sheet },
            ]}
          />
        )}
      </div>
    </div>
  );
}
