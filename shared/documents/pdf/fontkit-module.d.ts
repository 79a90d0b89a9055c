// Hand-written, not generated: fontkit 2 ships no types, and this file declares the part of its API
// that fontkit-adapter.ts and pdf-lib use.
declare module 'fontkit' {
  export interface FontkitGlyph {
    id: number;
    codePoints: number[];
    advanceWidth: number;
    /** Internal: the parsed `glyf` entry, which fontkit's TrueType subsetter reads for composite parts. */
    _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  }

  export interface FontkitSubset {
    includeGlyph(glyph: number | FontkitGlyph): number;
    encode(): Uint8Array;
    cff?: unknown;
  }

  export interface FontkitFont {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    'OS/2'?: { typoAscender: number; typoDescender: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    getGlyph(id: number, codePoints?: number[]): FontkitGlyph;
    createSubset(): FontkitSubset;
  }

  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
