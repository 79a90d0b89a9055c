import type { PDFDocumentProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { PositionedText } from '../../shared/materials/text-lines.js';

/**
 * A page's text runs as pdf.js lists them (the same order as the text layer's spans), placed in
 * the page's viewport at scale 1, flipped so y grows upwards from the viewport's bottom edge.
 */
export type PageText = { page: number; width: number; height: number; runs: PositionedText[] };

export const readPageText = async (doc: PDFDocumentProxy, pageNumber: number): Promise<PageText> => {
  const page = await doc.getPage(pageNumber);
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs = content.items
    .filter((item): item is TextItem => 'str' in item)
    .map((item) => {
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
      const [x = 0, top = 0] = viewport.convertToViewportPoint(e, f);
      return { str: item.str, x, y: viewport.height - top, width: item.width || Math.hypot(a, b) * item.str.length, height: Math.hypot(c, d) || item.height };
    });
  return { page: pageNumber, width: viewport.width, height: viewport.height, runs };
};

/** One entry of the document outline (bookmarks), with the page it points to when that resolves. */
export type OutlineEntry = { key: string; title: string; page: number | null; children: OutlineEntry[] };

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

const destinationPage = async (doc: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | null> => {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const target: unknown = explicit?.[0];
    if (typeof target === 'number') return target + 1;
    if (target && typeof target === 'object') return (await doc.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
  } catch {
    // A broken bookmark still shows its title; it just cannot be followed.
  }
  return null;
};

export const readOutline = async (doc: PDFDocumentProxy): Promise<OutlineEntry[]> => {
  const convert = (nodes: OutlineNode[], prefix: string): Promise<OutlineEntry[]> =>
    Promise.all(
      nodes.map(async (node, index) => ({
        key: `${prefix}${index}`,
        title: node.title,
        page: await destinationPage(doc, node.dest),
        children: await convert((node.items ?? []) as OutlineNode[], `${prefix}${index}-`),
      })),
    );
  return convert((await doc.getOutline()) ?? [], '');
};
