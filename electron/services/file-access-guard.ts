import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { Caller } from '../../shared/api/caller.js';
import type { HostCallName, HostHandlers } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import { requireGrantedPath, type FileGrants, type PathUse } from './file-grants.js';

/**
 * Every call that takes a path from a client, the argument that carries it and what it is used for.
 * A test checks that no contract call with a `path` or `folder` argument is missing here.
 */
export const pathArguments = {
  'files.open': { field: 'path', use: 'open' },
  'files.save': { field: 'path', use: 'save' },
  'backup.restore': { field: 'path', use: 'open' },
  'backup.export': { field: 'path', use: 'save' },
  'sync.exportVerdict': { field: 'path', use: 'save' },
  'package.inspect': { field: 'path', use: 'open' },
  'materials.add': { field: 'path', use: 'open' },
  'documents.save': { field: 'folder', use: 'folder' },
} as const satisfies Partial<Record<HostCallName, { field: string; use: PathUse }>>;

/** Where a path really leads: a symbolic link in a granted folder must not reach a private place. */
const realLocation = async (path: string): Promise<string> => {
  try {
    return await realpath(path);
  } catch {
    // A file about to be saved does not exist yet: its folder does.
    return realpath(dirname(path))
      .then((folder) => join(folder, basename(path)))
      .catch(() => path);
  }
};

const requirePublic = async (grants: FileGrants, path: string, field: string): Promise<void> => {
  const refusal = grants.placeRefusal(await realLocation(resolve(path)));
  if (refusal) throw new HostFailure('private-path', refusal, field);
};

type AnyHandler = (args: Record<string, unknown>, caller: Caller) => Promise<unknown>;

/**
 * The host's handlers as a client may reach them: a path argument only for what the user chose in a dialog
 * this session, never a private place; `files.browse` lists no private place and grants what it lists.
 */
export const guardFileAccess = (handlers: HostHandlers, grants: FileGrants): HostHandlers => {
  const guarded: Record<string, AnyHandler> = { ...(handlers as unknown as Record<string, AnyHandler>) };
  for (const [name, { field, use }] of Object.entries(pathArguments)) {
    const inner = guarded[name]!;
    guarded[name] = async (args, caller) => {
      const supplied = args[field];
      if (typeof supplied !== 'string') return inner(args, caller);
      const granted = requireGrantedPath(grants, supplied, use, field);
      await requirePublic(grants, granted, field);
      return inner({ ...args, [field]: granted }, caller);
    };
  }
  const browse = guarded['files.browse']!;
  guarded['files.browse'] = async (args, caller) => {
    if (typeof args.path === 'string') await requirePublic(grants, args.path, 'path');
    return grants.grantListing((await browse(args, caller)) as Awaited<ReturnType<HostHandlers['files.browse']>>);
  };
  return guarded as unknown as HostHandlers;
};
