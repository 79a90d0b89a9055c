import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import { hostCallNames, type HostCallName, type HostHandlers } from '../shared/api/contract.js';
import { dispatch } from '../shared/api/dispatch.js';
import { fail, type HostResult } from '../shared/api/result.js';
import { isAppUrl } from './app-origin.js';
import { coalesceChanges } from './http/change-coalescing.js';
import type { ChangeEvent, ChangeFeed } from './http/change-feed.js';
import { changeChannel, droppedFileChannel } from './ipc-channels.js';
import type { FileGrants } from './services/file-grants.js';

/** The parts of a frame the sender check reads; Electron's `WebFrameMain` has them. */
export type SenderFrame = { readonly url: string; readonly parent: unknown };

export type InvokeSender = {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly mainFrame: SenderFrame; readonly id: number };
};

/**
 * Only our own page, in the top frame, may call the host: an iframe or a page that somehow
 * navigated elsewhere gets nothing, even with a valid call name and arguments.
 */
export const isTrustedSender = (event: InvokeSender): boolean => {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && frame.parent === null && isAppUrl(frame.url);
};

/** The in-app file dialog exists only in the browser shell; here the native dialogs choose every path. */
const notOverIpc: ReadonlySet<HostCallName> = new Set(['files.browse']);

/** Transport 1: one `ipcMain.handle` per contract call, sender checked before arguments are even parsed. */
export const registerIpcTransport = (ipcMain: Pick<IpcMain, 'handle'>, handlers: HostHandlers): void => {
  for (const name of hostCallNames) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, args: unknown): Promise<HostResult<unknown>> => {
      if (!isTrustedSender(event)) return fail('untrusted-sender', `拒绝来自非本应用页面的调用：${name}`);
      if (notOverIpc.has(name)) return fail('not-over-ipc', `桌面版不提供 ${name}：文件和文件夹只能通过系统对话框选择`);
      return dispatch(handlers, name, args, { scope: 'workstation', clientId: `ipc-${event.sender.id}` });
    });
  }
};

/**
 * A dropped file's path, which only the preload can read from the `File` the user dropped: main records it
 * as chosen, so `package.inspect` accepts it. The page itself cannot name a path this way.
 */
export const registerDroppedFiles = (ipcMain: Pick<IpcMain, 'on'>, grants: Pick<FileGrants, 'grantFile'>): void => {
  ipcMain.on(droppedFileChannel, (event: IpcMainEvent, path: unknown) => {
    if (isTrustedSender(event) && typeof path === 'string' && path !== '') grants.grantFile(path);
  });
};

/** What `forwardChanges` needs of a window's web contents. */
export type ChangeTarget = {
  send(channel: string, event: ChangeEvent): void;
  isDestroyed(): boolean;
  once(event: 'destroyed', listener: () => void): unknown;
};

/** Tells one window the host's changes, bursts coalesced (change-coalescing.ts), until the window is gone; returns the unsubscribe. */
export const forwardChanges = (changes: ChangeFeed, contents: ChangeTarget): (() => void) => {
  const coalesced = coalesceChanges((event) => {
    if (!contents.isDestroyed()) contents.send(changeChannel, event);
  });
  const unsubscribeFeed = changes.subscribe(coalesced.listener);
  const unsubscribe = () => {
    unsubscribeFeed();
    coalesced.stop();
  };
  contents.once('destroyed', unsubscribe);
  return unsubscribe;
};
