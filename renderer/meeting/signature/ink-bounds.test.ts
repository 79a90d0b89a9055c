import { describe, expect, it } from 'vitest';
import { inkBounds } from './ink-bounds.js';

const image = (width: number, height: number, inked: [number, number][]) => {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (const [x, y] of inked) rgba[(y * width + x) * 4 + 3] = 255;
  return rgba;
};

describe('inkBounds', () => {
  it('is null for an empty canvas', () => {
    expect(inkBounds(image(8, 4, []), 8, 4)).toBeNull();
  });

  it('encloses every inked pixel', () => {
    expect(inkBounds(image(10, 6, [[2, 1], [7, 4], [5, 3]]), 10, 6)).toEqual({ x: 2, y: 1, width: 6, height: 4 });
  });

  it('adds the margin but stays inside the image', () => {
    expect(inkBounds(image(10, 6, [[1, 1], [8, 2]]), 10, 6, 3)).toEqual({ x: 0, y: 0, width: 10, height: 6 });
    expect(inkBounds(image(20, 20, [[10, 10]]), 20, 20, 2)).toEqual({ x: 8, y: 8, width: 5, height: 5 });
  });
});
