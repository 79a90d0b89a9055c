import { PDFDocument } from 'pdf-lib';
import { corpusFiles } from '../support/compliance-corpus.js';
import { draftDocx } from '../support/compliance-corpus-docx.js';
import { folderDocuments } from '../support/compliance-corpus-folder.js';
import { longDraft } from '../support/compliance-corpus-long.js';
import { gap } from '../support/compliance-corpus-model.js';
import { draftPdf } from '../support/compliance-corpus-pdf.js';
import { checkCorpusDraft, scoreCorpusDocuments } from '../support/compliance-engine.js';
import { type RuleFigures, formatMistakes } from '../support/compliance-scoring.js';
import { type BenchFigure, medianAsyncMs } from './figure.js';

/**
 * Accuracy of the compliance pre-check over the corpus (issue 14; our own, or one kept outside the
 * project: COMPLIANCE_CORPUS=<folder with manifest.json>), and the time to read and check a
 * 200-page draft in each format. Misses and false positives follow on stderr, one line each.
 */

const percent = (value: number): number => (Number.isNaN(value) ? Number.NaN : value * 100);

const precisionNote = (figure: RuleFigures): string =>
  `precision ${Number.isNaN(figure.precision) ? '—' : `${(figure.precision * 100).toFixed(1)} %`}, ${figure.found}/${figure.expected} found, ${figure.falsePositives} false positive${figure.falsePositives === 1 ? '' : 's'}`;

const accuracyFigure = (figure: RuleFigures, goal?: string): BenchFigure => ({
  name: `compliance ${figure.rule} recall (${precisionNote(figure)})`,
  value: percent(figure.recall),
  unit: '%',
  ...(goal === undefined ? {} : { goal }),
});

export const measure = async (): Promise<BenchFigure[]> => {
  const folder = process.env.COMPLIANCE_CORPUS;
  const score = await scoreCorpusDocuments(folder === undefined ? corpusFiles() : folderDocuments(folder));
  for (const line of formatMistakes(score)) console.error(line);
  const cleanDrafts = score.drafts.filter((draft) => draft.clean).length;

  const pdf = await draftPdf(longDraft(200, { automaticNumbering: false, presentation: { headings: 'word-headings', separator: gap, stackedTerms: false } }));
  const pages = (await PDFDocument.load(pdf)).getPageCount();
  const docx = await draftDocx(longDraft(200, { automaticNumbering: true, presentation: { headings: 'template-styles', separator: gap, stackedTerms: true } }));

  return [
    ...score.perRule.map((figure) => accuracyFigure(figure)),
    accuracyFigure(score.overall, 'recall ≥ 90 %, precision ≥ 90 %'),
    {
      name: `compliance findings on a clean draft (max of ${cleanDrafts}${score.cleanMax.draft === undefined ? '' : `, ${score.cleanMax.draft}`})`,
      value: score.cleanMax.findings,
      unit: 'findings',
      goal: '≤ 1',
    },
    { name: `compliance read+check PDF draft of ${pages} pages`, value: await medianAsyncMs(() => checkCorpusDraft('pdf', pdf), { warmups: 1, runs: 3 }), unit: 'ms', goal: '≤ 2000 ms for 200 pages' },
    { name: 'compliance read+check DOCX draft of the same text (template styles, Word numbering)', value: await medianAsyncMs(() => checkCorpusDraft('docx', docx), { warmups: 1, runs: 3 }), unit: 'ms', goal: '≤ 2000 ms' },
  ];
};
