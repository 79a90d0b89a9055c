import { beforeAll, describe, expect, it } from 'vitest';
import { corpusFiles } from '../support/compliance-corpus.js';
import { scoreCorpusDocuments } from '../support/compliance-engine.js';
import { type CorpusScore, formatMistakes, formatRuleFigures } from '../support/compliance-scoring.js';

/**
 * The accuracy gate of issue 14: the pre-check over the whole corpus (every case as DOCX and PDF,
 * read from bytes as the app reads them) must find ≥ 90 % of the planted defects, be right in ≥ 90 %
 * of what it reports, and say at most one thing about a clean draft. A failure prints every miss and
 * every false positive with its draft and clause.
 */
describe('compliance pre-check on the accuracy corpus', () => {
  let score: CorpusScore;
  let report: string;

  beforeAll(async () => {
    score = await scoreCorpusDocuments(corpusFiles());
    report = [...score.perRule.map(formatRuleFigures), formatRuleFigures(score.overall), ...formatMistakes(score)].join('\n');
  }, 600_000);

  it('finds at least 90 % of the planted defects', () => {
    expect(score.overall.recall, report).toBeGreaterThanOrEqual(0.9);
  });

  it('is right in at least 90 % of its findings', () => {
    expect(score.overall.precision, report).toBeGreaterThanOrEqual(0.9);
  });

  it('reports at most one finding on each clean draft', () => {
    expect(score.cleanMax.findings, report).toBeLessThanOrEqual(1);
  });
});
