import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Typography } from 'antd';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { justificationBands, needsJustification } from '../../../shared/engine/justification.js';
import type { Criterion, ReviewRules } from '../../../shared/model/rubric.js';
import type { CriterionScore, Veto } from '../../../shared/model/score-sheet.js';
import { useAppStore, useT } from '../../state/app-store.js';
import { useLocalName } from '../../shell/local-name.js';
import { guidanceOf } from './criterion-guidance.js';

type CriterionDetailsProps = {
  criterion: Criterion;
  rules: ReviewRules;
  entry: CriterionScore;
  veto: Veto | null;
  readOnly: boolean;
  /** Messages of the engine's issues, by field (`scores.<id>.justification`, `veto.reason`, …). */
  issues: ReadonlyMap<string, string>;
  onEntry: (entry: CriterionScore) => void;
  onVeto: (veto: Veto | null) => void;
  onBlur: () => void;
  style: CSSProperties;
  /** Shown under the guidance: the pre-check's findings beside 合规性. */
  besides?: ReactNode;
};

/** Beneath a criterion's score: its guidance and checkpoints, the justification when the engine asks for one, and the veto where allowed. */
export function CriterionDetails({ criterion, rules, entry, veto, readOnly, issues, onEntry, onVeto, onBlur, style, besides }: CriterionDetailsProps) {
  const t = useT();
  const localName = useLocalName();
  const language = useAppStore((state) => state.settings.language);
  const [open, setOpen] = useState(false);
  const field = `scores.${criterion.id}.justification`;
  const name = localName(criterion.name);
  const guidance = guidanceOf(criterion, language);
  const bands = justificationBands(criterion.maxPoints, rules);
  const justify = entry.score !== null && needsJustification(entry.score, criterion.maxPoints, rules);
  const vetoed = veto?.criterionId === criterion.id;
  const problem = issues.get(field);
  return (
    <section className="zz-criterion" aria-label={name} style={{ paddingBottom: 10, borderBottom: '1px solid #f0f0f0', ...style }}>
      <Button type="link" size="small" style={{ paddingInline: 0 }} aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
        {t('review.score.guidance')}
      </Button>
      {open && (
        <div className="zz-guidance" lang={guidance.lang} style={{ background: '#fafafa', padding: '6px 10px', borderRadius: 6, marginBottom: 6 }}>
          {guidance.chineseOnly && (
            <Typography.Paragraph type="secondary" lang="en" style={{ marginBottom: 4, fontSize: 12 }}>
              {t('review.score.guidance.chineseOnly')}
            </Typography.Paragraph>
          )}
          <Typography.Paragraph style={{ marginBottom: 4 }}>{guidance.text}</Typography.Paragraph>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {guidance.checkpoints.map((point) => (
              <li key={point}>
                <Typography.Text type="secondary">{point}</Typography.Text>
              </li>
            ))}
          </ul>
        </div>
      )}
      {besides}
      {justify && (
        <Input.TextArea
          aria-label={t('review.score.justification', { name })}
          placeholder={t('review.score.justificationHint', { atMost: bands.atMost, atLeast: bands.atLeast })}
          autoSize={{ minRows: 1, maxRows: 4 }}
          value={entry.justification}
          disabled={readOnly}
          status={problem === undefined ? undefined : 'error'}
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
