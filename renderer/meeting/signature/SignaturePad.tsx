import { ClearOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import SignaturePadLibrary from 'signature_pad';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../state/app-store.js';
import { inkBounds } from './ink-bounds.js';

type SignaturePadProps = {
  /** A trimmed PNG data URL after each stroke; null once cleared. */
  onChange: (pngDataUrl: string | null) => void;
  /** CSS pixels; the width follows the container. */
  height?: number;
};

/** Cuts the drawing out of the (mostly empty) canvas, so documents place the signature by its ink. */
const trimmedPng = (canvas: HTMLCanvasElement): string | null => {
  const context = canvas.getContext('2d');
  if (context === null) return null;
  const margin = Math.round(4 * (window.devicePixelRatio || 1));
  const bounds = inkBounds(context.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height, margin);
  if (bounds === null) return null;
  const cut = document.createElement('canvas');
  cut.width = bounds.width;
  cut.height = bounds.height;
  cut.getContext('2d')?.drawImage(canvas, bounds.x, bounds.y, bounds.width, bounds.height, 0, 0, bounds.width, bounds.height);
  return cut.toDataURL('image/png');
};

/**
 * Handwritten signature by mouse, pen or finger (signature_pad handles pointer and touch events).
 * The canvas holds device pixels, so the stroke stays sharp on high-DPI screens; strokes survive a resize.
 */
export function SignaturePad({ onChange, height = 180 }: SignaturePadProps) {
  const t = useT();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePadLibrary | null>(null);
  const onChangeRef = useRef(onChange);
  const [empty, setEmpty] = useState(true);
  onChangeRef.current = onChange;

  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return undefined;
    const pad = new SignaturePadLibrary(canvas, { penColor: '#0b1f4d', minWidth: 0.8, maxWidth: 2.6 });
    padRef.current = pad;
    const fit = () => {
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const strokes = pad.toData();
      canvas.width = Math.round(canvas.offsetWidth * ratio);
      canvas.height = Math.round(canvas.offsetHeight * ratio);
      canvas.getContext('2d')?.scale(ratio, ratio);
      pad.fromData(strokes);
    };
    const onStrokeEnd = () => {
      setEmpty(pad.isEmpty());
      onChangeRef.current(pad.isEmpty() ? null : trimmedPng(canvas));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(canvas);
    pad.addEventListener('endStroke', onStrokeEnd);
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', onStrokeEnd);
      pad.off();
      padRef.current = null;
    };
  }, []);

  const clear = () => {
    padRef.current?.clear();
    setEmpty(true);
    onChangeRef.current(null);
  };

  return (
    <div className="zz-signature-pad">
      <div style={{ position: 'relative', border: '1px dashed #8c9bb5', borderRadius: 8, background: '#fcfcf7', height }}>
        <canvas
          ref={canvasRef}
          aria-label={t('signature.area')}
          style={{ width: '100%', height: '100%', display: 'block', touchAction: 'none', cursor: 'crosshair' }}
        />
        {empty && (
          <Typography.Text
            type="secondary"
            style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center', pointerEvents: 'none' }}
          >
            {t('signature.hint')}
          </Typography.Text>
        )}
        <div style={{ position: 'absolute', left: 16, right: 16, bottom: 28, borderBottom: '1px solid #d0d6e2', pointerEvents: 'none' }} />
      </div>
      <Button size="small" icon={<ClearOutlined aria-hidden />} onClick={clear} disabled={empty} style={{ marginTop: 8 }}>
        {t('signature.clear')}
      </Button>
    </div>
  );
}
