import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { isHostCallName } from '../shared/api/contract.js';
import { fail, type HostResult } from '../shared/api/result.js';
import { isMenuCommand, menuCommandChannel, type MenuCommand } from '../shared/api/menu-commands.js';
import { isChangeEvent, type ChangeEvent } from './http/change-feed.js';
import { changeChannel, droppedFileChannel } from './ipc-channels.js';

/**
 * What the page sees as `window.zz`. Only contract names ever reach `ipcRenderer`, so a
 * compromised page cannot probe other channels; main still checks sender and arguments.
 */
const bridge = {
  call(name: unknown, args?: unknown): Promise<HostResult<unknown>> {
    if (!isHostCallName(name)) return Promise.resolve(fail('unknown-call', `未知的调用：${String(name)}`));
    return ipcRenderer.invoke(name, args ?? {}) as Promise<HostResult<unknown>>;
  },

  /**
   * A dropped file's path on disk, which main records as chosen before the renderer passes it to
   * `package.inspect` (IPC keeps the order). Empty for a file not from disk, so a page cannot make one up.
   */
  pathForFile(file: Parameters<typeof webUtils.getPathForFile>[0]): string {
    const path = webUtils.getPathForFile(file);
    if (path) ipcRenderer.send(droppedFileChannel, path);
    return path;
  },

  /** Subscribes to menu commands; returns the function that unsubscribes. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onMenuCommand 需要一个函数参数');
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(menuCommandChannel, forward);
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward);
    };
  },

  /** Subscribes to host changes (meeting saved anywhere, the hub's state); returns the function that unsubscribes. */
  onChange(listener: (event: ChangeEvent) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onChange 需要一个函数参数');
    const forward = (_event: IpcRendererEvent, change: unknown) => {
      if (isChangeEvent(change)) listener({ meetingId: change.meetingId, kind: change.kind, submissionId: change.submissionId, revision: change.revision });
    };
    ipcRenderer.on(changeChannel, forward);
    return () => {
      ipcRenderer.removeListener(changeChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld('zz', bridge);
