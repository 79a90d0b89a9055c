import type { PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { readPageText, type PageText } from './pdf-text.js';

/** How often the pages read so far are handed to the clause list and search while the rest are read. */
const publishEveryMs = 250;

/**
 * Reads every page's text in the background, page by page, for the clause list and search; the
 * pages already read are published as they come so a 200-page draft is usable at once.
 */
export const usePdfTexts = (doc: PDFDocumentProxy | null): PageText[] => {
  const [texts, setTexts] = useState<PageText[]>([]);
  useEffect(() => {
    setTexts([]);
    if (!doc) return;
    let cancelled = false;
    (async () => {
      const read: PageText[] = [];
      let published = performance.now();
      for (let page = 1; page <= doc.numPages && !cancelled; page += 1) {
        read.push(await readPageText(doc, page));
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
