import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { createInflateRaw, type InflateRaw } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** One central-directory record with its name decoded but not yet trusted. */
export type ArchiveEntry = {
  name: string;
  isDirectory: boolean;
  /** Unix mode bits in the external attributes say symbolic link. */
  isLink: boolean;
  /** Encrypted, or a compression method yauzl cannot inflate. */
  isUnreadable: boolean;
  compressedSize: number;
  uncompressedSize: number;
  crc32: number;
  raw: Entry;
};

/**
 * Entry data is read straight from the file in large chunks: yauzl's own entry streams pass 16 KiB pieces
 * through several filters, which made a 100 MiB import several times slower. Sizes are checked by the caller.
 */
const chunkBytes = 1024 * 1024;
const stored = 0;

const unixFileType = 0o170000;
const unixSymlink = 0o120000;

const describe = (entry: Entry): ArchiveEntry => {
  // strictFileNames keeps backslashes as written, so the reader can refuse them instead of yauzl rewriting them.
  const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, true);
  return {
    name,
    isDirectory: name.endsWith('/'),
    isLink: ((entry.externalFileAttributes >>> 16) & unixFileType) === unixSymlink,
    isUnreadable: entry.isEncrypted() || !entry.canDecodeFileData(),
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    crc32: entry.crc32,
    raw: entry,
  };
};

/**
 * A ZIP opened for random access: the central directory is listed first, entries are streamed later in
 * whatever order the caller needs. yauzl validates every entry's size while inflating.
 */
export type ZipArchive = {
  entryCount: number;
  listEntries(): Promise<ArchiveEntry[]>;
  /** The stream stages that yield an entry's uncompressed bytes; the caller pipes them and limits their length. */
  openStages(entry: ArchiveEntry): Promise<[Readable] | [Readable, InflateRaw]>;
  close(): void;
};

export const openZipArchive = async (path: string): Promise<ZipArchive> => {
  // decodeStrings off: yauzl would otherwise reject unsafe names with its own English messages.
  const zip: ZipFile = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  // yauzl emits an error once and then stays silent; remembering it keeps a later read from waiting forever.
  let failure: Error | null = null;
  zip.on('error', (error: Error) => {
    failure ??= error;
  });

  const nextEntry = () =>
    new Promise<Entry | null>((resolve, reject) => {
      if (failure) return reject(failure);
      const settle = (action: () => void) => {
        zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        action();
      };
      const onEntry = (entry: Entry) => settle(() => resolve(entry));
      const onEnd = () => settle(() => resolve(null));
      const onError = (error: Error) => settle(() => reject(error));
      zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
      zip.readEntry();
    });

  return {
    entryCount: zip.entryCount,
    async listEntries() {
      const entries: ArchiveEntry[] = [];
      for (let entry = await nextEntry(); entry; entry = await nextEntry()) entries.push(describe(entry));
      return entries;
    },
    async openStages(entry) {
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry.raw, { minimal: true });
      if (fileDataStart + entry.compressedSize > zip.fileSize) throw new Error('entry data runs past the end of the archive');
      if (entry.raw.compressionMethod === stored && entry.compressedSize !== entry.uncompressedSize)
        throw new Error('stored entry with differing sizes');
      if (entry.compressedSize === 0) return [Readable.from([])];
      const raw = createReadStream(path, { start: fileDataStart, end: fileDataStart + entry.compressedSize - 1, highWaterMark: chunkBytes });
      return entry.raw.compressionMethod === stored ? [raw] : [raw, createInflateRaw({ chunkSize: chunkBytes / 4 })];
    },
    close: () => zip.close(),
  };
};
