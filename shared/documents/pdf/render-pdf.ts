import { PDFDocument } from 'pdf-lib';
import type { DocumentSpec } from '../layout/blocks.js';
import type { DrawOp } from './draw-op.js';
import { compressWithFflate } from './fast-flate.js';
import { fontkitForPdfLib, parseFont } from './fontkit-adapter.js';
import type { LayoutContext } from './layout-context.js';
import { layoutBlocks } from './layout-blocks.js';
import { PageFlow } from './page-flow.js';
import { paintPages } from './paint-pages.js';
import type { PdfFonts } from './pdf-fonts.js';
import { type PageGeometry, furnitureGrey, leading, mm, pageGeometry, typeSizes } from './pdf-style.js';
import { type LayoutFonts, layoutText, placeLine } from './styled-text.js';

export type { PdfFonts } from './pdf-fonts.js';

/** The running header above the text area and the page number below it, in small grey type. */
const pageFurniture = (
  fonts: LayoutFonts,
  geometry: PageGeometry,
  spec: DocumentSpec,
  page: number,
  pages: number,
  ascender: number,
): DrawOp[] => {
  const size = typeSizes.margin;
  const lineHeight = size * leading.margin;
  const left = geometry.marginLeft;
  const width = geometry.width - geometry.marginLeft - geometry.marginRight;
  const line = (text: string, top: number) =>
    layoutText(fonts, [{ text, font: 'sans' }], { size, maxWidth: width })
      .slice(0, 1)
      .flatMap((laidOut) =>
        placeLine(laidOut, { x: left, top, width, size, lineHeight, align: 'center', ascender, grey: furnitureGrey }),
      );
  const ops: DrawOp[] = [];
  if (spec.runningHeader !== undefined && spec.runningHeader !== '') {
    const ruleY = geometry.marginTop - mm(8);
    ops.push(...line(spec.runningHeader, ruleY - lineHeight - 1));
    ops.push({ kind: 'line', x1: left, y1: ruleY, x2: left + width, y2: ruleY, thickness: 0.4 });
  }
  ops.push(...line(spec.pageNumberLabel(page, pages), geometry.height - geometry.marginBottom + mm(10)));
  return ops;
};

/**
 * Lays `spec` out on A4 pages and returns the PDF's bytes. Fonts are embedded as subsets; every
 * character is checked against its font first, so a missing glyph fails with an Error naming it.
 */
export const renderPdf = async (spec: DocumentSpec, fonts: PdfFonts): Promise<Uint8Array> => {
  const parsed: LayoutFonts = {
    serif: parseFont(fonts.serif),
    serifBold: parseFont(fonts.serifBold),
    sans: parseFont(fonts.sans),
    sansBold: parseFont(fonts.sansBold),
  };
  const orientation = spec.orientation ?? 'portrait';
  const geometry = pageGeometry(orientation);
  const flow = new PageFlow(geometry);
  const context: LayoutContext = { fonts: parsed, flow, ascender: parsed.serif.ascender, landscape: orientation === 'landscape' };
  layoutBlocks(context, spec.blocks);

  const pages = flow.pages.filter((ops, index) => ops.length > 0 || index === 0);
  pages.forEach((ops, index) => ops.push(...pageFurniture(parsed, geometry, spec, index + 1, pages.length, context.ascender)));

  const { metadata } = spec;
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.registerFontkit(fontkitForPdfLib);
  compressWithFflate(doc);
  await paintPages(doc, pages, geometry, fonts, `${metadata.title}/${metadata.createdAt.toISOString()}`);
  doc.setTitle(metadata.title, { showInWindowTitleBar: true });
  doc.setAuthor(metadata.author);
  doc.setSubject(metadata.subject);
  doc.setKeywords(metadata.keywords ?? []);
  doc.setLanguage(metadata.language);
  doc.setCreator('浙江制造标准审评工作站');
  doc.setProducer('pdf-lib 1.17.1, fontkit 2.0.4');
  doc.setCreationDate(metadata.createdAt);
  doc.setModificationDate(metadata.createdAt);
  return doc.save();
};
