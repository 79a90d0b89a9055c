import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Caller } from '../../shared/api/caller.js';
import { hostCallNames, hostContract, type HostHandlers } from '../../shared/api/contract.js';
import { dispatch } from '../../shared/api/dispatch.js';
import { guardFileAccess, pathArguments } from './file-access-guard.js';
import { createFileGrants } from './file-grants.js';
import { createFileService } from './file-service.js';

const caller: Caller = { scope: 'workstation', clientId: 'test' };

/** Handlers that only record what reached them (the guard, not the services, is under test); browsing is real. */
const recording = () => {
  const reached: { name: string; args: unknown }[] = [];
  const files = createFileService(null);
  const record = (name: string) => async (args: unknown) => {
    reached.push({ name, args });
    return null;
  };
  const browse = async ({ path }: { path?: string }) => files.browse(path);
  const handlers = Object.fromEntries(hostCallNames.map((name) => [name, name === 'files.browse' ? browse : record(name)])) as unknown as HostHandlers;
  return { reached, handlers };
};

let root = '';
let dataDir = '';
let chosen = '';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'zz-guard-'));
  dataDir = join(root, 'data');
  chosen = join(root, 'chosen');
  await mkdir(dataDir);
  await mkdir(chosen);
  await writeFile(join(dataDir, 'device-key.json'), '{}');
  await writeFile(join(chosen, '会前备份.zzbackup'), '{}');
  await writeFile(join(root, 'beside.pdf'), '%PDF');
  await symlink(join(dataDir, 'device-key.json'), join(chosen, '看似备份.zzbackup'));
});

const setUp = () => {
  const { reached, handlers } = recording();
  const guarded = guardFileAccess(handlers, createFileGrants(dataDir));
  const call = (name: string, args: unknown) => dispatch(guarded, name, args, caller);
  return { reached, call };
};

describe('guardFileAccess', () => {
  it('covers every call whose arguments carry a path', () => {
    const carriesPath = hostCallNames.filter((name) => {
      const shape = (hostContract[name].args as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      return Object.keys(shape).some((key) => key === 'path' || key === 'folder' || key.endsWith('Path'));
    });
    expect(carriesPath.filter((name) => name !== 'files.browse').sort()).toEqual(Object.keys(pathArguments).sort());
  });

  it('refuses /etc/passwd and a file beside the chosen folder before any service sees them', async () => {
    const { reached, call } = setUp();
    expect(await call('files.open', { title: '打开', filters: [], path: '/etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'not-granted', field: 'path', message: '此文件未在对话框中选择过，不能打开：/etc/passwd' },
    });
    await call('files.browse', { path: chosen });
    expect(await call('materials.add', { path: join(root, 'beside.pdf') })).toMatchObject({ ok: false, error: { code: 'not-granted' } });
    expect(await call('documents.save', { meeting: { id: 'M-1', title: '会' }, folder: root, files: [{ name: 'a.pdf', contentBase64: '' }] })).toMatchObject({
      ok: false,
      error: { code: 'not-granted', field: 'folder' },
    });
    expect(reached).toEqual([]);
  });

  it('passes what the listing showed, and saves into the folder browsed into', async () => {
    const { reached, call } = setUp();
    await call('files.browse', { path: chosen });
    expect(await call('backup.restore', { path: join(chosen, '会前备份.zzbackup') })).toMatchObject({ ok: true });
    expect(await call('files.save', { title: '保存', defaultName: 'x', filters: [], contentBase64: '', path: join(chosen, '新的.pdf') })).toMatchObject({ ok: true });
    expect(await call('documents.save', { meeting: { id: 'M-1', title: '会' }, folder: chosen, files: [{ name: 'a.pdf', contentBase64: '' }] })).toMatchObject({ ok: true });
    expect(reached.map((entry) => entry.name)).toEqual(['backup.restore', 'files.save', 'documents.save']);
  });

  it('lets a call without a path through untouched', async () => {
    const { reached, call } = setUp();
    expect(await call('package.inspect', { origin: 'demo' })).toMatchObject({ ok: true });
    expect(reached).toEqual([{ name: 'package.inspect', args: { origin: 'demo' } }]);
  });

  it('follows a symbolic link before deciding: one into the data folder is refused', async () => {
    const { reached, call } = setUp();
    await call('files.browse', { path: chosen });
    expect(await call('files.open', { title: '打开', filters: [], path: join(chosen, '看似备份.zzbackup') })).toMatchObject({
      ok: false,
      error: { code: 'private-path', message: `不能访问工作站的数据文件夹：${join(dataDir, 'device-key.json')}` },
    });
    expect(reached).toEqual([]);
  });

  it('neither lists nor grants the data folder or a hidden folder', async () => {
    const { call } = setUp();
    const listing = await call('files.browse', { path: root });
    expect(listing.ok && (listing.value as { entries: { name: string }[] }).entries.map((entry) => entry.name)).toEqual(['chosen', 'beside.pdf']);
    expect(await call('files.browse', { path: dataDir })).toMatchObject({ ok: false, error: { code: 'private-path' } });
    expect(await call('files.browse', { path: join(root, '.ssh') })).toMatchObject({ ok: false, error: { code: 'private-path' } });
  });
});
