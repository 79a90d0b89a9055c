import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useT } from '../state/app-store.js';
import './reader.css';

/** Neither side may shrink below this; at 1366×768 both still fit with the app's menu open. */
const minPaneWidth = 320;
const keyboardStep = 0.05;

const clampFraction = (fraction: number, total: number): number => {
  const min = Math.min(0.5, minPaneWidth / Math.max(total, 1));
  return Math.min(1 - min, Math.max(min, fraction));
};

/**
 * The reader beside other work (the score sheet): `left` and `right` share the width, and the
 * divider between them drags, or moves with the arrow keys.
 */
export function MaterialsSplitView({ left, right, defaultFraction = 0.58 }: { left: ReactNode; right: ReactNode; defaultFraction?: number }) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const [fraction, setFraction] = useState(defaultFraction);
  const [dragging, setDragging] = useState(false);

  const moveTo = useCallback((clientX: number) => {
    const box = frame.current?.getBoundingClientRect();
    if (box) setFraction(clampFraction((clientX - box.left) / box.width, box.width));
  }, []);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging(true);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (dragging) moveTo(event.clientX);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowLeft' ? -keyboardStep : event.key === 'ArrowRight' ? keyboardStep : 0;
    if (step === 0) return;
    event.preventDefault();
    setFraction((current) => clampFraction(current + step, frame.current?.clientWidth ?? 0));
  };

  return (
    <div ref={frame} className="zz-split" style={dragging ? { userSelect: 'none' } : undefined}>
      <div className="zz-split-pane" style={{ flexBasis: `${fraction * 100}%`, flexGrow: 0, flexShrink: 0 }}>
        {left}
      </div>
      <div
        className="zz-split-divider"
        role="separator"
        aria-orientation="vertical"
        aria-label={t('reader.split.divider')}
        aria-valuenow={Math.round(fraction * 100)}
        aria-valuemin={0}
        aria-valuemax={100}
        tabIndex={0}
        data-dragging={dragging}
        title={t('reader.split.divider')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => setDragging(false)}
        onPointerCancel={() => setDragging(false)}
        onKeyDown={onKeyDown}
      />
      <div className="zz-split-pane" style={{ flex: 1 }}>
        {right}
      </div>
    </div>
  );
}
