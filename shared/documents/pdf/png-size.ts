const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Pixel size from a PNG's IHDR chunk, which the format puts first; `what` names the image in errors. */
export const pngSize = (png: Uint8Array, what: string): { width: number; height: number } => {
  const isPng = png.length >= 24 && signature.every((byte, index) => png[index] === byte);
  if (!isPng) throw new Error(`签名图片「${what}」不是 PNG 图片`);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0) throw new Error(`签名图片「${what}」的尺寸为零`);
  return { width, height };
};
