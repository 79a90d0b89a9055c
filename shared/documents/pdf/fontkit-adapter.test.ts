// The tests' project sees no ambient declarations of the shared project; this test calls fontkit directly.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- fontkit's declarations are an ambient module file
/// <reference path="./fontkit-module.d.ts" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create } from 'fontkit';
import { describe, expect, it } from 'vitest';
import { fontkitForPdfLib, parseFont } from './fontkit-adapter.js';
import { pdfFontFiles } from './pdf-fonts.js';

const serif = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve(pdfFontFiles.serif.module)));

/** The calls pdf-lib's CustomFontSubsetEmbedder makes on a font and its subset. */
type EmbedderView = {
  layout(text: string): { glyphs: { id: number; codePoints: number[] }[] };
  createSubset(): {
    includeGlyph(glyph: { id: number }): number;
    encodeStream(): { on(event: string, listener: (value?: unknown) => void): unknown };
  };
};

const encoded = (stream: ReturnType<ReturnType<EmbedderView['createSubset']>['encodeStream']>) =>
  new Promise<Uint8Array[]>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    stream.on('data', (chunk) => chunks.push(chunk as Uint8Array));
    stream.on('end', () => resolve(chunks));
    stream.on('error', reject);
  });

describe('fontkitForPdfLib', () => {
  it('parses each font once per byte array', () => {
    expect(fontkitForPdfLib.create(serif)).toBe(fontkitForPdfLib.create(serif));
    expect(parseFont(serif)).toBe(parseFont(serif));
  });

  it('lays text out one glyph per character', () => {
    const font = fontkitForPdfLib.create(serif) as unknown as EmbedderView;
    const { glyphs } = font.layout('审评 GB/T');
    expect(glyphs).toHaveLength(7);
    expect(glyphs[0]?.codePoints).toEqual([0x5ba1]);
  });

  it('gives pdf-lib a subset whose encodeStream emits a small TrueType font', async () => {
    const font = fontkitForPdfLib.create(serif) as unknown as EmbedderView;
    const subset = font.createSubset();
    const ids = font.layout('审评会议纪要').glyphs.map((glyph) => subset.includeGlyph(glyph));
    // Glyph 0 (.notdef) always comes first, so the text's glyphs are numbered from 1.
    expect(ids).toEqual([1, 2, 3, 4, 5, 6]);
    const chunks = await encoded(subset.encodeStream());
    const bytes = chunks[0] ?? new Uint8Array();
    expect(chunks).toHaveLength(1);
    // fontkit tags its TrueType subsets 'true', a valid sfnt version.
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('true');
    expect(bytes.length).toBeGreaterThan(1_000);
    expect(bytes.length).toBeLessThan(serif.length / 500);
  });

  it('encodes the same subset as plain fontkit, also when the glyphs were subset before', async () => {
    const text = '审评会议纪要：专家组一致同意通过（GB/T 1.1—2020）';
    const plainFont = create(serif);
    const plain = plainFont.createSubset();
    for (const char of text) plain.includeGlyph(plainFont.glyphForCodePoint(char.codePointAt(0) ?? 0));
    const font = fontkitForPdfLib.create(serif) as unknown as EmbedderView;
    const subsetBytes = async () => {
      const subset = font.createSubset();
      for (const glyph of font.layout(text).glyphs) subset.includeGlyph(glyph);
      return (await encoded(subset.encodeStream()))[0];
    };
    expect(await subsetBytes()).toEqual(plain.encode());
    expect(await subsetBytes()).toEqual(plain.encode());
  });

  it('reports metrics in ems and knows which characters it lacks', () => {
    const font = parseFont(serif);
    expect(font.postscriptName).toBe('NotoSerifSC-Regular');
    expect(font.advance(0x5ba1)).toBe(1);
    expect(font.advance(0x1f600)).toBeUndefined();
    expect(font.ascender - font.descender).toBeCloseTo(1, 5);
  });
});
