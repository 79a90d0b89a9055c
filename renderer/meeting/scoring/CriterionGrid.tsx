import type { ReactNode } from 'react';
import type { Criterion, ReviewRules } from '../../../shared/model/rubric.js';
import type { CriterionScore as Entry, Veto } from '../../../shared/model/score-sheet.js';
import { CriterionDetails } from './CriterionDetails.js';
import { CriterionScore } from './CriterionScore.js';

type CriterionGridProps = {
  criteria: readonly Criterion[];
  rules: ReviewRules;
  scores: readonly Entry[];
  veto: Veto | null;
  readOnly: boolean;
  /** Messages of the engine's issues, by field (`scores.<id>.score`, `veto.reason`, …). */
  issues: ReadonlyMap<string, string>;
  onEntry: (entry: Entry) => void;
  onVeto: (veto: Veto | null) => void;
  onBlur: () => void;
  /** What a criterion shows under its guidance, by criterion id (the pre-check beside 合规性). */
  besides?: ReadonlyMap<string, ReactNode>;
};

/**
 * The criteria as rows, each score with its details beneath. Every score field comes first in the
 * document (and so in tab order): Tab after a score always lands on the next criterion's score, and
 * a justification box that a score brings up never takes the keystrokes meant for the next score.
 * The grid places each criterion's details back under its own score; Tab reaches them after the last score.
 */
export function CriterionGrid({ criteria, rules, scores, veto, readOnly, issues, onEntry, onVeto, onBlur, besides }: CriterionGridProps) {
  const entryOf = (criterion: Criterion): Entry =>
    scores.find((s) => s.criterionId === criterion.id) ?? { criterionId: criterion.id, score: null, justification: '' };
  return (
    <div className="zz-criteria" style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
      {criteria.map((criterion, index) => {
        const entry = entryOf(criterion);
        return (
          <CriterionScore
            key={criterion.id}
            criterion={criterion}
            score={entry.score}
            readOnly={readOnly}
            issue={issues.get(`scores.${criterion.id}.score`)}
            onScore={(score) => onEntry({ ...entry, score })}
            onBlur={onBlur}
            style={{ gridRow: 2 * index + 1, gridColumn: 1 }}
          />
        );
      })}
      {criteria.map((criterion, index) => (
        <CriterionDetails
          key={criterion.id}
          criterion={criterion}
          rules={rules}
          entry={entryOf(criterion)}
          veto={veto}
          readOnly={readOnly}
          issues={issues}
          onEntry={onEntry}
          onVeto={onVeto}
          onBlur={onBlur}
          besides={besides?.get(criterion.id)}
          style={{ gridRow: 2 * index + 2, gridColumn: 1 }}
        />
      ))}
    </div>
  );
}
