import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { hostCallNames, type HostHandlers } from '../shared/api/contract.js';
import { dispatch } from '../shared/api/dispatch.js';
import { fail, type HostResult } from '../shared/api/result.js';
import { isAppUrl } from './app-origin.js';

/** The parts of a frame the sender check reads; Electron's `WebFrameMain` has them. */
export type SenderFrame = { readonly url: string; readonly parent: unknown };

export type InvokeSender = {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly mainFrame: SenderFrame };
};

/**
 * Only our own page, in the top frame, may call the host: an iframe or a page that somehow
 * navigated elsewhere gets nothing, even with a valid call name and arguments.
 */
export const isTrustedSender = (event: InvokeSender): boolean => {
  const frame = event.senderFrame;
  return frame !== null && frame === event.sender.mainFrame && frame.parent === null && isAppUrl(frame.url);
};

/** Transport 1: one `ipcMain.handle` per contract call, sender checked before arguments are even parsed. */
export const registerIpcTransport = (ipcMain: Pick<IpcMain, 'handle'>, handlers: HostHandlers): void => {
  for (const name of hostCallNames) {
    ipcMain.handle(name, async (event: IpcMainInvokeEvent, args: unknown): Promise<HostResult<unknown>> => {
      if (!isTrustedSender(event)) return fail('untrusted-sender', `拒绝来自非本应用页面的调用：${name}`);
      return dispatch(handlers, name, args);
    });
  }
};
