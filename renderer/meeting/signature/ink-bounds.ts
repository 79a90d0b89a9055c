export type Bounds = { x: number; y: number; width: number; height: number };

/**
 * The smallest rectangle holding every pixel with ink (alpha above zero) of RGBA pixel data, widened
 * by `margin` pixels on each side within the image; null when nothing was drawn.
 */
export const inkBounds = (rgba: Uint8ClampedArray, width: number, height: number, margin = 0): Bounds | null => {
  let top = height;
  let bottom = -1;
  let left = width;
  let right = -1;
  for (let y = 0; y < height; y += 1) {
    const row = y * width * 4;
    for (let x = 0; x < width; x += 1) {
      if ((rgba[row + x * 4 + 3] ?? 0) === 0) continue;
      if (y < top) top = y;
      if (y > bottom) bottom = y;
      if (x < left) left = x;
      if (x > right) right = x;
    }
  }
  if (bottom < 0) return null;
  const x = Math.max(0, left - margin);
  const y = Math.max(0, top - margin);
  return { x, y, width: Math.min(width, right + margin + 1) - x, height: Math.min(height, bottom + margin + 1) - y };
};
