import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { digestOf } from './digest.js';
import { sha256HexOfText } from './sha256.js';

const reverseKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
};

describe('digest', () => {
  it('hashes with SHA-256 (FIPS 180 test vector)', () => {
    expect(sha256HexOfText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('canonicalises per RFC 8785: sorted keys, no whitespace, ECMAScript numbers', () => {
    expect(canonicalJson({ b: [1e21, 0.000001, -0], a: '结论', c: { z: null, y: true } })).toBe(
      '{"a":"结论","b":[1e+21,0.000001,0],"c":{"y":true,"z":null}}',
    );
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });

  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(digestOf(reverseKeys(value))).toBe(digestOf(value));
      }),
    );
  });

  it('changes when any value changes', () => {
    expect(digestOf({ outcome: 'pass' })).not.toBe(digestOf({ outcome: 'fail' }));
  });
});
