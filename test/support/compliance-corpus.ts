import { cleanDraft } from './compliance-corpus-draft.js';
import { type Defect, defects } from './compliance-corpus-defects.js';
import { type CorpusDraft, type Presentation, gap, numberOf } from './compliance-corpus-model.js';
import { draftDocx, noteDocx } from './compliance-corpus-docx.js';
import { draftPdf, notePdf } from './compliance-corpus-pdf.js';
import { type Subject, subjects } from './compliance-corpus-subjects.js';
import type { CorpusDocument } from './compliance-engine.js';
import type { CorpusManifest, ExpectedFinding, ManifestEntry } from './compliance-scoring.js';

/**
 * The accuracy corpus of the compliance pre-check (issue 14): clean drafts and drafts with one or two
 * planted defects, each case written as DOCX and as PDF with its 编制说明 in the same format. Built
 * deterministically in memory; `write-corpus.ts` writes the same files and the manifest to a folder.
 */

type Case = { subject: Subject['key']; automatic: boolean; defects: Defect[] };

const cases: Case[] = [
  { subject: 'drill', automatic: false, defects: [] },
  { subject: 'valve', automatic: true, defects: [] },
  { subject: 'fabric', automatic: false, defects: [] },
  { subject: 'table', automatic: true, defects: [] },
  { subject: 'mixer', automatic: false, defects: [] },
  { subject: 'drill', automatic: true, defects: [] },
  { subject: 'valve', automatic: false, defects: [] },

  { subject: 'drill', automatic: true, defects: [defects.modalMust] },
  { subject: 'valve', automatic: false, defects: [defects.modalMayNot] },
  { subject: 'table', automatic: false, defects: [defects.modalStrictly] },
  { subject: 'fabric', automatic: true, defects: [defects.loneAppearance] },
  { subject: 'mixer', automatic: false, defects: [defects.loneFactoryInspection] },
  { subject: 'drill', automatic: false, defects: [defects.loneTesting] },
  { subject: 'valve', automatic: true, defects: [defects.hangingTechnical] },
  { subject: 'table', automatic: false, defects: [defects.hangingTypeTest] },
  { subject: 'mixer', automatic: true, defects: [defects.hangingMethods] },
  { subject: 'drill', automatic: false, defects: [defects.gapTechnical] },
  { subject: 'fabric', automatic: false, defects: [defects.gapMethods] },
  { subject: 'valve', automatic: false, defects: [defects.gapChapters] },
  { subject: 'mixer', automatic: true, defects: [defects.annexBeforeTechnical] },
  { subject: 'table', automatic: false, defects: [defects.termsBeforeReferences] },
  { subject: 'fabric', automatic: false, defects: [defects.forewordBeforeContents] },
  { subject: 'valve', automatic: false, defects: [defects.missingTerms] },
  { subject: 'mixer', automatic: true, defects: [defects.missingTerms] },
  { subject: 'drill', automatic: false, defects: [defects.missingScope] },
  { subject: 'table', automatic: true, defects: [defects.forewordOldEdition] },
  { subject: 'fabric', automatic: false, defects: [defects.forewordThisStandard] },
  { subject: 'drill', automatic: false, defects: [defects.forewordMissing] },
  { subject: 'mixer', automatic: false, defects: [defects.leadInOldEdition] },
  { subject: 'valve', automatic: true, defects: [defects.leadInNoAmendments] },
  { subject: 'fabric', automatic: true, defects: [defects.leadInThisStandard] },
  { subject: 'drill', automatic: true, defects: [defects.unusedPackagingMark] },
  { subject: 'valve', automatic: false, defects: [defects.unusedCopiedEntry] },
  { subject: 'fabric', automatic: false, defects: [defects.unusedCopiedEntry] },
  { subject: 'table', automatic: true, defects: [defects.unlistedSampling] },
  { subject: 'mixer', automatic: false, defects: [defects.unlistedShippingMark] },
  { subject: 'fabric', automatic: false, defects: [defects.unlistedSampling] },
  { subject: 'mixer', automatic: false, defects: [defects.datedInListOnly] },
  { subject: 'table', automatic: false, defects: [defects.datedInTextOnly] },
  { subject: 'fabric', automatic: true, defects: [defects.datedInListOnly] },
  { subject: 'drill', automatic: false, defects: [defects.codeHyphen] },
  { subject: 'valve', automatic: true, defects: [defects.codeEnDash] },
  { subject: 'mixer', automatic: true, defects: [defects.codeHyphen] },
  { subject: 'drill', automatic: false, defects: [defects.missingCommitment] },
  { subject: 'fabric', automatic: true, defects: [defects.missingBasic] },
  { subject: 'table', automatic: false, defects: [defects.missingCommitment] },
  { subject: 'valve', automatic: false, defects: [defects.indicatorDraftLooser] },
  { subject: 'drill', automatic: true, defects: [defects.indicatorDraftLooser] },
  { subject: 'table', automatic: false, defects: [defects.indicatorNoteStricter] },
  { subject: 'drill', automatic: false, defects: [defects.modalMustCommitment] },
  { subject: 'table', automatic: true, defects: [defects.leadInMissing] },
  { subject: 'fabric', automatic: false, defects: [defects.codeFullwidthHyphen] },
  { subject: 'valve', automatic: true, defects: [defects.unlistedInAnnex] },
  { subject: 'mixer', automatic: false, defects: [defects.hangingBasic] },

  { subject: 'mixer', automatic: false, defects: [defects.modalMust, defects.unlistedShippingMark] },
  { subject: 'fabric', automatic: false, defects: [defects.gapTechnical, defects.hangingMethods] },
  { subject: 'table', automatic: true, defects: [defects.codeHyphen, defects.forewordThisStandard] },
  { subject: 'valve', automatic: false, defects: [defects.loneAppearance, defects.datedInTextOnly] },
  { subject: 'drill', automatic: false, defects: [defects.missingTerms, defects.indicatorNoteStricter] },
  { subject: 'table', automatic: false, defects: [defects.modalMustCommitment, defects.unlistedInAnnex] },
];

