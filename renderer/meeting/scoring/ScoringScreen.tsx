import { Result } from 'antd';
import { useState } from 'react';
import { participants } from '../../../shared/engine/lifecycle-guards.js';
import type { ReviewSnapshot } from '../../../shared/engine/review-snapshot.js';
import { visibilityFor } from '../../../shared/engine/visibility.js';
import { MaterialsSplitView } from '../../materials/MaterialsSplitView.js';
import { SubmissionMaterials } from '../../materials/SubmissionMaterials.js';
import { useClausePick } from '../../materials/clause-pick.js';
import { useEngineText } from '../../shell/engine-text.js';
import { useT } from '../../state/app-store.js';
import { useRoute } from '../../state/route.js';
import { ExpertGate } from '../identity/ExpertGate.js';
import { useActingExpert } from '../identity/acting-expert.js';
import { ReviewScreenFrame } from '../review/ReviewScreenFrame.js';
import { ScoreSheetEditor } from './ScoreSheetEditor.js';

/** The acting expert's own sheet, as far as the blind rule and the phase allow them to see and change it. */
function ActingExpertSheet({ meetingId, snapshot }: { meetingId: string; snapshot: ReviewSnapshot }) {
  const acting = useActingExpert();
  const picked = useClausePick((state) => state.clause);
  const { reasonOf } = useEngineText();
  if (acting === null) return null;
  const visibility = visibilityFor(snapshot, { kind: 'expert', expertId: acting.expertId });
  if (visibility.ownSheet === 'none') return <Result status="info" title={reasonOf(visibility)} />;
  return (
    <ScoreSheetEditor
      key={`${snapshot.submissionId}/${acting.expertId}`}
      sheetKey={{ meetingId, submissionId: snapshot.submissionId, expertId: acting.expertId }}
      snapshot={snapshot}
      mode={visibility.ownSheet}
      pickedClause={picked?.number ?? null}
    />
  );
}

const sheetRegionId = 'zz-score-sheet';

/**
 * The first stop of Tab on the scoring screen, shown when focused: it passes over the reader's many
 * controls to the sheet. A hash link would change the route, so it moves focus itself.
 */
function SkipToSheet() {
  const t = useT();
  return (
    <a
      className="zz-skip-link"
      href={`#${sheetRegionId}`}
      onClick={(event) => {
        event.preventDefault();
        document.getElementById(sheetRegionId)?.focus();
      }}
    >
      {t('review.sheet.skip')}
    </a>
  );
}

/** `#/meetings/<id>/score/<submissionId>[?expert=E02]`: the materials on the left, the acting expert's score sheet on the right. */
export function ScoringScreen({ path }: { path: string[] }) {
  const t = useT();
  const { query } = useRoute();
  const [materialId, setMaterialId] = useState<string | undefined>(undefined);
  const expertId = query.get('expert') ?? undefined;
  return (
    <ReviewScreenFrame path={path} screen="score">
      {({ data, snapshot }) => (
        <div style={{ position: 'relative', height: '100%' }}>
          <SkipToSheet />
          <MaterialsSplitView
            defaultFraction={0.52}
            left={<SubmissionMaterials materials={data.materials} submissionId={snapshot.submissionId} materialId={materialId} onSelect={setMaterialId} />}
            right={
              <div id={sheetRegionId} role="region" aria-label={t('review.sheet.region')} tabIndex={-1} style={{ display: 'flex', flexDirection: 'column', height: '100%', paddingInlineStart: 12 }}>
                <ExpertGate meetingId={data.meeting.id} expertId={expertId} candidateIds={participants(snapshot).map((e) => e.id)}>
                  <div style={{ flex: 1, minHeight: 0 }}>
                    <ActingExpertSheet meetingId={data.meeting.id} snapshot={snapshot} />
                  </div>
                </ExpertGate>
              </div>
            }
          />
        </div>
      )}
    </ReviewScreenFrame>
  );
}
