import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { readPageText, type PageText } from './pdf-text.js';

/** How often the pages read so far are handed to the clause list and search while the rest are read. */
const publishEveryMs = 250;

/**
 * The pages read so far, per document: a document stays open for the session (see `open-material`),
 * so a reader shown again starts with the text already read and reads only the rest, leaving the
 * pdf.js worker free to draw the page in view.
 */
const readSoFar = new WeakMap<PDFDocumentProxy, PageText[]>();

/**
 * Reads every page's text in the background, page by page, for the clause list and search; the
 * pages already read are published as they come so a 200-page draft is usable at once.
 */
export const usePdfTexts = (doc: PDFDocumentProxy | null): PageText[] => {
  const [texts, setTexts] = useState<PageText[]>(() => (doc ? [...(readSoFar.get(doc) ?? [])] : []));
  useEffect(() => {
    if (!doc) {
      setTexts([]);
      return;
    }
    const read = readSoFar.get(doc) ?? [];
    readSoFar.set(doc, read);
    setTexts([...read]);
    let cancelled = false;
    (async () => {
      let published = performance.now();
      for (let page = read.length + 1; page <= doc.numPages && !cancelled; page += 1) {
        const text = await readPageText(doc, page);
        // A reader shown twice in a row (React's strict mode) reads the same pages; the first to finish one keeps it.
        if (read.length === page - 1) read.push(text);
        if (page === doc.numPages || performance.now() - published > publishEveryMs) {
          published = performance.now();
          if (!cancelled) setTexts([...read]);
        }
      }
    })().catch((error: unknown) => {
      if (!cancelled) console.error('读取 PDF 文字失败', error);
    });
    return () => {
      cancelled = true;
    };
  }, [doc]);
  return texts;
};
