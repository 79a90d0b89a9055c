import legacyWorkerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import type * as PdfJsModule from 'pdfjs-dist';
import type { PDFDocumentProxy, PDFWorker } from 'pdfjs-dist';

type PdfJs = typeof PdfJsModule;

/**
 * pdf.js's modern build calls `Map.prototype.getOrInsertComputed` and `Math.sumPrecise` without
 * polyfills; an older Chromium (an Electron a few releases behind) gets the legacy build instead.
 */
const modernRuntime = (): boolean =>
  typeof (Map.prototype as { getOrInsertComputed?: unknown }).getOrInsertComputed === 'function' &&
  typeof (Math as { sumPrecise?: unknown }).sumPrecise === 'function';

let loading: Promise<PdfJs> | null = null;
let worker: Promise<PDFWorker> | null = null;

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

/**
 * One worker for every document of the session: its 1.2 MB script is fetched and compiled once,
 * beside pdf.js's own chunk rather than after it, and a document opened later finds it ready.
 */
const sharedWorker = (): Promise<PDFWorker> => {
  if (worker === null) {
    const port = new Worker(modernRuntime() ? workerUrl : legacyWorkerUrl, { type: 'module' });
    worker = loadPdfJs().then((pdfjs) => pdfjs.PDFWorker.create({ port }));
  }
  return worker;
};

/** Starts loading pdf.js and its worker ahead of need, such as when a screen that reads PDFs opens. */
export const preloadPdfJs = (): void => {
  sharedWorker().catch((error: unknown) => console.error('加载 PDF 组件失败', error));
};

/** Copied into the build by `scripts/vite-pdfjs-assets.ts`, beside index.html. */
const assetUrl = (folder: string) => new URL(`pdfjs/${folder}/`, document.baseURI).href;

/** A PDF from its bytes, or from a URL that pdf.js reads in ranges as pages are shown (the meeting-room hub's materials). */
export const openPdf = async (from: Uint8Array | { url: string }): Promise<PDFDocumentProxy> => {
  const [pdfjs, pdfWorker] = await Promise.all([loadPdfJs(), sharedWorker()]);
  return pdfjs.getDocument({
    worker: pdfWorker,
    // pdf.js transfers the buffer to its worker; a copy keeps the caller's bytes usable.
    ...(from instanceof Uint8Array ? { data: from.slice() } : { url: from.url }),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    // The CSP forbids eval; telling pdf.js up front avoids a violation report per font.
    isEvalSupported: false,
  }).promise;
};
