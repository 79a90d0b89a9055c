import type { complianceZhCN } from './compliance.zh-cn.js';

export const complianceEn: Record<keyof typeof complianceZhCN, string> = {
  'compliance.elementOrder': '“{element}” is out of the element order GB/T 1.1—2020 sets (it follows “{after}”)',
  'compliance.missingElement': 'The required element “{element}” is missing',
  'compliance.forewordMissing': 'The foreword does not state that the document was drafted to GB/T 1.1—2020',
  'compliance.forewordAltered': 'The foreword’s statement of the drafting rules differs from the prescribed wording: {expected}',
  'compliance.leadInMissing': 'The normative references chapter has no lead-in',
  'compliance.leadInAltered': 'The lead-in of the normative references differs from the prescribed wording: {expected}',
  'compliance.referenceUnused': '{reference} is listed as a normative reference but never cited normatively',
  'compliance.referenceUnlisted': 'The text cites {reference}, which the normative references do not list',
  'compliance.referenceDatedMismatch': '{cited} in the text and {listed} in the list are not dated alike',
  'compliance.numberingGap': 'Numbering gap: {expected} is missing before {found}',
  'compliance.loneSubclause': '{clause} has a single sub-clause, {subclause}',
  'compliance.hangingParagraph': 'Hanging paragraph between the heading of {clause} and its sub-clause {subclause}',
  'compliance.modalVerb': '“{found}” is used; GB/T 1.1—2020 says “{suggested}”',
  'compliance.requiredChapter': 'A “Made in Zhejiang” product standard needs a “{chapter}” chapter',
  'compliance.codeFormat': 'The document code “{found}” is not in the form “{expected}”',
  'compliance.indicatorMismatch': '“{indicator}”: the explanatory note’s benchmarking table gives {note}, the technical requirements “{draft}”',
};
