import { crc32, deflateSync } from 'node:zlib';

/**
 * A grey-and-alpha PNG with a wavy stroke, like a signature drawn on screen. Tests give each act its
 * own size, so a document's embedded image tells which act's signature it is.
 */
export const signaturePng = (width: number, height: number): Uint8Array => {
  const stride = width * 2 + 1;
  const raw = Buffer.alloc(stride * height);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const inStroke = Math.abs(y - (height / 2 + (Math.sin(x / 9) * height) / 3)) < 2;
      raw[y * stride + 1 + x * 2] = 20;
      raw[y * stride + 2 + x * 2] = inStroke ? 255 : 0;
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 4;
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const png = Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
  return new Uint8Array(png);
};

/** The same PNG as the data URL a signature pad stores. */
export const signatureDataUrl = (width: number, height: number): string =>
  `data:image/png;base64,${Buffer.from(signaturePng(width, height)).toString('base64')}`;
