import { Input } from 'antd';
import { entryOf, type ScoreEntry, steppedScore, typedScore } from './score-keys.js';

type ScoreInputProps = {
  id: string;
  label: string;
  max: number;
  entry: ScoreEntry;
  disabled?: boolean;
  invalid?: boolean;
  /** The id of the message that explains a refused or missing score. */
  describedBy?: string;
  onEntry: (entry: ScoreEntry) => void;
  onBlur: () => void;
};

/**
 * A whole-point score from the keyboard alone: digits, ↑/↓ (PageUp/PageDown by five), Home/End.
 * What is typed stays as typed; Tab is left to the browser, so it always goes where the page order says.
 */
export function ScoreInput({ id, label, max, entry, disabled, invalid, describedBy, onEntry, onBlur }: ScoreInputProps) {
  return (
    <Input
      id={id}
      aria-label={label}
      aria-invalid={invalid === true}
      aria-describedby={describedBy}
      value={entry.text}
      inputMode="numeric"
      autoComplete="off"
      disabled={disabled}
      status={invalid ? 'error' : undefined}
      suffix={`/ ${max}`}
      placeholder={`0–${max}`}
      style={{ width: 104, fontSize: 16, fontVariantNumeric: 'tabular-nums' }}
      onChange={(event) => onEntry(typedScore(event.target.value, max))}
      onKeyDown={(event) => {
        const stepped = steppedScore(entry.score, event.key, max);
        if (stepped === undefined) return;
        event.preventDefault();
        onEntry(entryOf(stepped));
      }}
      onBlur={onBlur}
    />
  );
}
