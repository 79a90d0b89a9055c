import type { PDFDocumentProxy, TextLayer } from 'pdfjs-dist';
import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import { cssUnitsPerPoint } from '../../shared/materials/page-layout.js';
import type { HitPart } from '../../shared/materials/text-search.js';
import { drawnPages } from './drawn-pages.js';
import { isCancelled, renderPageCanvas } from './page-canvas.js';
import { loadPdfJs } from './pdfjs-loader.js';
import { useInView } from './use-in-view.js';

/** The parts of one search hit on this page; `current` is the hit the reader is showing. */
export type PageHighlight = { parts: HitPart[]; current: boolean };

type PdfPageProps = {
  doc: PDFDocumentProxy;
  pageNumber: number;
  zoom: number;
  /** Size in points at zoom 100 %, as known so far (the first page's until this page has loaded). */
  width: number;
  height: number;
  scrollRoot: RefObject<HTMLDivElement | null>;
  highlights: readonly PageHighlight[];
  /** Points from the page's top where a clause just jumped to starts; changes of `flashKey` replay the marker. */
  flash: { offset: number; key: number } | null;
};

/** Rebuilds the text layer's spans so each hit part sits in a `<mark>`; spans without hits get their plain text back. */
const markHits = (layer: TextLayer, highlights: readonly PageHighlight[]) => {
  const marks = new Map<number, { start: number; end: number; current: boolean }[]>();
  for (const highlight of highlights) {
    for (const part of highlight.parts) {
      const list = marks.get(part.item) ?? [];
      list.push({ start: part.start, end: part.end, current: highlight.current });
      marks.set(part.item, list);
    }
  }
  layer.textDivs.forEach((div, index) => {
    const text = layer.textContentItemsStr[index] ?? '';
    const parts = marks.get(index)?.sort((a, b) => a.start - b.start);
    if (!parts) {
      if (div.childElementCount > 0) div.textContent = text;
      return;
    }
    const nodes: Node[] = [];
    let at = 0;
    for (const part of parts) {
      if (part.start > at) nodes.push(document.createTextNode(text.slice(at, part.start)));
      const mark = document.createElement('mark');
      mark.className = part.current ? 'zz-hit zz-hit-current' : 'zz-hit';
      mark.textContent = text.slice(part.start, part.end);
      nodes.push(mark);
      at = part.end;
    }
    if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
    div.replaceChildren(...nodes);
  });
};

/** A reader shows about three pages at once; a few more cover switching a tab back or scrolling back a little. */
const drawn = drawnPages<{ canvas: HTMLCanvasElement; text: HTMLElement; layer: TextLayer }>(8);

/** One page: a placeholder of the right size always, canvas and text layer only while near the view. */
export const PdfPage = memo(function PdfPage({ doc, pageNumber, zoom, width, height, scrollRoot, highlights, flash }: PdfPageProps) {
  const frame = useRef<HTMLDivElement>(null);
  const canvasHost = useRef<HTMLDivElement>(null);
  const textHost = useRef<HTMLDivElement>(null);
  const [layer, setLayer] = useState<TextLayer | null>(null);
  const near = useInView(frame, scrollRoot, '100% 0px');
  const scale = zoom * cssUnitsPerPoint;

  useEffect(() => {
    if (!near) {
      canvasHost.current?.replaceChildren();
      textHost.current?.replaceChildren();
      setLayer(null);
      return;
    }
    const kept = drawn.get(doc, pageNumber, scale);
    if (kept) {
      canvasHost.current?.replaceChildren(kept.canvas);
      textHost.current?.replaceChildren(kept.text);
      setLayer(kept.layer);
      return;
    }
    let cancelled = false;
    let stop = () => {};
    (async () => {
      const [pdfjs, page] = await Promise.all([loadPdfJs(), doc.getPage(pageNumber)]);
      if (cancelled) return;
      const viewport = page.getViewport({ scale });
      const { task, canvas } = renderPageCanvas(page, viewport);
      stop = () => task.cancel();
      await task.promise;
      if (cancelled || !canvasHost.current || !textHost.current) return;
      canvasHost.current.replaceChildren(canvas);
      const container = document.createElement('div');
      container.className = 'zz-text-layer';
      const textLayer = new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container, viewport });
      stop = () => textLayer.cancel();
      await textLayer.render();
      if (cancelled) return;
      textHost.current.replaceChildren(container);
      drawn.keep(doc, pageNumber, scale, { canvas, text: container, layer: textLayer });
      setLayer(textLayer);
    })().catch((error: unknown) => {
      if (!isCancelled(error) && !cancelled) console.error(`第 ${pageNumber} 页渲染失败`, error);
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [near, doc, pageNumber, scale]);

  useEffect(() => {
    if (layer) markHits(layer, highlights);
  }, [layer, highlights]);

  return (
    <div
      ref={frame}
      className="zz-pdf-page"
      data-page={pageNumber}
      style={{ width: width * scale, height: height * scale, ['--total-scale-factor' as string]: scale }}
    >
      <div ref={canvasHost} />
      <div ref={textHost} />
      {flash && <div key={flash.key} className="zz-clause-flash" style={{ top: Math.max(0, flash.offset * scale - 6) }} />}
    </div>
  );
});
