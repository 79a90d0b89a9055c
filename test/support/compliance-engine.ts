import { checkDraft } from '../../shared/compliance/check-draft.js';
import { type Finding, ruleIds } from '../../shared/compliance/finding.js';
import { readDraftDocx } from '../../node/compliance/read-draft-docx.js';
import { readDraftPdf } from '../../node/compliance/read-draft-pdf.js';
import { readExplanatoryNote } from '../../node/compliance/read-explanatory-note.js';
import { type CorpusScore, type ManifestEntry, type ReportedFinding, scoreCorpus, scoreDraft } from './compliance-scoring.js';

/** One corpus draft through the pre-check as the app runs it: read the draft and its 编制说明, check. */
export const checkCorpusDraft = async (format: 'docx' | 'pdf', draftBytes: Uint8Array, noteBytes?: Uint8Array): Promise<Finding[]> => {
  const draft = format === 'pdf' ? await readDraftPdf(draftBytes) : await readDraftDocx(draftBytes);
  const note = noteBytes === undefined ? undefined : await readExplanatoryNote(noteBytes, format);
  return checkDraft(draft, note);
};

export type CorpusDocument = ManifestEntry & { draftBytes: Uint8Array; noteBytes?: Uint8Array };

/** Every document of a corpus checked and scored against its manifest entry. */
export const scoreCorpusDocuments = async (documents: AsyncIterable<CorpusDocument> | Iterable<CorpusDocument>): Promise<CorpusScore> => {
  const drafts = [];
  for await (const document of documents) {
    const findings: ReportedFinding[] = await checkCorpusDraft(document.format, document.draftBytes, document.noteBytes);
    drafts.push(scoreDraft(document, findings));
  }
  return scoreCorpus(drafts, ruleIds);
};
