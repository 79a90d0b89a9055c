import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Typography } from 'antd';
import { useState } from 'react';
import { justificationBands, needsJustification } from '../../../shared/engine/justification.js';
import type { Criterion, ReviewRules } from '../../../shared/model/rubric.js';
import type { CriterionScore, Veto } from '../../../shared/model/score-sheet.js';
import { useT } from '../../state/app-store.js';
import { ScoreInput } from './ScoreInput.js';

type CriterionRowProps = {
  criterion: Criterion;
  rules: ReviewRules;
  entry: CriterionScore;
  veto: Veto | null;
  readOnly: boolean;
  /** Messages of the engine's issues, by field (`scores.<id>.score`, `veto.reason`, …). */
  issues: ReadonlyMap<string, string>;
  onEntry: (entry: CriterionScore) => void;
  onVeto: (veto: Veto | null) => void;
  onBlur: () => void;
  /** The next criterion, whose score Tab moves to when no justification is asked for here. */
  nextCriterionId: string | null;
};

/** One criterion: its score, guidance and checkpoints, the justification when the engine asks for one, and the veto where allowed. */
export function CriterionRow({ criterion, rules, entry, veto, readOnly, issues, onEntry, onVeto, onBlur, nextCriterionId }: CriterionRowProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const field = `scores.${criterion.id}`;
  const name = criterion.name.zh;
  const bands = justificationBands(criterion.maxPoints, rules);
  const justify = entry.score !== null && needsJustification(entry.score, criterion.maxPoints, rules);
  const vetoed = veto?.criterionId === criterion.id;
  const problem = issues.get(`${field}.score`) ?? issues.get(`${field}.justification`);
  return (
    <section className="zz-criterion" aria-label={name} style={{ padding: '10px 0', borderBottom: '1px solid #f0f0f0' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 12 }}>
        <label htmlFor={`score-${criterion.id}`} style={{ flex: 1, minWidth: 0 }}>
          <Typography.Text strong>{name}</Typography.Text>
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {t('review.score.range', { max: criterion.maxPoints })}
          </Typography.Text>
        </label>
        <ScoreInput
          id={`score-${criterion.id}`}
          label={t('review.score.label', { name })}
          max={criterion.maxPoints}
          score={entry.score}
          disabled={readOnly}
          invalid={issues.has(`${field}.score`)}
          onChange={(score) => onEntry({ ...entry, score })}
          onBlur={onBlur}
          tabTo={justify || nextCriterionId === null ? undefined : `score-${nextCriterionId}`}
        />
      </div>
      <Button type="link" size="small" tabIndex={-1} style={{ paddingInline: 0 }} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? <UpOutlined /> : <DownOutlined />}
        {t('review.score.guidance')}
      </Button>
      {open && (
        <div className="zz-guidance" style={{ background: '#fafafa', padding: '6px 10px', borderRadius: 6, marginBottom: 6 }}>
          <Typography.Paragraph style={{ marginBottom: 4 }}>{criterion.guidance}</Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {criterion.checkpoints.map((point) => (
              <li key={point}>
                <Typography.Text type="secondary">{point}</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {justify && (
        <Input.TextArea
          aria-label={t('review.score.justification', { name })}
          placeholder={t('review.score.justificationHint', { atMost: bands.atMost, atLeast: bands.atLeast })}
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={entry.justification}
          disabled={readOnly}
          status={issues.has(`${field}.justification`) ? 'error' : undefined}
          onChange={(event) => onEntry({ ...entry, justification: event.target.value })}
          onBlur={onBlur}
        />
      )}
      {problem !== undefined && <Typography.Text type="danger">{problem}</Typography.Text>}
      {criterion.vetoable && (
        <div style={{ marginTop: 6 }}>
          <Checkbox
            checked={vetoed}
            disabled={readOnly}
            onChange={(event) => onVeto(event.target.checked ? { criterionId: criterion.id, reason: '' } : null)}
          >
            {t('review.veto.mark', { name })}
          </Checkbox>
          {vetoed && (
            <Input.TextArea
              aria-label={t('review.veto.reason')}
              placeholder={t('review.veto.reasonHint')}
              autoSize={{ minRows: 1, maxRows: 4 }}
              style={{ marginTop: 4 }}
              value={veto.reason}
              disabled={readOnly}
              status={issues.has('veto.reason') ? 'error' : undefined}
              onChange={(event) => onVeto({ criterionId: criterion.id, reason: event.target.value })}
              onBlur={onBlur}
            />
          )}
        </div>
      )}
    </section>
  );
}
