import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export type HashedFile = { sha256: string; bytes: number };

type StreamStage = NodeJS.ReadableStream | NodeJS.ReadWriteStream;

export type CopyOptions = {
  /** A stream that turns out longer than this is stopped before it fills the disk or the memory. */
  limit: number;
  tooLong: () => Error;
  onBytes?: (count: number) => void;
  signal?: AbortSignal;
};

const run = async (stages: StreamStage[], sink: NodeJS.WritableStream, options: CopyOptions, onChunk: (chunk: Buffer) => void) => {
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length;
      if (bytes > options.limit) return callback(options.tooLong());
      onChunk(chunk);
      options.onBytes?.(chunk.length);
      callback(null, chunk);
    },
  });
  await pipeline([...stages, meter, sink], options.signal ? { signal: options.signal } : {});
  return bytes;
};

/** Streams into a new file while hashing, so no file is ever held in memory whole. */
export const copyHashing = async (stages: StreamStage[], target: string, options: CopyOptions): Promise<HashedFile> => {
  const hash = createHash('sha256');
  const bytes = await run(stages, createWriteStream(target, { flags: 'wx' }), options, (chunk) => hash.update(chunk));
  return { sha256: hash.digest('hex'), bytes };
};

/** Collects a small stream (a manifest, a signature) in memory, refusing more than `limit` bytes. */
export const collectBytes = async (stages: StreamStage[], options: CopyOptions): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  await run(stages, sink, options, () => undefined);
  return Buffer.concat(chunks);
};
