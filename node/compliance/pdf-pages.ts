import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageText } from '../../shared/compliance/pdf-blocks.js';

type PdfJs = typeof PdfJsModule;
/**
 * pdf.js's legacy build is the one that runs in Node. It finds its fake worker and its Node polyfills
 * (DOMMatrix from @napi-rs/canvas) relative to its own file, so Electron's main bundle keeps it external
 * (scripts/build-electron.mjs) and it is loaded only when a draft is first read.
 */
let pdfjs: Promise<PdfJs> | null = null;
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Every page's text runs, in PDF user space (y up), with the page's size. */
export const readPdfPages = async (bytes: Uint8Array): Promise<PageText[]> => {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const doc = await getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PageText[] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      const [, , width = 0, height = 0] = page.view;
      const content = await page.getTextContent();
      const runs = content.items.flatMap((item) => {
        if (!('str' in item) || item.str.trim() === '') return [];
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        const size = Math.hypot(c, d) || item.height;
        return [{ str: item.str, x: e, y: f, width: item.width || Math.hypot(a, b) * item.str.length, height: size }];
      });
      pages.push({ page: number, width, height, runs });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
};
