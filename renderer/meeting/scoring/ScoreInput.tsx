import { Input } from 'antd';
import { useEffect, useState } from 'react';
import { entryOf, steppedScore, typedScore } from './score-keys.js';

type ScoreInputProps = {
  id: string;
  label: string;
  max: number;
  score: number | null;
  disabled?: boolean;
  invalid?: boolean;
  onChange: (score: number | null) => void;
  onBlur: () => void;
  /** Where Tab goes instead of the next control in the page, e.g. straight to the next criterion's score. */
  tabTo?: string;
};

/** A whole-point score from the keyboard alone: digits, ↑/↓ (PageUp/PageDown by five), Home/End; Tab moves on. */
export function ScoreInput({ id, label, max, score, disabled, invalid, onChange, onBlur, tabTo }: ScoreInputProps) {
  const [entry, setEntry] = useState(() => entryOf(score));
  useEffect(() => {
    setEntry((current) => (current.score === score ? current : entryOf(score)));
  }, [score]);
  const accept = (next: ReturnType<typeof entryOf>) => {
    setEntry(next);
    if (next.score !== score) onChange(next.score);
  };
  return (
    <Input
      id={id}
      aria-label={label}
      value={entry.text}
      inputMode="numeric"
      autoComplete="off"
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      suffix={`/ ${max}`}
      placeholder={`0–${max}`}
      style={{ width: 104, fontSize: 16, fontVariantNumeric: 'tabular-nums' }}
      onChange={(event) => accept(typedScore(entry, event.target.value, max))}
      onKeyDown={(event) => {
        const target = event.key === 'Tab' && !event.shiftKey && tabTo !== undefined ? document.getElementById(tabTo) : null;
        if (target !== null) {
          event.preventDefault();
          target.focus();
          return;
        }
        const stepped = steppedScore(entry.score, event.key, max);
        if (stepped === undefined) return;
        event.preventDefault();
        accept(entryOf(stepped));
      }}
      onBlur={onBlur}
    />
  );
}
