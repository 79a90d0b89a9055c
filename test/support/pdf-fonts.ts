import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { type PdfFonts, fontRoles, pdfFontFiles } from '../../shared/documents/pdf/pdf-fonts.js';

const require = createRequire(import.meta.url);

let loaded: PdfFonts | undefined;

/** The PDF faces read from node_modules once per process, for tests, benchmarks and scripts. */
export const loadPdfFonts = (): PdfFonts => {
  loaded ??= Object.fromEntries(
    fontRoles.map((role) => [role, new Uint8Array(readFileSync(require.resolve(pdfFontFiles[role].module)))]),
  ) as PdfFonts;
  return loaded;
};
