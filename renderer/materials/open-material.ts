import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { PageSize } from '../../shared/materials/page-layout.js';
import { docxToSafeHtml } from './docx-html.js';
import { materialUrl, readMaterialBytes } from './material-bytes.js';
import { openPdf, preloadPdfJs } from './pdfjs-loader.js';

export const pdfType = 'application/pdf';
export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A material ready for its reader: a parsed PDF with its first page's size, or a Word file as HTML. */
export type OpenedMaterial = { state: 'unsupported' } | { state: 'pdf'; doc: PDFDocumentProxy; firstPage: PageSize } | { state: 'docx'; html: string };

/**
 * Materials opened this session, most recent last. Switching back to a tab finds its document
 * parsed (and its pages' text read, see `use-pdf-texts`) instead of starting over; the limit bounds
 * what the pdf.js worker holds. Only one reader shows at a time, and it shows the most recent
 * material, so the one evicted is never on screen.
 */
const opened = new Map<string, Promise<OpenedMaterial>>();
const openedLimit = 6;

const read = async (sha256: string, mediaType: string): Promise<OpenedMaterial> => {
  if (mediaType === docxType) return { state: 'docx', html: await docxToSafeHtml(await readMaterialBytes(sha256)) };
  if (mediaType !== pdfType) return { state: 'unsupported' };
  // pdf.js and its worker load while the bytes come from the host, not after.
  preloadPdfJs();
  const url = materialUrl(sha256);
  const doc = await openPdf(url === null ? await readMaterialBytes(sha256) : { url });
  const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
  return { state: 'pdf', doc, firstPage: { width, height } };
};

const release = (material: Promise<OpenedMaterial>): void => {
  material.then(
    (value) => value.state === 'pdf' && void value.doc.destroy(),
    () => undefined,
  );
};

export const openMaterial = (sha256: string, mediaType: string): Promise<OpenedMaterial> => {
  const key = `${mediaType} ${sha256}`;
  const cached = opened.get(key);
  const opening = cached ?? read(sha256, mediaType);
  opened.delete(key);
  opened.set(key, opening);
  if (!cached) opening.catch(() => opened.get(key) === opening && opened.delete(key));
  for (const [oldKey, old] of opened) {
    if (opened.size <= openedLimit) break;
    opened.delete(oldKey);
    release(old);
  }
  return opening;
};
