import legacyWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy } from 'pdfjs-dist';

type PdfJs = typeof PdfJsModule;

/**
 * pdf.js's modern build calls `Map.prototype.getOrInsertComputed` and `Math.sumPrecise` without
 * polyfills; an older Chromium (an Electron a few releases behind) gets the legacy build instead.
 */
const modernRuntime = (): boolean =>
  typeof (Map.prototype as { getOrInsertComputed?: unknown }).getOrInsertComputed === 'function' &&
  typeof (Math as { sumPrecise?: unknown }).sumPrecise === 'function';

let loading: Promise<PdfJs> | null = null;

/** pdf.js is a chunk of its own, loaded the first time a PDF is opened; its worker is bundled, never fetched from a CDN. */
export const loadPdfJs = (): Promise<PdfJs> => {
  loading ??= (async () => {
    const modern = modernRuntime();
    const pdfjs: PdfJs = modern ? await import('pdfjs-dist') : await import('pdfjs-dist/legacy/build/pdf.mjs');
    pdfjs.GlobalWorkerOptions.workerSrc = modern ? workerUrl : legacyWorkerUrl;
    return pdfjs;
  })();
  return loading;
};

/** Copied into the build by `scripts/vite-pdfjs-assets.ts`, beside index.html. */
const assetUrl = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

export const openPdf = async (bytes: Uint8Array): Promise<PDFDocumentProxy> => {
  const pdfjs = await loadPdfJs();
  return pdfjs.getDocument({
    // pdf.js transfers the buffer to its worker; a copy keeps the caller's bytes usable.
    data: bytes.slice(),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    // The CSP forbids eval; telling pdf.js up front avoids a violation report per font.
    isEvalSupported: false,
  }).promise;
};
