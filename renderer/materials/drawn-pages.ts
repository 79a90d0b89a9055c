import type { PDFDocumentProxy } from 'pdfjs-dist';

const documentNumbers = new WeakMap<PDFDocumentProxy, number>();
let documentsSeen = 0;
const documentNumber = (doc: PDFDocumentProxy): number => {
  let known = documentNumbers.get(doc);
  if (known === undefined) {
    documentsSeen += 1;
    known = documentsSeen;
    documentNumbers.set(doc, known);
  }
  return known;
};

/**
 * Pictures of pages already drawn, most recent last, for one size of drawing (pages or thumbnails).
 * Switching a material tab back, or scrolling back to a page, puts the picture up at once instead
 * of drawing the page again; the limit bounds the memory the canvases hold.
 */
export const drawnPages = <Drawn>(limit: number) => {
  const drawn = new Map<string, Drawn>();
  // By the document object, not its fingerprint: two generated drafts may share a fingerprint, and a document stays open for the session.
  const keyOf = (doc: PDFDocumentProxy, pageNumber: number, scale: number) => `${documentNumber(doc)} ${pageNumber} ${scale} ${window.devicePixelRatio}`;
  return {
    get(doc: PDFDocumentProxy, pageNumber: number, scale: number): Drawn | undefined {
      const key = keyOf(doc, pageNumber, scale);
      const found = drawn.get(key);
      if (found === undefined) return undefined;
      drawn.delete(key);
      drawn.set(key, found);
      return found;
    },
    keep(doc: PDFDocumentProxy, pageNumber: number, scale: number, picture: Drawn): void {
      const key = keyOf(doc, pageNumber, scale);
      drawn.delete(key);
      drawn.set(key, picture);
      for (const oldest of drawn.keys()) {
        if (drawn.size <= limit) break;
        drawn.delete(oldest);
      }
    },
  };
};
