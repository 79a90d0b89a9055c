import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '../../shared/compliance/finding.js';
import { corpusCases, corpusManifest } from './compliance-corpus.js';
import { chaptersOf, numberedClauses } from './compliance-corpus-model.js';

const bodyText = (draft: ReturnType<typeof corpusCases>[number]['draft']): string =>
  numberedClauses(draft)
    .filter(({ clause }) => !('role' in clause && clause.role === 'references'))
    .flatMap(({ clause }) => [...clause.text, ...(clause.table?.rows.flat() ?? [])])
    .join('\n');

describe('compliance corpus', () => {
  const cases = corpusCases();
  const manifest = corpusManifest();

  it('is the manifest committed beside write-corpus.ts (refresh it with that script)', () => {
    const committed: unknown = JSON.parse(readFileSync(new URL('../fixtures/compliance-corpus/manifest.json', import.meta.url), 'utf8'));
    expect(committed).toEqual(manifest);
  });

  it('plants every rule in at least three drafts of each format, beside at least six clean drafts', () => {
    for (const format of ['docx', 'pdf'] as const) {
      const entries = manifest.entries.filter((entry) => entry.format === format);
      expect(entries.filter((entry) => entry.expected.length === 0).length).toBeGreaterThanOrEqual(6);
      for (const rule of ruleIds) expect(entries.filter((entry) => entry.expected.some((item) => item.rule === rule)).length, `${format} ${rule}`).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(manifest.entries.map((entry) => entry.draft)).size).toBe(manifest.entries.length);
  });

  it('writes clean drafts that cite every listed reference exactly as listed and use no forbidden modal verb', () => {
    for (const { id, draft } of cases.filter((item) => item.expected('pdf').length === 0)) {
      const [, ...entries] = chaptersOf(draft).find((chapter) => chapter.role === 'references')?.text ?? [];
      const text = bodyText(draft);
      for (const entry of entries) {
        const label = entry.split('　')[0] ?? '';
        expect(new RegExp(`${label.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&')}(?![\\d.—])`, 'u').test(text), `${id}: ${label}`).toBe(true);
      }
      expect(text, id).not.toMatch(/必须|不得|严禁|不准|不许|禁止(?!标志)|务必/u);
    }
  });

  it('places a clause expectation on a number the draft prints', () => {
    for (const { id, draft, expected } of cases) {
      const printed = new Set([...numberedClauses(draft).map((entry) => entry.number), ...draft.body.flatMap((part) => (part.kind === 'annex' ? [part.letter] : []))]);
      for (const item of expected('docx')) if (item.clause !== undefined) expect(printed.has(item.clause), `${id}: ${item.clause}`).toBe(true);
    }
  });
});
