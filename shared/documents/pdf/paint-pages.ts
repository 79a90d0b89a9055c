import type { PDFDocument, PDFFont, PDFPage, PDFRef } from 'pdf-lib';
import type { DrawOp } from './draw-op.js';
import { parseFont } from './fontkit-adapter.js';
import type { FontRole, PdfFonts } from './pdf-fonts.js';
import type { PageGeometry } from './pdf-style.js';
import { pngEmbedderFor } from './png-image.js';

/** A stable six-letter subset tag (the `ABCDEF+` of a subset font's name) from the document and face. */
const subsetTag = (seed: string): string => {
  let hash = 0x811c9dc5;
  for (let index = 0; index < seed.length; index += 1) {
    hash ^= seed.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  let tag = '';
  for (let letter = 0; letter < 6; letter += 1) {
    tag += String.fromCharCode(65 + (hash % 26));
    hash = Math.floor(hash / 26) + letter * 7919;
  }
  return tag;
};

/** Positions to a tenth of a point (0.04 mm), far below what print or screen can show; fewer digits compress better. */
const coordinate = (value: number): string => String(Math.round(value * 10) / 10);
/** Character spacing repeats on every glyph of a line, so it keeps hundredths. */
const num = (value: number): string => String(Math.round(value * 100) / 100);

type EmbeddedFont = { font: PDFFont; hexByChar: Map<string, string> };

/** Hex glyph codes of `text`, asking pdf-lib (and so the subset) only once per character. */
const encode = (embedded: EmbeddedFont, text: string): string => {
  let hex = '';
  for (const char of text) {
    let code = embedded.hexByChar.get(char);
    if (code === undefined) {
      code = embedded.font.encodeText(char).asString();
      embedded.hexByChar.set(char, code);
    }
    hex += code;
  }
  return hex;
};

type Resources = {
  fonts: Map<FontRole, EmbeddedFont>;
  images: Map<Uint8Array, PDFRef>;
};

/**
 * One page's content stream written directly: pdf-lib's drawText builds an object per operator,
 * which made a 300-row table take seconds; a text-only stream with one text object per run of
 * text ops is a fraction of that and of the file size.
 */
const pageContent = (page: PDFPage, ops: readonly DrawOp[], height: number, resources: Resources): string => {
  const parts: string[] = [];
  const fontNames = new Map<FontRole, string>();
  const imageNames = new Map<PDFRef, string>();
  let inText = false;
  let inPath = false;
  let fill = -1;
  let font = '';
  let spacing = 0;
  let lineWidth = -1;
  const setFill = (grey: number) => {
    if (grey !== fill) parts.push(`${num(grey)} g`);
    fill = grey;
  };
  const endText = () => {
    if (inText) parts.push('ET');
    inText = false;
  };
  // Consecutive rules of one width are stroked as one path: a table row's grid costs one S.
  const endPath = () => {
    if (inPath) parts.push('S');
    inPath = false;
  };
  parts.push('0 G');
  for (const op of ops) {
    if (op.kind !== 'line') endPath();
    switch (op.kind) {
      case 'text': {
        const embedded = resources.fonts.get(op.font);
        if (embedded === undefined) throw new Error(`PDF 字体 ${op.font} 未嵌入`);
        let name = fontNames.get(op.font);
        if (name === undefined) {
          name = page.node.newFontDictionary('F', embedded.font.ref).asString();
          fontNames.set(op.font, name);
        }
        if (!inText) {
          parts.push('BT');
          inText = true;
          font = '';
        }
        setFill(op.grey);
        const fontAndSize = `${name} ${num(op.size)} Tf`;
        if (fontAndSize !== font) parts.push(fontAndSize);
        font = fontAndSize;
        if (op.characterSpacing !== spacing) parts.push(`${num(op.characterSpacing)} Tc`);
        spacing = op.characterSpacing;
        parts.push(`1 0 0 1 ${coordinate(op.x)} ${coordinate(height - op.baseline)} Tm <${encode(embedded, op.text)}> Tj`);
        break;
      }
      case 'line':
        endText();
        if (op.thickness !== lineWidth) {
          endPath();
          parts.push(`${num(op.thickness)} w`);
          lineWidth = op.thickness;
        }
        parts.push(`${coordinate(op.x1)} ${coordinate(height - op.y1)} m ${coordinate(op.x2)} ${coordinate(height - op.y2)} l`);
        inPath = true;
        break;
      case 'fill':
        endText();
        setFill(op.grey);
        parts.push(`${num(op.x)} ${num(height - op.top - op.height)} ${num(op.width)} ${num(op.height)} re f`);
        break;
      case 'image': {
        endText();
        const image = resources.images.get(op.png);
        if (image === undefined) break;
        let name = imageNames.get(image);
        if (name === undefined) {
          name = page.node.newXObject('Im', image).asString();
          imageNames.set(image, name);
        }
        const bottom = height - op.top - op.height;
        parts.push(`q ${num(op.width)} 0 0 ${num(op.height)} ${num(op.x)} ${num(bottom)} cm ${name} Do Q`);
        break;
      }
    }
  }
  endText();
  endPath();
  return parts.join('\n');
};

/** Draws the laid-out pages into `doc`, embedding only the faces and images the pages use, as subsets. */
export const paintPages = async (
  doc: PDFDocument,
  pages: readonly DrawOp[][],
  geometry: PageGeometry,
  fonts: PdfFonts,
  documentSeed: string,
): Promise<void> => {
  const resources: Resources = { fonts: new Map(), images: new Map() };
  const embedPng = pngEmbedderFor(doc);
  for (const page of pages) {
    for (const op of page) {
      if (op.kind === 'text' && !resources.fonts.has(op.font)) {
        const bytes = fonts[op.font];
        const customName = `${subsetTag(`${documentSeed}/${op.font}`)}+${parseFont(bytes).postscriptName}`;
        resources.fonts.set(op.font, { font: await doc.embedFont(bytes, { subset: true, customName }), hexByChar: new Map() });
      }
      if (op.kind === 'image' && !resources.images.has(op.png)) resources.images.set(op.png, await embedPng(op.png));
    }
  }
  for (const ops of pages) {
    const page = doc.addPage([geometry.width, geometry.height]);
    const content = pageContent(page, ops, geometry.height, resources);
    page.node.addContentStream(doc.context.register(doc.context.flateStream(content)));
  }
};
