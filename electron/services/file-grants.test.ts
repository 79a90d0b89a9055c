import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostFailure } from '../../shared/api/result.js';
import { createFileGrants, privatePlaceRefusal, requireGrantedPath } from './file-grants.js';

const dataDir = '/srv/zz-data';
const home = homedir();

const listing = (path: string, entries: { name: string; kind: 'file' | 'directory' }[]) => ({
  path,
  parent: null,
  entries: entries.map((entry) => ({ ...entry, path: join(path, entry.name), bytes: 0 })),
});

const refusalOf = (run: () => unknown): HostFailure => {
  try {
    run();
  } catch (error) {
    if (error instanceof HostFailure) return error;
  }
  throw new Error('expected a refusal');
};

describe('file grants', () => {
  it('refuses a path no dialog handed out, naming it in Chinese', () => {
    const grants = createFileGrants(dataDir);
    const failure = refusalOf(() => requireGrantedPath(grants, '/etc/passwd', 'open'));
    expect(failure).toMatchObject({ code: 'not-granted', field: 'path' });
    expect(failure.message).toBe('此文件未在对话框中选择过，不能打开：/etc/passwd');
  });

  it('refuses a hidden file in the home folder even after its folder was listed', () => {
    const grants = createFileGrants(dataDir);
    grants.grantListing(listing(home, [{ name: '.bashrc', kind: 'file' }]));
    const bashrc = join(home, '.bashrc');
    expect(refusalOf(() => requireGrantedPath(grants, bashrc, 'save')).message).toBe(`不能访问隐藏的文件或文件夹：${bashrc}`);
    expect(refusalOf(() => requireGrantedPath(grants, bashrc, 'open')).message).toBe(`不能访问隐藏的文件或文件夹：${bashrc}`);
    expect(grants.refusal(join(home, '.ssh', 'id_ed25519'), 'open')).toContain('不能访问隐藏的文件或文件夹');
  });

  it('opens only the files a listing showed, and saves only into a listed folder', () => {
    const grants = createFileGrants(dataDir);
    grants.grantListing(listing('/home/wang/审评', [{ name: '会前备份.zzbackup', kind: 'file' }, { name: '归档', kind: 'directory' }]));
    expect(requireGrantedPath(grants, '/home/wang/审评/会前备份.zzbackup', 'open')).toBe('/home/wang/审评/会前备份.zzbackup');
    expect(grants.refusal('/home/wang/审评/新文件.pdf', 'open')).not.toBeNull();
    expect(grants.refusal('/home/wang/审评/新备份.zzbackup', 'save')).toBeNull();
    expect(grants.refusal('/home/wang/审评', 'folder')).toBeNull();
    // A folder that was only seen in a listing, not browsed into, is not a place to write.
    expect(grants.refusal('/home/wang/审评/归档/x.pdf', 'save')).not.toBeNull();
    expect(grants.refusal('/home/wang/审评/归档', 'folder')).not.toBeNull();
    expect(grants.refusal('/home/wang/审评/../.profile', 'save')).not.toBeNull();
    expect(grants.refusal('/home/wang/审评/../x.pdf', 'save')).toBe('只能保存到在对话框中打开过的文件夹：/home/wang/x.pdf');
  });

  it('never grants the data folder, and leaves it out of a listing', () => {
    const grants = createFileGrants(dataDir);
    const shown = grants.grantListing(listing('/srv', [{ name: 'zz-data', kind: 'directory' }, { name: 'notes.pdf', kind: 'file' }]));
    expect(shown.entries.map((entry) => entry.name)).toEqual(['notes.pdf']);
    grants.grantListing(listing(dataDir, [{ name: 'meetings.sqlite', kind: 'file' }]));
    expect(grants.refusal(join(dataDir, 'meetings.sqlite'), 'open')).toBe(`不能访问工作站的数据文件夹：${join(dataDir, 'meetings.sqlite')}`);
    expect(grants.refusal(join(dataDir, 'x.zzbackup'), 'save')).toContain('不能访问工作站的数据文件夹');
    expect(grants.refusal(dataDir, 'folder')).toContain('不能访问工作站的数据文件夹');
  });

  it('accepts a dropped file main resolved, but not a private one', () => {
    const grants = createFileGrants(dataDir);
    grants.grantFile('/home/wang/下载/M-2026-0147.zzpkg');
    grants.grantFile(join(home, '.cache', 'x.zzpkg'));
    expect(grants.refusal('/home/wang/下载/M-2026-0147.zzpkg', 'open')).toBeNull();
    expect(grants.refusal('/home/wang/下载/M-2026-0147.zzpkg', 'save')).not.toBeNull();
    expect(grants.refusal(join(home, '.cache', 'x.zzpkg'), 'open')).not.toBeNull();
  });

  it('names the argument that carried the path', () => {
    expect(refusalOf(() => requireGrantedPath(createFileGrants(dataDir), '/tmp', 'folder', 'folder'))).toMatchObject({ code: 'not-granted', field: 'folder' });
  });

  it('tells a folder inside the data folder from one beside it', () => {
    expect(privatePlaceRefusal('/srv/zz-data-old/x.pdf', dataDir)).toBeNull();
    expect(privatePlaceRefusal('/srv/zz-data/sub/x.pdf', dataDir)).not.toBeNull();
    expect(privatePlaceRefusal('/srv/..names/x.pdf', dataDir)).not.toBeNull();
  });
});
