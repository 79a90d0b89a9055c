import type { PDFDocumentProxy } from 'pdfjs-dist';
import { memo, useEffect, useRef, type RefObject } from 'react';
import type { PageSize } from '../../shared/materials/page-layout.js';
import { useT } from '../state/app-store.js';
import { isCancelled, renderPageCanvas } from './page-canvas.js';
import { drawnPages } from './drawn-pages.js';
import { useInView } from './use-in-view.js';

const thumbnailWidth = 120;
/** A sidebar's worth of thumbnails for a few materials; each is small. */
const drawn = drawnPages<HTMLCanvasElement>(60);

type ThumbnailProps = { doc: PDFDocumentProxy; pageNumber: number; size: PageSize; current: boolean; root: RefObject<HTMLDivElement | null>; onOpen(page: number): void };

const Thumbnail = memo(function Thumbnail({ doc, pageNumber, size, current, root, onOpen }: ThumbnailProps) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const near = useInView(frame, root, '50% 0px');
  const height = (size.height / size.width) * thumbnailWidth;
  const rendered = useRef(false);

  useEffect(() => {
    if (!near || rendered.current) return;
    const kept = drawn.get(doc, pageNumber, thumbnailWidth);
    if (kept) {
      frame.current?.replaceChildren(kept);
      rendered.current = true;
      return;
    }
    let cancelled = false;
    let stop = () => {};
    doc
      .getPage(pageNumber)
      .then(async (page) => {
        if (cancelled) return;
        const viewport = page.getViewport({ scale: thumbnailWidth / page.getViewport({ scale: 1 }).width });
        const { task, canvas } = renderPageCanvas(page, viewport);
        stop = () => task.cancel();
        await task.promise;
        if (cancelled) return;
        frame.current?.replaceChildren(canvas);
        drawn.keep(doc, pageNumber, thumbnailWidth, canvas);
        rendered.current = true;
      })
      .catch((error: unknown) => {
        if (!isCancelled(error)) console.error(`第 ${pageNumber} 页缩略图渲染失败`, error);
      });
    return () => {
      cancelled = true;
      stop();
    };
  }, [near, doc, pageNumber]);

  useEffect(() => {
    if (current) button.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const label = t('reader.thumbnail', { page: pageNumber });
  return (
    <button ref={button} type="button" className="zz-thumbnail-button" aria-current={current ? 'page' : undefined} aria-label={label} onClick={() => onOpen(pageNumber)}>
      <div ref={frame} className="zz-thumbnail" style={{ width: thumbnailWidth, height }} />
      <span>{pageNumber}</span>
    </button>
  );
});

/** Every page as a small picture, each drawn the first time it scrolls into the sidebar. */
export function PdfThumbnails({ doc, sizes, currentPage, root, onOpen }: { doc: PDFDocumentProxy; sizes: readonly PageSize[]; currentPage: number; root: RefObject<HTMLDivElement | null>; onOpen(page: number): void }) {
  return (
    <div className="zz-thumbnails">
      {sizes.map((size, index) => (
        <Thumbnail key={index} doc={doc} pageNumber={index + 1} size={size} current={currentPage === index + 1} root={root} onOpen={onOpen} />
      ))}
    </div>
  );
}
