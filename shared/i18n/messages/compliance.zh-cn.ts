/** The compliance pre-check's findings (shared/compliance/finding.ts, FindingMessage), one line each. */
export const complianceZhCN = {
  'compliance.elementOrder': '「{element}」的位置不符合 GB/T 1.1—2020 规定的要素顺序（位于「{after}」之后）',
  'compliance.missingElement': '缺少必备要素「{element}」',
  'compliance.forewordMissing': '前言中缺少按照 GB/T 1.1—2020 起草的说明',
  'compliance.forewordAltered': '前言中起草规则的说明与规定的表述不一致，应为：{expected}',
  'compliance.leadInMissing': '规范性引用文件一章缺少引导语',
  'compliance.leadInAltered': '规范性引用文件的引导语与规定的表述不一致，应为：{expected}',
  'compliance.referenceUnused': '{reference} 列入了规范性引用文件，但正文中没有规范性引用',
  'compliance.referenceUnlisted': '正文引用了 {reference}，但规范性引用文件中没有列出',
  'compliance.referenceDatedMismatch': '正文中的 {cited} 与规范性引用文件中的 {listed} 注日期不一致',
  'compliance.numberingGap': '编号不连续：{found} 之前缺少 {expected}',
  'compliance.loneSubclause': '{clause} 只有一个下级条 {subclause}',
  'compliance.hangingParagraph': '{clause} 的标题与其下级条 {subclause} 之间有悬置段',
  'compliance.modalVerb': '使用了「{found}」，GB/T 1.1—2020 的表述为「{suggested}」',
  'compliance.requiredChapter': '「浙江制造」产品标准缺少「{chapter}」章',
  'compliance.codeFormat': '标准编号「{found}」的格式不符，应为「{expected}」',
  'compliance.indicatorMismatch': '「{indicator}」：编制说明对比表为 {note}，技术要求中为「{draft}」',
} as const;
