import { describe, expect, it } from 'vitest';
import { findNonJsonValue } from './json-safe.js';

describe('findNonJsonValue', () => {
  it('accepts plain JSON, data URLs, null-prototype objects and absent optional fields', () => {
    const plain = { a: [1, 'x', null, true, { b: 'data:image/png;base64,iVBORw0KGgo=' }], c: undefined };
    expect(findNonJsonValue(plain)).toBeNull();
    expect(findNonJsonValue(Object.assign(Object.create(null) as object, { a: 1 }))).toBeNull();
  });

  it.each([
    [{ a: { b: new Date(0) } }, { path: 'a.b', kind: 'Date' }],
    [{ scores: [1, Number.NaN] }, { path: 'scores[1]', kind: 'NaN' }],
    [{ total: Number.POSITIVE_INFINITY }, { path: 'total', kind: 'Infinity' }],
    [{ list: [undefined] }, { path: 'list[0]', kind: 'undefined' }],
    [{ seq: 1n }, { path: 'seq', kind: 'bigint' }],
    [{ image: new Blob(['png']) }, { path: 'image', kind: 'Blob' }],
    [{ bytes: new Map() }, { path: 'bytes', kind: 'Map' }],
    [new Uint8Array(2), { path: '', kind: 'Uint8Array' }],
  ])('finds where %o stops being JSON', (value, found) => {
    expect(findNonJsonValue(value)).toEqual(found);
  });
});
