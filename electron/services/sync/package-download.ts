import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { HostFailure } from '../../../shared/api/result.js';
import { packageFileExtension, packageLimits } from '../../../shared/package/limits.js';

const downloadsFolder = (dataDir: string) => join(dataDir, 'downloads');

/**
 * Where a package fetched from the bureau waits for `package.inspect`. Outside `staging/`, which the
 * import jobs clear when they start; the id is a UUID, so the path cannot leave the folder.
 */
export const downloadedPackagePath = (dataDir: string, downloadId: string): string =>
  join(downloadsFolder(dataDir), `${downloadId}.${packageFileExtension}`);

/** Writes the bureau's answer to the downloads folder, checking its size and the SHA-256 the bureau announced. */
export const saveDownloadedPackage = async (
  dataDir: string,
  response: Response,
  meetingId: string,
): Promise<{ downloadId: string; bytes: number }> => {
  if (!response.body) throw new HostFailure('download-failed', `局端没有返回会议 ${meetingId} 的审评包内容`, 'meetingId');
  const folder = downloadsFolder(dataDir);
  await mkdir(folder, { recursive: true });
  // Only the newest download is ever being inspected; an earlier one was either imported or abandoned.
  for (const name of await readdir(folder)) await rm(join(folder, name), { force: true });
  const downloadId = randomUUID();
  const path = downloadedPackagePath(dataDir, downloadId);
  const hash = createHash('sha256');
  let bytes = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > packageLimits.totalBytes) return done(new HostFailure('download-failed', `会议 ${meetingId} 的审评包超过 2 GiB，已停止下载`, 'meetingId'));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), counter, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    await rm(path, { force: true });
    if (error instanceof HostFailure) throw error;
    throw new HostFailure('download-failed', `下载会议 ${meetingId} 的审评包时连接中断：${(error as Error).message}`, 'meetingId');
  }
  const announced = response.headers.get('x-zz-package-sha256');
  const actual = hash.digest('hex');
  if (announced && announced !== actual) {
    await rm(path, { force: true });
    throw new HostFailure('download-failed', `下载的审评包与局端公布的 SHA-256 不符（应为 ${announced}，实为 ${actual}），已丢弃`, 'meetingId');
  }
  return { downloadId, bytes };
};
