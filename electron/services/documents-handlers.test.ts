import { workstationCaller } from '../../test/support/callers.js';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostFailure } from '../../shared/api/result.js';
import { createDocumentsHandlers } from './documents-handlers.js';
import type { FileDialogs } from './file-dialogs.js';
import type { HostDeps } from './host-deps.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
const tempFolder = () => {
  const folder = mkdtempSync(join(tmpdir(), 'zz-documents-save-'));
  folders.push(folder);
  return folder;
};

const deps = (extra: Partial<HostDeps> = {}): HostDeps => ({
  appName: '浙江制造标准审评工作站',
  version: '0.1.0',
  dataDir: tempFolder(),
  platform: 'linux',
  transport: 'http',
  dialogs: null,
  settings: { store: {} },
  ...extra,
});

const meeting = { id: 'M-2026-0147', title: '2026年第四批"浙江制造"标准技术审评会' };
const files = [
  { name: 'M-2026-0147_S01_审评会议纪要.pdf', contentBase64: Buffer.from('%PDF-1.7 纪要').toString('base64') },
  { name: 'M-2026-0147_S01_审评会议纪要.docx', contentBase64: Buffer.from('PK docx').toString('base64') },
];

const dialogs = (chosen: string | null): FileDialogs => ({
  chooseOpen: async () => null,
  chooseSave: async () => null,
  chooseFolder: async () => chosen,
});

describe('documents.save', () => {
  it('writes every file into the meeting folder, named safely for Windows (browser shell: the path comes from the in-app dialog)', async () => {
    const folder = tempFolder();
    const saved = await createDocumentsHandlers(deps())['documents.save']({ meeting, folder, files }, workstationCaller);
    const target = join(folder, 'M-2026-0147 2026年第四批_浙江制造_标准技术审评会');
    expect(saved).toEqual({ folder: target, files: files.map((f) => join(target, f.name)), revealed: false });
    expect(readdirSync(target).sort()).toEqual(files.map((f) => f.name).sort());
    expect(readFileSync(join(target, files[0]!.name), 'utf8')).toBe('%PDF-1.7 纪要');
  });

  it('asks the native dialog under Electron and shows the first file in the file manager', async () => {
    const folder = tempFolder();
    const revealInFolder = vi.fn();
    const handlers = createDocumentsHandlers(deps({ dialogs: dialogs(folder), revealInFolder }));
    const saved = await handlers['documents.save']({ meeting, files }, workstationCaller);
    expect(saved?.revealed).toBe(true);
    expect(revealInFolder).toHaveBeenCalledWith(saved?.files[0]);
    expect(await createDocumentsHandlers(deps({ dialogs: dialogs(null), revealInFolder }))['documents.save']({ meeting, files }, workstationCaller)).toBeNull();
    await expect(handlers['documents.save']({ meeting, files, folder }, workstationCaller)).rejects.toMatchObject({ code: 'invalid-arguments', field: 'folder' });
  });

  it('refuses without a chosen folder in the browser shell, and refuses duplicate names', async () => {
    const handlers = createDocumentsHandlers(deps());
    await expect(handlers['documents.save']({ meeting, files }, workstationCaller)).rejects.toMatchObject({ code: 'no-dialog', field: 'folder' });
    await expect(handlers['documents.save']({ meeting, folder: tempFolder(), files: [files[0]!, files[0]!] }, workstationCaller)).rejects.toThrow(HostFailure);
  });

  it('names what it could not write', async () => {
    const folder = tempFolder();
    // A file where the meeting folder should be: the folder cannot be created.
    writeFileSync(join(folder, 'M-2026-0147 2026年第四批_浙江制造_标准技术审评会'), '');
    await expect(createDocumentsHandlers(deps())['documents.save']({ meeting, folder, files }, workstationCaller)).rejects.toMatchObject({ code: 'io', field: 'folder' });
  });
});
