import { open, readdir, readFile, rename, stat } from 'node:fs/promises';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { homedir } from 'node:os';
import { HostFailure } from '../../shared/api/result.js';
import type { FileDialogs, FileFilter } from './file-dialogs.js';
import { hostRefusal, hostRefusalAs } from '../../shared/api/host-refusal.js';

/** Files the renderer may open through the API; larger inputs (review packages) are streamed by their own services. */
const maxOpenBytes = 64 * 1024 * 1024;

const describeFsError = (error: unknown, path: string): HostFailure => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return hostRefusalAs('not-found', 'refusal.reason.path-missing', 'path', { path });
  if (code === 'EACCES' || code === 'EPERM') return hostRefusalAs('forbidden', 'refusal.reason.no-read-access', 'path', { path });
  if (code === 'EISDIR') return hostRefusal('is-directory', 'path', { path });
  return hostRefusalAs('io', 'refusal.reason.unreadable', 'path', { path, message: (error as Error).message });
};

/**
 * Writes beside the target, flushes, then renames: a crash leaves either the old file or the new one, never half.
 * `mode` applies from the file's creation, so a secret is never readable by others even for a moment.
 */
export const writeFileDurably = async (path: string, content: Uint8Array | string, mode?: number): Promise<void> => {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temporary, 'w', mode);
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
  const directory = await open(dirname(path), 'r');
  try {
    await directory.sync();
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  } finally {
    await directory.close();
  }
};

const withExtension = (path: string, filters: FileFilter[]): string => {
  const wanted = filters[0]?.extensions[0];
  if (!wanted || wanted === '*' || parse(path).ext) return path;
  return `${path}.${wanted}`;
};

export const createFileService = (dialogs: FileDialogs | null) => {
  /** Under Electron only the native dialog may choose a path; in the browser shell the in-app dialog chose it. */
  const resolvePath = async (
    supplied: string | undefined,
    choose: () => Promise<string | null>,
  ): Promise<string | null> => {
    if (dialogs) {
      if (supplied !== undefined) throw new HostFailure('invalid-arguments', '此处须通过系统对话框选择文件', 'path');
      return choose();
    }
    if (supplied === undefined) throw new HostFailure('no-dialog', '请在应用内的对话框中选择文件', 'path');
    return resolve(supplied);
  };

  return {
    /** The path of a file to open, for services that stream it themselves; null when the native dialog was cancelled. */
    chooseOpenPath: (options: { title: string; filters: FileFilter[]; path?: string | undefined }) =>
      resolvePath(options.path, () => dialogs!.chooseOpen(options)),

    async browse(path: string | undefined) {
      const directory = resolve(path ?? homedir());
      let names: string[];
      try {
        names = await readdir(directory);
      } catch (error) {
        throw describeFsError(error, directory);
      }
      const entries = await Promise.all(
        names
          .filter((name) => !name.startsWith('.'))
          .map(async (name) => {
            const full = join(directory, name);
            try {
              const info = await stat(full);
              return { name, path: full, kind: info.isDirectory() ? ('directory' as const) : ('file' as const), bytes: info.isDirectory() ? 0 : info.size };
            } catch {
              return null;
            }
          }),
      );
      const listed = entries
        .filter((entry) => entry !== null)
        .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name, 'zh-CN') : a.kind === 'directory' ? -1 : 1));
      const parent = dirname(directory);
      return { path: directory, parent: parent === directory ? null : parent, entries: listed };
    },

    async open(options: { title: string; filters: FileFilter[]; path?: string | undefined }) {
      const path = await resolvePath(options.path, () => dialogs!.chooseOpen(options));
      if (path === null) return null;
      try {
        const info = await stat(path);
        if (info.isDirectory()) throw hostRefusal('is-directory', 'path', { path });
        if (info.size > maxOpenBytes) throw hostRefusalAs('too-large', 'refusal.reason.file-too-large', 'path', { path });
        const content = await readFile(path);
        return { path, name: basename(path), bytes: content.byteLength, content };
      } catch (error) {
        throw error instanceof HostFailure ? error : describeFsError(error, path);
      }
    },

    async save(options: { title: string; defaultName: string; filters: FileFilter[]; path?: string | undefined; content: Uint8Array | string }) {
      const chosen = await resolvePath(options.path, () => dialogs!.chooseSave(options));
      if (chosen === null) return null;
      const path = withExtension(chosen, options.filters);
      try {
        await writeFileDurably(path, options.content);
      } catch (error) {
        throw describeFsError(error, path);
      }
      return { path };
    },
  };
};
export type FileService = ReturnType<typeof createFileService>;
