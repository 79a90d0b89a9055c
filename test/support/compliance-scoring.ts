/**
 * Scores the compliance pre-check against a corpus manifest. A finding is right when a planted
 * defect of the same rule sits at the same place: the same clause where the manifest names one,
 * else the same page where it names one, else anywhere in the draft. Each expectation is met once;
 * a second finding on a met expectation is a duplicate (counted apart, neither right nor wrong);
 * a finding that meets no expectation is a false positive.
 */

export type ExpectedFinding = { rule: string; clause?: string; page?: number; planted: string };

export type ManifestEntry = {
  /** File names inside the corpus folder. */
  draft: string;
  note?: string;
  format: 'docx' | 'pdf';
  /** DOCX only: clause numbers come from Word's automatic numbering, not typed into the text. */
  numbering?: 'automatic' | 'typed';
  expected: ExpectedFinding[];
};

export type CorpusManifest = { description: string; entries: ManifestEntry[] };

/** The part of an engine finding the score looks at. */
export type ReportedFinding = { rule: string; clause?: string; page?: number; quote: string };

export type DraftScore = {
  draft: string;
  clean: boolean;
  findings: number;
  matched: { expected: ExpectedFinding; finding: ReportedFinding }[];
  missed: ExpectedFinding[];
  falsePositives: ReportedFinding[];
  duplicates: ReportedFinding[];
};

const sameLocation = (expected: ExpectedFinding, finding: ReportedFinding): boolean => {
  if (expected.clause !== undefined) return finding.clause === expected.clause;
  if (expected.page !== undefined) return finding.page === expected.page;
  return true;
};

export const scoreDraft = (entry: ManifestEntry, findings: readonly ReportedFinding[]): DraftScore => {
  const open = [...entry.expected];
  const met: ExpectedFinding[] = [];
  const score: DraftScore = { draft: entry.draft, clean: entry.expected.length === 0, findings: findings.length, matched: [], missed: [], falsePositives: [], duplicates: [] };
  for (const finding of findings) {
    const fits = (expected: ExpectedFinding) => expected.rule === finding.rule && sameLocation(expected, finding);
    const index = open.findIndex(fits);
    const [expected] = index === -1 ? [] : open.splice(index, 1);
    if (expected !== undefined) {
      met.push(expected);
      score.matched.push({ expected, finding });
    } else if (met.some(fits)) {
      score.duplicates.push(finding);
    } else {
      score.falsePositives.push(finding);
    }
  }
  score.missed = open;
  return score;
};

export type RuleFigures = {
  rule: string;
  expected: number;
  found: number;
  falsePositives: number;
  /** Share of planted defects found; NaN where none was planted. */
  recall: number;
  /** Share of findings that are right; NaN where the rule reported nothing. */
  precision: number;
};

const figures = (rule: string, expected: number, found: number, falsePositives: number): RuleFigures => ({
  rule,
  expected,
  found,
  falsePositives,
  recall: expected === 0 ? Number.NaN : found / expected,
  precision: found + falsePositives === 0 ? Number.NaN : found / (found + falsePositives),
});

export type CorpusScore = {
  perRule: RuleFigures[];
  overall: RuleFigures;
  duplicates: number;
  /** The most findings on any clean draft, and on which. */
  cleanMax: { findings: number; draft?: string };
  drafts: DraftScore[];
};

/** Per-rule and overall figures; `rules` lists every rule so one that never fires still shows. */
export const scoreCorpus = (drafts: readonly DraftScore[], rules: readonly string[]): CorpusScore => {
  const known = [...rules, ...drafts.flatMap((draft) => [...draft.missed.map((item) => item.rule), ...draft.falsePositives.map((item) => item.rule)]).filter((rule) => !rules.includes(rule))];
  const perRule = [...new Set(known)].map((rule) =>
    figures(
      rule,
      drafts.reduce((sum, draft) => sum + draft.matched.filter((pair) => pair.expected.rule === rule).length + draft.missed.filter((item) => item.rule === rule).length, 0),
      drafts.reduce((sum, draft) => sum + draft.matched.filter((pair) => pair.expected.rule === rule).length, 0),
      drafts.reduce((sum, draft) => sum + draft.falsePositives.filter((item) => item.rule === rule).length, 0),
    ),
  );
  const total = (pick: (rule: RuleFigures) => number) => perRule.reduce((sum, rule) => sum + pick(rule), 0);
  const cleanMax = drafts
    .filter((draft) => draft.clean)
    .reduce<{ findings: number; draft?: string }>((max, draft) => (draft.findings > max.findings ? { findings: draft.findings, draft: draft.draft } : max), { findings: 0 });
  return {
    perRule,
    overall: figures('overall', total((rule) => rule.expected), total((rule) => rule.found), total((rule) => rule.falsePositives)),
    duplicates: drafts.reduce((sum, draft) => sum + draft.duplicates.length, 0),
    cleanMax,
    drafts: [...drafts],
  };
};

const percent = (value: number): string => (Number.isNaN(value) ? '—' : `${(value * 100).toFixed(1)} %`);

export const formatRuleFigures = (figure: RuleFigures): string =>
  `${figure.rule}: recall ${percent(figure.recall)} (${figure.found}/${figure.expected}), precision ${percent(figure.precision)} (${figure.falsePositives} false positive${figure.falsePositives === 1 ? '' : 's'})`;

/** The misses and false positives, one line each, for the rules engineer to work from. */
export const formatMistakes = (score: CorpusScore): string[] =>
  score.drafts.flatMap((draft) => [
    ...draft.missed.map((item) => `missed ${item.rule} in ${draft.draft} at ${item.clause ?? (item.page === undefined ? '(anywhere)' : `p.${item.page}`)}: ${item.planted}`),
    ...draft.falsePositives.map((item) => `false positive ${item.rule} in ${draft.draft} at ${item.clause ?? (item.page === undefined ? '(none)' : `p.${item.page}`)}: 「${item.quote}」`),
  ]);
