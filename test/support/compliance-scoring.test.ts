import { describe, expect, it } from 'vitest';
import { type ManifestEntry, formatMistakes, formatRuleFigures, scoreCorpus, scoreDraft } from './compliance-scoring.js';

const entry = (draft: string, expected: ManifestEntry['expected']): ManifestEntry => ({ draft, format: 'pdf', expected });

const rules = ['wording.modal-verb', 'numbering.gap', 'foreword.statement', 'zzb.required-chapter'];

describe('scoreDraft', () => {
  it('matches a finding on the same rule and clause, and nothing else', () => {
    const score = scoreDraft(entry('a.pdf', [{ rule: 'wording.modal-verb', clause: '5.1.1', planted: '必须' }]), [
      { rule: 'wording.modal-verb', clause: '5.1.2', quote: '不得' },
      { rule: 'numbering.gap', clause: '5.1.1', quote: '5.1.1' },
      { rule: 'wording.modal-verb', clause: '5.1.1', quote: '必须' },
    ]);
    expect(score.matched.map((pair) => pair.finding.quote)).toEqual(['必须']);
    expect(score.falsePositives.map((finding) => finding.quote)).toEqual(['不得', '5.1.1']);
    expect(score.missed).toEqual([]);
  });

  it('falls back to the page where the manifest names no clause, and to the whole draft where it names neither', () => {
    const score = scoreDraft(
      entry('b.pdf', [
        { rule: 'foreword.statement', page: 3, planted: '2009版说法' },
        { rule: 'zzb.required-chapter', planted: '无质量承诺' },
      ]),
      [
        { rule: 'foreword.statement', page: 2, quote: '前言' },
        { rule: 'zzb.required-chapter', clause: '9', page: 12, quote: '' },
      ],
    );
    expect(score.matched.map((pair) => pair.expected.rule)).toEqual(['zzb.required-chapter']);
    expect(score.missed.map((item) => item.rule)).toEqual(['foreword.statement']);
    expect(score.falsePositives.map((item) => item.page)).toEqual([2]);
  });

  it('meets each expectation once: a second finding there is a duplicate, a second planted defect needs its own finding', () => {
    const twice = [
      { rule: 'wording.modal-verb', clause: '8.3', planted: '不得' },
      { rule: 'wording.modal-verb', clause: '8.3', planted: '严禁' },
    ];
    const one = scoreDraft(entry('c.pdf', twice), [{ rule: 'wording.modal-verb', clause: '8.3', quote: '不得' }]);
    expect([one.matched.length, one.missed.length, one.duplicates.length]).toEqual([1, 1, 0]);
    const three = scoreDraft(entry('c.pdf', twice), Array.from({ length: 3 }, () => ({ rule: 'wording.modal-verb', clause: '8.3', quote: 'x' })));
    expect([three.matched.length, three.missed.length, three.duplicates.length, three.falsePositives.length]).toEqual([2, 0, 1, 0]);
  });
});

describe('scoreCorpus', () => {
  const drafts = [
    scoreDraft(entry('clean-1.pdf', []), [{ rule: 'numbering.gap', clause: '3', quote: '3' }]),
    scoreDraft(entry('clean-2.docx', []), []),
    scoreDraft(entry('modal.pdf', [{ rule: 'wording.modal-verb', clause: '5.1.1', planted: '必须' }]), [{ rule: 'wording.modal-verb', clause: '5.1.1', quote: '必须' }]),
    scoreDraft(entry('gap.docx', [{ rule: 'numbering.gap', clause: '5.4', planted: '5.2→5.4' }]), []),
    scoreDraft(entry('gap.pdf', [{ rule: 'numbering.gap', clause: '5.4', planted: '5.2→5.4' }]), [
      { rule: 'numbering.gap', clause: '5.4', quote: '5.4' },
      { rule: 'paragraph.hanging', clause: '5', quote: '产品应符合本章要求。' },
    ]),
  ];
  const score = scoreCorpus(drafts, rules);

  it('gives recall and precision per rule, with NaN where there is nothing to divide', () => {
    const byRule = Object.fromEntries(score.perRule.map((figure) => [figure.rule, figure]));
    expect(byRule['numbering.gap']).toMatchObject({ expected: 2, found: 1, falsePositives: 1, recall: 0.5, precision: 0.5 });
    expect(byRule['wording.modal-verb']).toMatchObject({ recall: 1, precision: 1 });
    expect(byRule['foreword.statement']?.recall).toBeNaN();
    expect(byRule['foreword.statement']?.precision).toBeNaN();
  });

  it('lists a rule the engine reports but the manifest does not know, so its false positives count', () => {
    expect(score.perRule.find((figure) => figure.rule === 'paragraph.hanging')).toMatchObject({ expected: 0, falsePositives: 1 });
  });

  it('sums all rules into the overall line and names the noisiest clean draft', () => {
    expect(score.overall).toMatchObject({ expected: 3, found: 2, falsePositives: 2 });
    expect(score.cleanMax).toEqual({ findings: 1, draft: 'clean-1.pdf' });
  });

  it('prints each figure and each mistake on one line', () => {
    expect(formatRuleFigures(score.overall)).toBe('overall: recall 66.7 % (2/3), precision 50.0 % (2 false positives)');
    expect(formatMistakes(score)).toEqual([
      'false positive numbering.gap in clean-1.pdf at 3: 「3」',
      'missed numbering.gap in gap.docx at 5.4: 5.2→5.4',
      'false positive paragraph.hanging in gap.pdf at 5: 「产品应符合本章要求。」',
    ]);
  });
});
