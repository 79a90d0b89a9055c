import { zlibSync } from 'fflate';
import { type PDFDocument, typedArrayFor } from 'pdf-lib';

/**
 * pdf-lib compresses every stream it writes (font subsets, images, pages) with pako through
 * `context.flateStream`. fflate writes the same zlib format at the same level in about half the
 * time, and font subsets, most of a PDF's bytes, were its largest cost; so each document's context
 * compresses with fflate instead.
 */
export const compressWithFflate = (doc: PDFDocument): void => {
  const { context } = doc;
  context.flateStream = (contents, dict = {}) => context.stream(zlibSync(typedArrayFor(contents), { level: 6 }), { ...dict, Filter: 'FlateDecode' });
};
