import { Button } from 'antd';
import { useCallback, useState, type RefObject } from 'react';
import { clauseAt, type Clause, type LineLocation } from '../../shared/materials/clauses.js';
import { useT } from '../state/app-store.js';

type Offer = { clause: Clause; left: number; top: number };

/**
 * After the reader selects text, offers the clause it falls under. `locate` turns the selection's
 * first rectangle into a location in the material; `frame` is the positioned box the button sits in.
 */
export const useSelectionQuote = (frame: RefObject<HTMLElement | null>, clauses: readonly Clause[], locate: (range: Range) => LineLocation | null) => {
  const [offer, setOffer] = useState<Offer | null>(null);
  const onMouseUp = useCallback(() => {
    const selection = window.getSelection();
    const box = frame.current;
    if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !box) return setOffer(null);
    const range = selection.getRangeAt(0);
    if (!box.contains(range.commonAncestorContainer)) return setOffer(null);
    const location = locate(range);
    const clause = location ? clauseAt(clauses, location) : null;
    const rect = range.getBoundingClientRect();
    const frameRect = box.getBoundingClientRect();
    setOffer(clause ? { clause, left: Math.max(4, rect.left - frameRect.left), top: Math.max(4, rect.top - frameRect.top - 34) } : null);
  }, [frame, clauses, locate]);
  const dismiss = useCallback(() => setOffer(null), []);
  return { offer, onMouseUp, dismiss };
};

export function SelectionQuote({ offer, onQuote }: { offer: Offer | null; onQuote(clause: Clause): void }) {
  const t = useT();
  if (!offer) return null;
  return (
    <div className="zz-selection-quote" style={{ left: offer.left, top: offer.top }}>
      <Button type="primary" size="small" onMouseDown={(event) => event.preventDefault()} onClick={() => onQuote(offer.clause)}>
        {t('reader.clause.quoteNumbered', { number: offer.clause.number })}
      </Button>
    </div>
  );
}
