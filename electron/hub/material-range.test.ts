import { describe, expect, it } from 'vitest';
import { parseRange } from './material-range.js';

describe('parseRange', () => {
  it('reads one range, open-ended or from the end, clipped to the file', () => {
    expect(parseRange('bytes=0-99', 1000)).toEqual({ kind: 'part', start: 0, end: 99 });
    expect(parseRange('bytes=900-', 1000)).toEqual({ kind: 'part', start: 900, end: 999 });
    expect(parseRange('bytes=-100', 1000)).toEqual({ kind: 'part', start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ kind: 'part', start: 0, end: 999 });
    expect(parseRange('bytes=990-5000', 1000)).toEqual({ kind: 'part', start: 990, end: 999 });
  });

  it('answers with the whole file when there is no range, several, or one it cannot read', () => {
    expect(parseRange(undefined, 1000)).toEqual({ kind: 'whole' });
    expect(parseRange('bytes=0-9,20-29', 1000)).toEqual({ kind: 'whole' });
    expect(parseRange('items=0-9', 1000)).toEqual({ kind: 'whole' });
    expect(parseRange('bytes=20-10', 1000)).toEqual({ kind: 'whole' });
  });

  it('cannot satisfy a range past the end', () => {
    expect(parseRange('bytes=1000-', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-0', 1000)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-10', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});
