import type { DraftStructure } from './draft-structure.js';
import type { ExplanatoryNote } from './explanatory-note.js';
import type { Finding } from './finding.js';
import { forewordStatement } from './rules/foreword.js';
import { datedMismatch, leadIn, unlisted, unused } from './rules/references.js';
import { hangingParagraph, loneSubclause, numberingGap } from './rules/numbering.js';
import { elementOrder, missingElements } from './rules/structure.js';
import { modalVerbs } from './rules/wording.js';
import { codeFormat, indicatorMismatch, requiredChapters } from './rules/zzb.js';

/**
 * The compliance pre-check: every rule over one draft, findings in the order of the rules. The
 * 编制说明 is optional; without it zzb.indicator-mismatch has nothing to compare with.
 */
export const checkDraft = (draft: DraftStructure, note?: ExplanatoryNote): Finding[] => [
  ...elementOrder(draft),
  ...missingElements(draft),
  ...forewordStatement(draft),
  ...leadIn(draft),
  ...unused(draft),
  ...unlisted(draft),
  ...datedMismatch(draft),
  ...numberingGap(draft),
  ...loneSubclause(draft),
  ...hangingParagraph(draft),
  ...modalVerbs(draft),
  ...requiredChapters(draft),
  ...codeFormat(draft),
  ...indicatorMismatch(draft, note),
];