export type CorpusCase = { id: string; draft: CorpusDraft; expected: (format: 'docx' | 'pdf') => ExpectedFinding[] };

const subjectOf = (key: string): Subject => {
  const subject = subjects.find((entry) => entry.key === key);
  if (subject === undefined) throw new Error(`语料没有主题 ${key}`);
  return subject;
};

/**
 * Typesetting cycles over the cases so every rule meets each kind of heading, separator and terms
 * layout; bold-text headings carry no Word numbering, so automatic cases use the two style kinds.
 */
const presentationOf = (index: number, automatic: boolean): Presentation => ({
  headings: automatic ? (index % 2 === 0 ? 'word-headings' : 'template-styles') : (['word-headings', 'template-styles', 'bold-text'] as const)[index % 3] ?? 'word-headings',
  separator: index % 5 < 2 ? '  ' : gap,
  stackedTerms: index % 4 >= 2,
});

/** Cover on page 1, then 目次 and 前言 one page each in the order the draft has them. */
const pageOf = (draft: CorpusDraft, on: 'cover' | 'foreword'): number => (on === 'cover' ? 1 : draft.contentsFirst ? 3 : 2);

export const corpusCases = (): CorpusCase[] => {
  const seen = new Map<string, number>();
  return cases.map((entry, index) => {
    const options = { automaticNumbering: entry.automatic, presentation: presentationOf(index, entry.automatic) };
    const draft = structuredClone(cleanDraft(subjectOf(entry.subject), options));
    const planted = entry.defects.flatMap((defect) => defect.apply(draft));
    const name = `${entry.subject}-${entry.defects.length === 0 ? 'clean' : entry.defects.map((defect) => defect.id).join('+')}`;
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    const expected = (format: 'docx' | 'pdf'): ExpectedFinding[] =>
      planted.map(({ rule, planted: what, target, on }) => ({
        rule,
        ...(target === undefined ? {} : { clause: typeof target === 'string' ? target : numberOf(draft, target) }),
        ...(on === undefined || format === 'docx' ? {} : { page: pageOf(draft, on) }),
        planted: what,
      }));
    return { id: count === 1 ? name : `${name}-${count}`, draft, expected };
  });
};

/** Every case in both formats, rendered one after another (PDF subsetting is the slow part). */
export async function* corpusFiles(): AsyncGenerator<CorpusDocument> {
  for (const corpusCase of corpusCases()) {
    for (const format of ['docx', 'pdf'] as const) {
      const draftBytes = format === 'docx' ? await draftDocx(corpusCase.draft) : await draftPdf(corpusCase.draft);
      const noteBytes = format === 'docx' ? await noteDocx(corpusCase.draft.note) : await notePdf(corpusCase.draft.note);
      yield { ...manifestEntry(corpusCase, format), draftBytes, noteBytes };
    }
  }
}

const manifestEntry = (corpusCase: CorpusCase, format: 'docx' | 'pdf'): ManifestEntry => ({
  draft: `${corpusCase.id}.${format}`,
  note: `${corpusCase.id}.编制说明.${format}`,
  format,
  ...(format === 'docx' ? { numbering: corpusCase.draft.automaticNumbering ? 'automatic' : 'typed' } : {}),
  expected: corpusCase.expected(format),
});

export const corpusManifest = (): CorpusManifest => ({
  description: '浙江制造标准送审稿合规性预审语料：干净稿与植入缺陷稿（DOCX、PDF），每稿附编制说明；expected 列出应有的发现（规则 + 条号或页码）。',
  entries: corpusCases().flatMap((corpusCase) => (['docx', 'pdf'] as const).map((format) => manifestEntry(corpusCase, format))),
});
