/** A whole-point score being typed: what the field shows and the score it stands for (null while empty). */
export type ScoreEntry = { text: string; score: number | null };

export const entryOf = (score: number | null): ScoreEntry => ({ text: score === null ? '' : String(score), score });

/**
 * The entry after the user typed or pasted `text`. Anything but digits is dropped; a number above
 * `max` is refused, keeping the previous entry, so the field never holds a score outside 0..max.
 */
export const typedScore = (previous: ScoreEntry, text: string, max: number): ScoreEntry => {
  const digits = text.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  if (digits === '') return { text: '', score: null };
  const score = Number(digits);
  return score > max ? previous : { text: digits, score };
};

/**
 * The score after a navigation key, or undefined when the key is not one the field handles:
 * ↑/↓ step by one (from empty, ↑ starts at 0 and ↓ at the maximum), PageUp/PageDown by five,
 * Home/End jump to 0 and the maximum. Always clamped to 0..max.
 */
export const steppedScore = (score: number | null, key: string, max: number): number | undefined => {
  const clamp = (n: number) => Math.min(max, Math.max(0, n));
  switch (key) {
    case 'ArrowUp':
      return score === null ? 0 : clamp(score + 1);
    case 'ArrowDown':
      return score === null ? max : clamp(score - 1);
    case 'PageUp':
      return clamp((score ?? 0) + 5);
    case 'PageDown':
      return clamp((score ?? max) - 5);
    case 'Home':
      return 0;
    case 'End':
      return max;
    default:
      return undefined;
  }
};
