import { PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pngEmbedderFor } from './png-image.js';

const fromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'base64'));
/** 4×2 dark pixels with a checkered alpha, like a stroke of a drawn signature. */
const strokePng = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAYAAAB/qH1jAAAAFklEQVR4nGMQERFhEBER+Q+jUTggGgBetAXdn+qC+AAAAABJRU5ErkJggg==';
/** 4×2 opaque red pixels. */
const redPng = 'iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAYAAAB/qH1jAAAAEklEQVR4nGM4wcDwHxkzoAsAAO9GDjlck/+HAAAAAElFTkSuQmCC';

const imageOf = (doc: PDFDocument, ref: PDFRef): PDFRawStream => {
  const image = doc.context.lookup(ref);
  if (!(image instanceof PDFRawStream)) throw new Error('not an image stream');
  return image;
};

describe('pngEmbedderFor', () => {
  it('embeds one image with its soft mask per distinct PNG, whichever array holds the bytes', async () => {
    const doc = await PDFDocument.create();
    const embed = pngEmbedderFor(doc);
    const stroke = await embed(fromBase64(strokePng));
    expect(await embed(fromBase64(strokePng))).toBe(stroke);
    const red = await embed(fromBase64(redPng));
    expect(red).not.toBe(stroke);
    const image = imageOf(doc, stroke);
    expect(image.dict.get(PDFName.of('Width'))?.toString()).toBe('4');
    expect(image.dict.get(PDFName.of('Height'))?.toString()).toBe('2');
    expect(image.dict.get(PDFName.of('SMask'))).toBeInstanceOf(PDFRef);
  });

  it('gives a second document the same image data in objects of its own', async () => {
    const first = await PDFDocument.create();
    const second = await PDFDocument.create();
    const inFirst = imageOf(first, await pngEmbedderFor(first)(fromBase64(strokePng)));
    const inSecond = imageOf(second, await pngEmbedderFor(second)(fromBase64(strokePng)));
    expect(inSecond).not.toBe(inFirst);
    expect(inSecond.getContents()).toEqual(inFirst.getContents());
    const mask = inSecond.dict.get(PDFName.of('SMask'));
    expect(mask instanceof PDFRef && second.context.lookup(mask)).toBeInstanceOf(PDFRawStream);
  });
});
