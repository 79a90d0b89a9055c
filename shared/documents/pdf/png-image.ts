import { PDFContext, PDFName, PDFRawStream, PDFRef, PngEmbedder, type PDFDocument } from 'pdf-lib';

/** A PNG as pdf-lib embeds it: the colour image and, for a PNG with alpha, its soft mask, both compressed. */
type EncodedPng = { png: Uint8Array; image: PDFRawStream; mask: PDFRawStream | undefined };

/**
 * Decoding a PNG and compressing its colour and alpha planes again is most of what embedding it
 * costs, and the same signatures appear in every document of a meeting (each document decodes its
 * own copy of the bytes), so the encoded streams are kept per image content for the session.
 */
const encodedByHash = new Map<number, EncodedPng[]>();
const maxHashes = 512;

/** FNV-1a over the bytes: a bucket key only, every hit is compared byte for byte. */
const hashOf = (bytes: Uint8Array): number => {
  let hash = 0x811c9dc5 ^ bytes.length;
  for (let index = 0; index < bytes.length; index += 1) hash = Math.imul(hash ^ (bytes[index] ?? 0), 0x01000193);
  return hash >>> 0;
};

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, index) => byte === b[index]);

const rawStream = (context: PDFContext, ref: PDFRef): PDFRawStream => {
  const stream = context.lookup(ref);
  if (!(stream instanceof PDFRawStream)) throw new Error(`PNG 图像嵌入后不是数据流：${String(stream)}`);
  return stream;
};

/** pdf-lib's own PNG embedding, done once into a scratch context whose streams are then copied. */
const encode = async (png: Uint8Array): Promise<EncodedPng> => {
  const scratch = PDFContext.create();
  const image = rawStream(scratch, await (await PngEmbedder.for(png)).embedIntoContext(scratch));
  const maskRef = image.dict.get(PDFName.of('SMask'));
  return { png, image, mask: maskRef instanceof PDFRef ? rawStream(scratch, maskRef) : undefined };
};

const encoded = async (png: Uint8Array): Promise<EncodedPng> => {
  const hash = hashOf(png);
  const bucket = encodedByHash.get(hash) ?? [];
  const known = bucket.find((entry) => sameBytes(entry.png, png));
  if (known !== undefined) return known;
  const entry = await encode(png);
  if (encodedByHash.size >= maxHashes) encodedByHash.delete(encodedByHash.keys().next().value ?? hash);
  encodedByHash.set(hash, [...bucket, entry]);
  return entry;
};

/**
 * Adds PNGs to `doc` as image XObjects (with alpha as a soft mask), each distinct image once however
 * many copies of its bytes the pages hold; returns the function that embeds one and gives its reference.
 */
export const pngEmbedderFor = (doc: PDFDocument): ((png: Uint8Array) => Promise<PDFRef>) => {
  const { context } = doc;
  const refs = new Map<EncodedPng, PDFRef>();
  return async (png) => {
    const entry = await encoded(png);
    const known = refs.get(entry);
    if (known !== undefined) return known;
    const dict = entry.image.dict.clone(context);
    if (entry.mask !== undefined) dict.set(PDFName.of('SMask'), context.register(PDFRawStream.of(entry.mask.dict.clone(context), entry.mask.contents)));
    const ref = context.register(PDFRawStream.of(dict, entry.image.contents));
    refs.set(entry, ref);
    return ref;
  };
};
