import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { HostFailure } from '../../shared/api/result.js';

/** What a client wants a path for: read a file, write a file, or write files into a folder. */
export type PathUse = 'open' | 'save' | 'folder';

/**
 * Paths the user chose in this session: in the browser shell, what the in-app dialog's listings showed
 * (`files.browse`); under Electron, files main resolved from a drop. Nothing else is ever read or written.
 */
export type FileGrants = {
  /** Records a listing the host hands out: its folder may be saved into, its files opened. Returns it without private entries. */
  grantListing<L extends Listing>(listing: L): L;
  /** A file the user dropped onto the window, as main resolved it. */
  grantFile(path: string): void;
  /** Null when the path was granted for this use; otherwise why not, naming the path. */
  refusal(path: string, use: PathUse): string | null;
  /** Null unless the path lies in a private place, whoever granted it. */
  placeRefusal(path: string): string | null;
};

type Listing = { path: string; entries: { path: string; kind: 'file' | 'directory' }[] };

const within = (path: string, folder: string): boolean => {
  const rest = relative(folder, path);
  return rest === '' || (rest !== '..' && !rest.startsWith(`..${sep}`) && !isAbsolute(rest));
};

/**
 * Places no dialog offers and no client may reach however it asks: the workstation's own data folder
 * (store, keys, settings, browser profile) and hidden files and folders (`~/.bashrc`, `~/.ssh`).
 */
export const privatePlaceRefusal = (path: string, dataDir: string): string | null => {
  const absolute = resolve(path);
  if (within(absolute, resolve(dataDir))) return `不能访问工作站的数据文件夹：${absolute}`;
  if (absolute.split(sep).some((part) => part.startsWith('.'))) return `不能访问隐藏的文件或文件夹：${absolute}`;
  return null;
};

export const createFileGrants = (dataDir: string): FileGrants => {
  const files = new Set<string>();
  const folders = new Set<string>();
  const placeRefusal = (path: string) => privatePlaceRefusal(path, dataDir);
  const isPublic = (path: string) => placeRefusal(path) === null;
  return {
    placeRefusal,
    grantListing(listing) {
      const entries = listing.entries.filter((entry) => isPublic(entry.path));
      if (isPublic(listing.path)) folders.add(resolve(listing.path));
      for (const entry of entries) if (entry.kind === 'file') files.add(resolve(entry.path));
      return { ...listing, entries };
    },
    grantFile(path) {
      if (isPublic(path)) files.add(resolve(path));
    },
    refusal(path, use) {
      const absolute = resolve(path);
      const place = placeRefusal(absolute);
      if (place) return place;
      if (use === 'open') return files.has(absolute) ? null : `此文件未在对话框中选择过，不能打开：${absolute}`;
      if (use === 'save') return folders.has(dirname(absolute)) ? null : `只能保存到在对话框中打开过的文件夹：${absolute}`;
      return folders.has(absolute) ? null : `此文件夹未在对话框中选择过：${absolute}`;
    },
  };
};

/** The granted absolute path, or a refusal naming it (and the argument it came in). */
export const requireGrantedPath = (grants: FileGrants, path: string, use: PathUse, field = 'path'): string => {
  const refusal = grants.refusal(path, use);
  if (refusal) throw new HostFailure('not-granted', refusal, field);
  return resolve(path);
};
