import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { parseRange } from './material-range.js';

/**
 * Streams one stored material, whole or the byte range asked for (206), never held in memory whole.
 * Not cached: a device whose session ends keeps nothing it was not reading.
 */
export const streamMaterial = async (request: IncomingMessage, response: ServerResponse, file: { path: string; mediaType: string }): Promise<void> => {
  const { size } = await stat(file.path);
  const ask = parseRange(request.headers.range, size);
  const headers = { 'Content-Type': file.mediaType, 'Accept-Ranges': 'bytes', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (ask.kind === 'unsatisfiable') {
    response.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` });
    response.end();
    return;
  }
  const { start, end } = ask.kind === 'part' ? ask : { start: 0, end: size - 1 };
  const length = size === 0 ? 0 : end - start + 1;
  response.writeHead(ask.kind === 'part' ? 206 : 200, {
    ...headers,
    'Content-Length': String(length),
    ...(ask.kind === 'part' ? { 'Content-Range': `bytes ${start}-${end}/${size}` } : {}),
  });
  if (request.method === 'HEAD' || length === 0) {
    response.end();
    return;
  }
  await pipeline(createReadStream(file.path, { start, end }), response);
};
