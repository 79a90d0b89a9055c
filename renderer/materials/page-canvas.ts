import type { PDFPageProxy, PageViewport, RenderTask } from 'pdfjs-dist';

/**
 * Renders a page into a fresh canvas sharp on high-density screens; the caller shows the canvas
 * only once it is complete, so the previous rendering stays up meanwhile.
 */
export const renderPageCanvas = (page: PDFPageProxy, viewport: PageViewport): { task: RenderTask; canvas: HTMLCanvasElement } => {
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(viewport.width * ratio);
  canvas.height = Math.floor(viewport.height * ratio);
  const task = page.render({ canvas, viewport, ...(ratio === 1 ? {} : { transform: [ratio, 0, 0, ratio, 0, 0] }) });
  return { task, canvas };
};

/** A cancelled render rejects; that is the expected end of a page scrolled out of view, not a failure. */
export const isCancelled = (error: unknown): boolean => error instanceof Error && error.name === 'RenderingCancelledException';
