import { create, type FontkitFont, type FontkitGlyph, type FontkitSubset } from 'fontkit';
import type { PDFDocument } from 'pdf-lib';

/**
 * pdf-lib 1.17.1 drives fonts through the API of its own fontkit fork, whose CJK subsets come out
 * broken (DESIGN.md section 7). Upstream fontkit 2 subsets correctly but renamed the subset's
 * `encodeStream()` to `encode()`; this adapter gives pdf-lib the old shape over upstream fontkit.
 */

/** Metrics and coverage of one parsed font, in em units (1 = the font size). */
export type ParsedFont = {
  familyName: string;
  postscriptName: string;
  /** Top and bottom of the ideographic em box above and below the baseline (descender negative). */
  ascender: number;
  descender: number;
  /** Advance width in ems, or undefined where the font has no glyph for the code point. */
  advance(codePoint: number): number | undefined;
};

type PdfLibFontkit = Parameters<PDFDocument['registerFontkit']>[0];

type CachedFont = { parsed: ParsedFont; forPdfLib: FontkitFont };

/** Keyed by the bytes' identity: a batch of documents passes the same font arrays again and again. */
const cache = new WeakMap<Uint8Array, CachedFont>();

type StreamEvent = 'data' | 'end' | 'error';
type Listener = (value?: unknown) => void;

/** The event-emitter shape pdf-lib's CustomFontSubsetEmbedder reads the subset font from. */
const encodeStream = (subset: FontkitSubset) => {
  const listeners = new Map<StreamEvent, Listener>();
  const stream = {
    on(event: StreamEvent, listener: Listener) {
      listeners.set(event, listener);
      return stream;
    },
  };
  // pdf-lib attaches its listeners right after the call returns, so emit on a later tick.
  void Promise.resolve().then(() => {
    try {
      listeners.get('data')?.(subset.encode());
      listeners.get('end')?.();
    } catch (error) {
      listeners.get('error')?.(error);
    }
  });
  return stream;
};

const subsetForPdfLib = (subset: FontkitSubset) => ({
  includeGlyph: (glyph: FontkitGlyph) => subset.includeGlyph(glyph),
  get cff() {
    return subset.cff;
  },
  encodeStream: () => encodeStream(subset),
});

type GlyfEntry = ReturnType<FontkitGlyph['_decode']>;

/**
 * The font as fontkit's TrueType subsetter sees it. For each glyph it adds, the subsetter parses the
 * whole outline only to learn whether the glyph is made of other glyphs; that answer (the entry's
 * contour count and parts) is kept per glyph for the session, so a document's subset copies glyph
 * bytes instead of parsing every outline again. The outlines themselves are not kept.
 */
const fontForSubsets = (font: FontkitFont): FontkitFont => {
  const entries = new Map<number, GlyfEntry>();
  const entryOf = (glyph: FontkitGlyph): GlyfEntry => {
    if (entries.has(glyph.id)) return entries.get(glyph.id) ?? null;
    const decoded = glyph._decode();
    const entry = decoded === null ? null : { numberOfContours: decoded.numberOfContours, ...(decoded.components === undefined ? {} : { components: decoded.components }) };
    entries.set(glyph.id, entry);
    return entry;
  };
  const glyphForSubset = (glyph: FontkitGlyph): FontkitGlyph =>
    new Proxy(glyph, {
      get(target, key) {
        if (key === '_decode') return () => entryOf(target);
        const value: unknown = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(font, {
    get(target, key) {
      if (key === 'getGlyph') return (id: number, codePoints?: number[]) => glyphForSubset(target.getGlyph(id, codePoints));
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
};

const buildFont = (bytes: Uint8Array): CachedFont => {
  const font = create(bytes);
  const subsetView = fontForSubsets(font);
  const glyphs = new Map<number, FontkitGlyph>();
  const glyphFor = (codePoint: number): FontkitGlyph => {
    let glyph = glyphs.get(codePoint);
    if (glyph === undefined) {
      glyph = font.glyphForCodePoint(codePoint);
      glyphs.set(codePoint, glyph);
    }
    return glyph;
  };
  const advances = new Map<number, number | undefined>();
  const unitsPerEm = font.unitsPerEm;
  const os2 = font['OS/2'];
  const parsed: ParsedFont = {
    familyName: font.familyName,
    postscriptName: font.postscriptName,
    ascender: (os2?.typoAscender ?? font.ascent) / unitsPerEm,
    descender: (os2?.typoDescender ?? font.descent) / unitsPerEm,
    advance(codePoint) {
      if (advances.has(codePoint)) return advances.get(codePoint);
      const advance = font.hasGlyphForCodePoint(codePoint) ? glyphFor(codePoint).advanceWidth / unitsPerEm : undefined;
      advances.set(codePoint, advance);
      return advance;
    },
  };
  // Horizontal Chinese and Latin need no shaping, and pdf-lib ignores glyph positions anyway; one
  // glyph per code point keeps drawn widths equal to the widths the line breaker measured.
  const layout = (text: string) => ({ glyphs: Array.from(text, (char) => glyphFor(char.codePointAt(0) ?? 0)) });
  // createSubset binds the subset to the font it is called on, so the subset reads glyphs through subsetView.
  const createSubset = () => subsetForPdfLib(font.createSubset.call(subsetView));
  const forPdfLib = new Proxy(font, {
    get(target, key) {
      if (key === 'layout') return layout;
      if (key === 'createSubset') return createSubset;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { parsed, forPdfLib };
};

const cachedFont = (bytes: Uint8Array): CachedFont => {
  let entry = cache.get(bytes);
  if (entry === undefined) {
    entry = buildFont(bytes);
    cache.set(bytes, entry);
  }
  return entry;
};

/** Parses a TrueType/OpenType font once per byte array. */
export const parseFont = (bytes: Uint8Array): ParsedFont => cachedFont(bytes).parsed;

/** Register with `PDFDocument.registerFontkit`; fonts embedded with `{ subset: true }` come out as real subsets. */
export const fontkitForPdfLib: PdfLibFontkit = {
  create: (bytes: Uint8Array) => cachedFont(bytes).forPdfLib as unknown as ReturnType<PdfLibFontkit['create']>,
};
