/**
 * A score as typed: the text exactly as the field shows it, the score it stands for (null while
 * empty or refused), and whether it is refused (not a whole number in 0..max).
 */
export type ScoreEntry = { text: string; score: number | null; refused: boolean };

export const entryOf = (score: number | null): ScoreEntry => ({ text: score === null ? '' : String(score), score, refused: false });

/** Full-width digits (an IME in full-width mode types ３５) read as the digits they are. */
const halfWidth = (text: string): string => text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

/**
 * The entry for what the user typed or pasted. The text is never altered: a value above `max`, a
 * fraction or anything not a number stays on screen as typed, refused, and stands for no score at
 * all, so neither a truncated value (35 kept as 3) nor a guessed one is ever saved.
 */
export const typedScore = (text: string, max: number): ScoreEntry => {
  const plain = halfWidth(text.trim());
  if (plain === '') return { text, score: null, refused: false };
  const score = /^\d+$/.test(plain) ? Number(plain) : Number.NaN;
  return score <= max ? { text, score, refused: false } : { text, score: null, refused: true };
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
