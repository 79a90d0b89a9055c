import { Typography } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import type { Criterion } from '../../../shared/model/rubric.js';
import { useT } from '../../state/app-store.js';
import { useLocalName } from '../../shell/local-name.js';
import { entryOf, type ScoreEntry } from './score-keys.js';
import { ScoreInput } from './ScoreInput.js';

type CriterionScoreProps = {
  criterion: Criterion;
  score: number | null;
  readOnly: boolean;
  /** The engine's message about this score (e.g. not scored yet), shown when the typed text itself is fine. */
  issue: string | undefined;
  onScore: (score: number | null) => void;
  onBlur: () => void;
  style: CSSProperties;
};

/**
 * A criterion's name, range and score field. A refused value stays in the field as typed, with a
 * message naming the maximum; the sheet holds no score for the criterion until a valid one is typed.
 */
export function CriterionScore({ criterion, score, readOnly, issue, onScore, onBlur, style }: CriterionScoreProps) {
  const t = useT();
  const localName = useLocalName();
  const [entry, setEntry] = useState(() => entryOf(score));
  // A score changed elsewhere (a loaded draft, a submitted version) replaces what is typed; a refused text stands for null and stays.
  useEffect(() => {
    setEntry((current) => (current.score === score ? current : entryOf(score)));
  }, [score]);
  const id = `score-${criterion.id}`;
  const name = localName(criterion.name);
  const max = criterion.maxPoints;
  const problem = entry.refused ? t('review.score.refused', { name, max, text: entry.text.trim() }) : issue;
  const accept = (next: ScoreEntry) => {
    setEntry(next);
    if (next.score !== score) onScore(next.score);
  };
  return (
    <div className="zz-criterion-score" style={{ paddingTop: 10, ...style }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <label htmlFor={id} style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {t('review.score.range', { max })}
          </Typography.Text>
        </label>
        <ScoreInput
          id={id}
          label={t('review.score.label', { name })}
          max={max}
          entry={entry}
          disabled={readOnly}
          invalid={problem !== undefined}
          describedBy={problem === undefined ? undefined : `${id}-problem`}
          onEntry={accept}
          onBlur={onBlur}
        />
      </div>
      {problem !== undefined && (
        <Typography.Text type="danger" id={`${id}-problem`} className="zz-score-problem" style={{ display: 'block', marginTop: 4 }}>
          {problem}
        </Typography.Text>
      )}
    </div>
  );
}
