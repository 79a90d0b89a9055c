import type { ReviewRules, Rubric } from '../model/rubric.js';
import type { ScoreSheetContent } from '../model/score-sheet.js';
import { type EngineMessage, type EngineMessageCode, type EngineParams, engineMessage, nameParam, recommendationParam, reviewTypeParam, zhText } from './engine-message.js';
import { justificationBands, needsJustification } from './justification.js';
import { recommendationsByType } from './recommendation-sets.js';

/**
 * `field` names the offending input, e.g. `scores.compliance.justification`, so the UI can point at
 * it; `code` and `params` say what is wrong in any language, `message` in Chinese. The engine always
 * gives a code; an issue the host adds of its own may carry only the Chinese until it has one.
 */
export type SheetIssue = { field: string; message: string; code?: EngineMessageCode; params?: EngineMessage['params'] };

export const sheetIssue = <C extends EngineMessageCode>(field: string, code: C, params: EngineParams<C>): SheetIssue => {
  const said = engineMessage(code, params);
  return { field, ...said, message: zhText(said) };
};

/** Everything that stops a sheet from being submitted; an empty list means it may be submitted. */
export const validateSheet = (rubric: Rubric, rules: ReviewRules, sheet: ScoreSheetContent): SheetIssue[] => {
  const issues: SheetIssue[] = [];
  const criteria = new Map(rubric.criteria.map((c) => [c.id, c]));
  const seen = new Set<string>();

  for (const entry of sheet.scores) {
    const field = `scores.${entry.criterionId}`;
    const criterion = criteria.get(entry.criterionId);
    if (criterion === undefined) {
      issues.push(sheetIssue(field, 'sheet.unknownCriterion', { rubric: nameParam(rubric.name, rubric.id), criterionId: entry.criterionId }));
      continue;
    }
    if (seen.has(entry.criterionId)) {
      issues.push(sheetIssue(field, 'sheet.duplicateScore', { criterion: nameParam(criterion.name, criterion.id) }));
      continue;
    }
    seen.add(entry.criterionId);
    if (entry.score === null) continue;
    if (!Number.isInteger(entry.score) || entry.score < 0 || entry.score > criterion.maxPoints) {
      issues.push(sheetIssue(`${field}.score`, 'sheet.scoreRange', { criterion: nameParam(criterion.name, criterion.id), max: criterion.maxPoints, score: entry.score }));
      continue;
    }
    if (needsJustification(entry.score, criterion.maxPoints, rules) && entry.justification.trim() === '') {
      const bands = justificationBands(criterion.maxPoints, rules);
      issues.push(
        sheetIssue(`${field}.justification`, 'sheet.justificationMissing', {
          criterion: nameParam(criterion.name, criterion.id),
          score: entry.score,
          atMost: bands.atMost,
          atLeast: bands.atLeast,
        }),
      );
    }
  }

  const scored = new Set(sheet.scores.filter((s) => s.score !== null).map((s) => s.criterionId));
  if (rubric.scoresRequired) {
    for (const criterion of rubric.criteria) {
      if (!scored.has(criterion.id)) {
        issues.push(sheetIssue(`scores.${criterion.id}.score`, 'sheet.scoreMissing', { criterion: nameParam(criterion.name, criterion.id) }));
      }
    }
  }

  if (sheet.veto !== null) {
    const criterion = criteria.get(sheet.veto.criterionId);
    if (criterion === undefined || !criterion.vetoable) {
      issues.push(sheetIssue('veto.criterionId', 'sheet.notVetoable', { criterion: nameParam(criterion?.name, sheet.veto.criterionId) }));
    }
    if (sheet.veto.reason.trim() === '') {
      issues.push(sheetIssue('veto.reason', 'sheet.vetoReasonMissing', {}));
    }
  }

  const allowed = recommendationsByType[rubric.reviewType];
  if (sheet.recommendation === null) {
    issues.push(sheetIssue('recommendation', 'sheet.recommendationMissing', {}));
  } else if (!allowed.includes(sheet.recommendation)) {
    issues.push(
      sheetIssue('recommendation', 'sheet.recommendationNotAllowed', {
        recommendation: recommendationParam(sheet.recommendation),
        reviewType: reviewTypeParam(rubric.reviewType),
      }),
    );
  } else if (sheet.veto !== null && sheet.recommendation !== rubric.vetoOutcome) {
    issues.push(sheetIssue('recommendation', 'sheet.vetoRecommendation', { recommendation: recommendationParam(rubric.vetoOutcome) }));
  }
  return issues;
};
