import { describe, expect, it } from 'vitest';
import type { Material } from '../model/submission.js';
import { inPackageOrder } from './material-order.js';

type Listed = Pick<Material, 'id' | 'kind' | 'position'>;
const ids = (materials: readonly Listed[]) => inPackageOrder(materials).map((material) => material.id);

describe('inPackageOrder', () => {
  it('follows the places the package gave, not the ids', () => {
    expect(
      ids([
        { id: 'materials/S01/benchmark.pdf', kind: 'benchmark', position: 2 },
        { id: 'materials/S01/draft.pdf', kind: 'draft', position: 0 },
        { id: 'materials/S01/explanation.pdf', kind: 'explanation', position: 1 },
      ]),
    ).toEqual(['materials/S01/draft.pdf', 'materials/S01/explanation.pdf', 'materials/S01/benchmark.pdf']);
  });

  it('keeps a package that lists another material before the 送审稿 as it is', () => {
    expect(
      ids([
        { id: 'a-draft.pdf', kind: 'draft', position: 1 },
        { id: 'z-notice.pdf', kind: 'other', position: 0 },
      ]),
    ).toEqual(['z-notice.pdf', 'a-draft.pdf']);
  });

  it('ranks records stored without a place by kind, 送审稿 first, after those with one', () => {
    expect(
      ids([
        { id: 'materials/S01/benchmark.pdf', kind: 'benchmark' },
        { id: 'materials/S01/other.pdf', kind: 'other' },
        { id: 'materials/S01/explanation.pdf', kind: 'explanation' },
        { id: 'materials/S01/draft.pdf', kind: 'draft' },
        { id: 'materials/S01/added.pdf', kind: 'other', position: 0 },
      ]),
    ).toEqual(['materials/S01/added.pdf', 'materials/S01/draft.pdf', 'materials/S01/explanation.pdf', 'materials/S01/benchmark.pdf', 'materials/S01/other.pdf']);
  });

  it('breaks ties by id and leaves its input alone', () => {
    const materials: Listed[] = [
      { id: 'S01-2', kind: 'other' },
      { id: 'S01-1', kind: 'other' },
    ];
    expect(ids(materials)).toEqual(['S01-1', 'S01-2']);
    expect(materials.map((material) => material.id)).toEqual(['S01-2', 'S01-1']);
  });
});
