import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { documentsCalls } from '../../shared/api/calls/documents-calls.js';
import type { HostHandlers } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import { meetingFolderName, safeFileName } from '../../shared/documents/file-names.js';
import { writeFileDurably } from './file-service.js';
import type { HostDeps } from './host-deps.js';
import { hostRefusal, hostRefusalAs } from '../../shared/api/host-refusal.js';

const chooseTitle = '选择保存审评文档的文件夹';

/** Under Electron only the native dialog chooses the folder; in the browser shell the in-app dialog chose it. */
const resolveFolder = async (deps: HostDeps, supplied: string | undefined): Promise<string | null> => {
  if (deps.dialogs !== null) {
    if (supplied !== undefined) throw new HostFailure('invalid-arguments', '此处须通过系统对话框选择文件夹', 'folder');
    return deps.dialogs.chooseFolder({ title: chooseTitle });
  }
  if (supplied === undefined) throw new HostFailure('no-dialog', '请在应用内的对话框中选择保存文档的文件夹', 'folder');
  return resolve(supplied);
};

const writeFailure = (error: unknown, path: string, field: string): HostFailure => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return hostRefusalAs('forbidden', 'refusal.reason.no-write-access', field, { path });
  if (code === 'ENOSPC') return hostRefusal('disk-full', field, { path });
  return hostRefusalAs('io', 'refusal.reason.unwritable', field, { path, message: (error as Error).message });
};

export const createDocumentsHandlers = (deps: HostDeps): Pick<HostHandlers, keyof typeof documentsCalls> => ({
  /**
   * Writes every file durably into `<folder>/<meeting id> <meeting title>/` (names made safe for
   * Windows), then shows the first one in the system's file manager where the shell can.
   */
  async 'documents.save'({ meeting, folder, files }) {
    const names = files.map((file) => safeFileName(file.name));
    const twice = names.find((name, index) => names.indexOf(name) !== index);
    if (twice !== undefined) throw new HostFailure('invalid-arguments', `文件名重复：${twice}`, 'files');
    const base = await resolveFolder(deps, folder);
    if (base === null) return null;
    const target = join(base, meetingFolderName(meeting));
    try {
      await mkdir(target, { recursive: true });
    } catch (error) {
      throw writeFailure(error, target, 'folder');
    }
    const written: string[] = [];
    for (const [index, file] of files.entries()) {
      const path = join(target, names[index]!);
      try {
        await writeFileDurably(path, Buffer.from(file.contentBase64, 'base64'));
      } catch (error) {
        throw writeFailure(error, path, `files.${index}`);
      }
      written.push(path);
    }
    if (deps.revealInFolder !== undefined && written[0] !== undefined) deps.revealInFolder(written[0]);
    return { folder: target, files: written, revealed: deps.revealInFolder !== undefined };
  },
});
