import { type PdfFonts, fontRoles, pdfFontFiles, pdfFontsFolder } from '../../shared/documents/pdf/pdf-fonts.js';

let loading: Promise<PdfFonts> | undefined;

const fetchFont = async (fileName: string): Promise<Uint8Array> => {
  const url = new URL(`${pdfFontsFolder}/${fileName}`, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`无法加载 PDF 字体 ${fileName}（HTTP ${response.status}）`);
  return new Uint8Array(await response.arrayBuffer());
};

/**
 * The PDF faces, fetched once from the fonts the build ships and kept for the session; the same
 * arrays every time, so the renderer parses each font only once. A failed load is retried next call.
 */
export const loadPdfFonts = (): Promise<PdfFonts> => {
  loading ??= Promise.all(fontRoles.map(async (role) => [role, await fetchFont(pdfFontFiles[role].fileName)] as const)).then(
    (entries) => Object.fromEntries(entries) as PdfFonts,
  );
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
};
