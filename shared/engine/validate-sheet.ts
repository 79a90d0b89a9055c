import type { ReviewRules, Rubric } from '../model/rubric.js';
import type { ScoreSheetContent } from '../model/score-sheet.js';
import { justificationBands, needsJustification } from './justification.js';
import { recommendationLabels, reviewTypeLabels } from './labels.js';
import { recommendationsByType } from './recommendation-sets.js';

/** `field` names the offending input, e.g. `scores.compliance.justification`, so the UI can point at it. */
export type SheetIssue = { field: string; message: string };

/** Everything that stops a sheet from being submitted; an empty list means it may be submitted. */
export const validateSheet = (rubric: Rubric, rules: ReviewRules, sheet: ScoreSheetContent): SheetIssue[] => {
  const issues: SheetIssue[] = [];
  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));
  const seen = new Set<string>();

  for (const entry of sheet.scores) {
    const field = `scores.${entry.criterionId}`;
    const criterion = criteria.get(entry.criterionId);
    if (criterion === undefined) {
      issues.push({ field, message: `评分表「${rubric.name.zh}」中没有评审要素「${entry.criterionId}」` });
      continue;
    }
    if (seen.has(entry.criterionId)) {
      issues.push({ field, message: `「${criterion.name.zh}」重复评分` });
      continue;
    }
    seen.add(entry.criterionId);
    if (entry.score === null) continue;
    if (!Number.isInteger(entry.score) || entry.score < 0 || entry.score > criterion.maxPoints) {
      issues.push({
        field: `${field}.score`,
        message: `「${criterion.name.zh}」得分须为 0 到 ${criterion.maxPoints} 的整数，现为 ${entry.score}`,
      });
      continue;
    }
    if (needsJustification(entry.score, criterion.maxPoints, rules) && entry.justification.trim() === '') {
      const bands = justificationBands(criterion.maxPoints, rules);
      issues.push({
        field: `${field}.justification`,
        message: `「${criterion.name.zh}」得分 ${entry.score} 分（≤${bands.atMost} 或 ≥${bands.atLeast}）须填写评分理由`,
      });
    }
  }

  const scored = new Set(sheet.scores.filter((s) => s.score !== null).map((s) => s.criterionId));
  if (rubric.scoresRequired) {
    for (const criterion of rubric.criteria) {
      if (!scored.has(criterion.id)) {
        issues.push({ field: `scores.${criterion.id}.score`, message: `「${criterion.name.zh}」尚未评分` });
      }
    }
  }

  if (sheet.veto !== null) {
    const criterion = criteria.get(sheet.veto.criterionId);
    if (criterion === undefined || !criterion.vetoable) {
      const name = criterion?.name.zh ?? sheet.veto.criterionId;
      issues.push({ field: 'veto.criterionId', message: `「${name}」不能行使否决` });
    }
    if (sheet.veto.reason.trim() === '') {
      issues.push({ field: 'veto.reason', message: '行使否决须写明理由' });
    }
  }

  const allowed = recommendationsByType[rubric.reviewType];
  if (sheet.recommendation === null) {
    issues.push({ field: 'recommendation', message: '尚未选择推荐结论' });
  } else if (!allowed.includes(sheet.recommendation)) {
    issues.push({
      field: 'recommendation',
      message: `「${recommendationLabels[sheet.recommendation]}」不是${reviewTypeLabels[rubric.reviewType]}的可选结论`,
    });
  } else if (sheet.veto !== null && sheet.recommendation !== rubric.vetoOutcome) {
    issues.push({
      field: 'recommendation',
      message: `行使否决时推荐结论应为「${recommendationLabels[rubric.vetoOutcome]}」`,
    });
  }
  return issues;
};
