import type { Material, MaterialKind } from '../model/submission.js';

/** The order a package lists a submission's materials in, for records stored before they kept their place. */
const kindOrder: readonly MaterialKind[] = ['draft', 'application', 'explanation', 'implementation-report', 'comment-handling', 'benchmark', 'other'];

const compare = (a: number, b: number): number => (a === b ? 0 : a < b ? -1 : 1);
const place = (material: Pick<Material, 'position'>): number => material.position ?? Number.POSITIVE_INFINITY;

/**
 * A submission's materials in the order its package (or manual set-up) listed them, 送审稿 first in
 * every package so far. A record without a place comes after those with one, ranked by its kind; ties
 * keep the order of their ids, so the result never depends on how the store returned them.
 */
export const inPackageOrder = <M extends Pick<Material, 'id' | 'kind' | 'position'>>(materials: readonly M[]): M[] =>
  [...materials].sort(
    (a, b) => compare(place(a), place(b)) || kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.id.localeCompare(b.id),
  );
