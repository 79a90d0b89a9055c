/** The rules of the compliance pre-check (issue 14); a finding names exactly one. */
export const ruleIds = [
  'structure.element-order',
  'structure.missing-element',
  'foreword.statement',
  'references.lead-in',
  'references.unused',
  'references.unlisted',
  'references.dated-mismatch',
  'numbering.gap',
  'numbering.lone-subclause',
  'paragraph.hanging',
  'wording.modal-verb',
  'zzb.required-chapter',
  'zzb.code-format',
  'zzb.indicator-mismatch',
] as const;
export type RuleId = (typeof ruleIds)[number];

/** Each rule as GB/T 1.1—2020 or the 浙江制造 programme states it, shown beside the finding. */
export const ruleTexts: Record<RuleId, string> = {
  'structure.element-order':
    'GB/T 1.1—2020 第6章：要素的顺序为封面、目次、前言、引言、范围、规范性引用文件、术语和定义、（符号和缩略语）、核心技术要素、附录、参考文献、索引；范围为第1章。',
  'structure.missing-element':
    'GB/T 1.1—2020：范围、规范性引用文件、术语和定义为必备要素；没有规范性引用文件或术语时，仍保留章标题并写明「本文件没有规范性引用文件。」「本文件没有需要界定的术语和定义。」',
  'foreword.statement':
    'GB/T 1.1—2020 8.6：前言应说明「本文件按照GB/T 1.1—2020《标准化工作导则　第1部分：标准化文件的结构和起草规则》的规定起草。」',
  'references.lead-in':
    'GB/T 1.1—2020 8.8：规范性引用文件一章应以「下列文件中的内容通过文中的规范性引用而构成本文件必不可少的条款。其中，注日期的引用文件，仅该日期对应的版本适用于本文件；不注日期的引用文件，其最新版本（包括所有的修改单）适用于本文件。」引导；没有时写明「本文件没有规范性引用文件。」',
  'references.unused': 'GB/T 1.1—2020 8.8：规范性引用文件一章只列出文中规范性引用的文件；未在条文中引用的文件不应列入。',
  'references.unlisted': 'GB/T 1.1—2020 8.8：文中规范性引用的文件均应列入规范性引用文件一章。',
  'references.dated-mismatch':
    'GB/T 1.1—2020 9.5：注日期引用与不注日期引用应在条文与规范性引用文件清单中保持一致。',
  'numbering.gap': 'GB/T 1.1—2020 7.3：章、条应使用阿拉伯数字从1开始连续编号。',
  'numbering.lone-subclause': 'GB/T 1.1—2020 7.3：同一层次中有两个或两个以上的条时才可设条；只有一个下级条时不应设条。',
  'paragraph.hanging': 'GB/T 1.1—2020 7.4：章或条的标题与其下一层次的条之间不应设段（悬置段）。',
  'wording.modal-verb':
    'GB/T 1.1—2020 附录C：要求用「应/不应」，推荐用「宜/不宜」，允许用「可/不必」，能力和可能性用「能/不能」「可能/不可能」；「必须」「不得」「严禁」等不是规定的助动词。',
  'zzb.required-chapter': '「浙江制造」产品标准应设「基本要求」和「质量承诺」章。',
  'zzb.code-format': '「浙江制造」团体标准编号为 T/ZZB NNNN—YYYY，顺序号与年号之间用一字线「—」。',
  'zzb.indicator-mismatch': '编制说明对比表中本文件的指标值应与送审稿技术要求中的规定一致。',
};

/**
 * Message codes with their params, for the UI's i18n. Every code's params are strings or numbers
 * named in the comment beside it.
 */
export type FindingMessage =
  | { code: 'compliance.elementOrder'; params: { element: string; after: string } }
  | { code: 'compliance.missingElement'; params: { element: string } }
  | { code: 'compliance.forewordMissing'; params: Record<string, never> }
  | { code: 'compliance.forewordAltered'; params: { expected: string } }
  | { code: 'compliance.leadInMissing'; params: Record<string, never> }
  | { code: 'compliance.leadInAltered'; params: { expected: string } }
  | { code: 'compliance.referenceUnused'; params: { reference: string } }
  | { code: 'compliance.referenceUnlisted'; params: { reference: string } }
  | { code: 'compliance.referenceDatedMismatch'; params: { cited: string; listed: string } }
  | { code: 'compliance.numberingGap'; params: { found: string; expected: string } }
  | { code: 'compliance.loneSubclause'; params: { clause: string; subclause: string } }
  | { code: 'compliance.hangingParagraph'; params: { clause: string; subclause: string } }
  | { code: 'compliance.modalVerb'; params: { found: string; suggested: string } }
  | { code: 'compliance.requiredChapter'; params: { chapter: string } }
  | { code: 'compliance.codeFormat'; params: { found: string; expected: string } }
  | { code: 'compliance.indicatorMismatch'; params: { indicator: string; note: string; draft: string } };

/** One suggestion of the pre-check: never a verdict, an expert decides what to make of it. */
export type Finding = {
  rule: RuleId;
  /** The clause the finding concerns, as printed ('5.2.1', 'A.1'); see notes/compliance.md for each rule. */
  clause?: string;
  page?: number;
  /** The draft's text the finding is about, as found ('' when something is missing). */
  quote: string;
  ruleText: string;
  message: FindingMessage;
  /** The wording GB/T 1.1—2020 gives instead (wording.modal-verb), or the corrected form. */
  suggestion?: string;
};

export const finding = (rule: RuleId, fields: Omit<Finding, 'rule' | 'ruleText'>): Finding => ({ rule, ruleText: ruleTexts[rule], ...fields });
