import { describe, expect, it } from 'vitest';
import { cssUnitsPerPoint, fitWidthZoom, pageAt, pageTops, readableViewWidth, stepZoom } from './page-layout.js';

const a4 = { width: 595, height: 842 };

describe('page layout', () => {
  it('stacks pages with a gap above each', () => {
    const tops = pageTops([a4, a4, { width: 842, height: 595 }], 1, 10);
    expect(tops).toEqual([10, 20 + 842 * cssUnitsPerPoint, 30 + 2 * 842 * cssUnitsPerPoint]);
  });

  it('finds the page at a scroll position, including in the gap and past the end', () => {
    const tops = pageTops(Array.from({ length: 200 }, () => a4), 0.5, 10);
    expect(pageAt(tops, 0)).toBe(1);
    expect(pageAt(tops, (tops[1] ?? 0) - 1)).toBe(1);
    expect(pageAt(tops, tops[1] ?? 0)).toBe(2);
    expect(pageAt(tops, (tops[150] ?? 0) + 5)).toBe(151);
    expect(pageAt(tops, 1e9)).toBe(200);
  });

  it('steps between presets from any zoom and stops at the ends', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.18, 1)).toBe(1.25);
    expect(stepZoom(1.18, -1)).toBe(1.1);
    expect(stepZoom(4, 1)).toBe(4);
    expect(stepZoom(0.5, -1)).toBe(0.5);
  });

  it('fits the widest page to the available width', () => {
    expect(fitWidthZoom([a4, { width: 700, height: 842 }], 700 * cssUnitsPerPoint)).toBeCloseTo(1);
    expect(fitWidthZoom([a4], 10)).toBe(0.5);
  });

  it('gives the view width at which fitting the width shows the widest page at 80 %', () => {
    const needed = readableViewWidth([a4, { width: 842, height: 595 }], 48);
    expect(needed).toBeCloseTo(0.8 * 842 * cssUnitsPerPoint + 48);
    expect(fitWidthZoom([a4], readableViewWidth([a4], 0))).toBeCloseTo(0.8);
  });
});
