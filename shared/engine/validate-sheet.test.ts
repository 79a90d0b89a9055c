import { describe, expect, it } from 'vitest';
import type { ScoreSheetContent } from '../model/score-sheet.js';
import { builtinRubrics } from '../rubrics/builtin-rubrics.js';
import { defaultRules } from '../rubrics/default-rules.js';
import { needsJustification } from './justification.js';
import { engineText } from './engine-message.js';
import { type SheetIssue, validateSheet } from './validate-sheet.js';

const rubric = builtinRubrics.technical;
const rules = defaultRules.technical;

const sheet = (scores: readonly (number | null)[], overrides: Partial<ScoreSheetContent> = {}): ScoreSheetContent => ({
  scores: rubric.criteria.map((c, i) => ({ criterionId: c.id, score: scores[i] ?? null, justification: '' })),
  veto: null,
  recommendation: 'pass',
  opinion: '',
  ...overrides,
});

describe('needsJustification', () => {
  it('covers the bottom quarter and the top tenth of the range, inclusive', () => {
    const at20 = [0, 5, 6, 17, 18, 20].map((s) => needsJustification(s, 20, rules));
    expect(at20).toEqual([true, true, false, false, true, true]);
    const at15 = [3, 4, 13, 14].map((s) => needsJustification(s, 15, rules));
    expect(at15).toEqual([true, false, false, true]);
  });
});

/** What the host reports: field and Chinese message. */
const said = (issues: readonly SheetIssue[]) => issues.map(({ field, message }) => ({ field, message }));

const inEnglish = (issues: readonly SheetIssue[]) => issues.map(({ code, params }) => engineText({ code: code!, params: params! }, 'en'));

describe('validateSheet', () => {
  it('accepts a complete sheet in the middle of every range', () => {
    expect(validateSheet(rubric, rules, sheet([15, 10, 22, 10, 15]))).toEqual([]);
  });

  it('names every unscored criterion', () => {
    const issues = validateSheet(rubric, rules, sheet([15, null, 22, 10, 15]));
    expect(said(issues)).toEqual([{ field: 'scores.necessity.score', message: '「必要性」尚未评分' }]);
    expect(inEnglish(issues)).toEqual(['“Necessity” is not scored yet']);
  });

  it('rejects scores out of range or not whole', () => {
    const issues = validateSheet(rubric, rules, sheet([21, 10, 22.5, 10, 15]));
    expect(issues.map((i) => i.field)).toEqual(['scores.compliance.score', 'scores.advancement.score']);
    expect(issues[0]?.message).toBe('「合规性」得分须为 0 到 20 的整数，现为 21');
  });

  it('asks for a justification at the extremes', () => {
    const issues = validateSheet(rubric, rules, sheet([19, 10, 22, 10, 15]));
    expect(said(issues)).toEqual([
      { field: 'scores.compliance.justification', message: '「合规性」得分 19 分（≤5 或 ≥18）须填写评分理由' },
    ]);
    expect(inEnglish(issues)).toEqual(['“Compliance” scored 19 (≤5 or ≥18) needs a justification']);
    const justified = sheet([19, 10, 22, 10, 15]);
    justified.scores[0]!.justification = '完全符合 GB/T 1.1—2020';
    expect(validateSheet(rubric, rules, justified)).toEqual([]);
  });

  it('rejects unknown and duplicate criteria', () => {
    const base = sheet([15, 10, 22, 10, 15]);
    const issues = validateSheet(rubric, rules, {
      ...base,
      scores: [...base.scores, { criterionId: 'beauty', score: 3, justification: '' }, { ...base.scores[0]! }],
    });
    expect(issues.map((i) => i.field)).toEqual(['scores.beauty', 'scores.compliance']);
  });

  it('allows a veto only on a vetoable criterion, with a reason and a matching recommendation', () => {
    const scores = [15, 10, 22, 10, 15];
    expect(
      validateSheet(rubric, rules, sheet(scores, { veto: { criterionId: 'compliance', reason: '与强制性标准冲突' }, recommendation: 'fail' })),
    ).toEqual([]);
    const issues = validateSheet(rubric, rules, sheet(scores, { veto: { criterionId: 'economy', reason: ' ' } }));
    expect(said(issues)).toEqual([
      { field: 'veto.criterionId', message: '「经济性」不能行使否决' },
      { field: 'veto.reason', message: '行使否决须写明理由' },
      { field: 'recommendation', message: '行使否决时推荐结论应为「不通过」' },
    ]);
  });

  it('requires a recommendation from the review type’s own set', () => {
    expect(said(validateSheet(rubric, rules, sheet([15, 10, 22, 10, 15], { recommendation: null })))).toEqual([
      { field: 'recommendation', message: '尚未选择推荐结论' },
    ]);
    const foreign = validateSheet(rubric, rules, sheet([15, 10, 22, 10, 15], { recommendation: 'confirm' }));
    expect(foreign[0]?.message).toBe('「继续有效」不是技术审评的可选结论');
    expect(inEnglish(foreign)).toEqual(['Not a possible conclusion of a Technical review: “Confirm”']);
  });

  it('lets a periodic review sheet go without points', () => {
    const periodic = builtinRubrics.periodic;
    const content: ScoreSheetContent = {
      scores: periodic.criteria.map((c) => ({ criterionId: c.id, score: null, justification: '' })),
      veto: null,
      recommendation: 'confirm',
      opinion: '',
    };
    expect(validateSheet(periodic, defaultRules.periodic, content)).toEqual([]);
  });
});
