import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { isHostCallName } from '../shared/api/contract.js';
import { fail, type HostResult } from '../shared/api/result.js';
import { isMenuCommand, menuCommandChannel, type MenuCommand } from '../shared/api/menu-commands.js';

/**
 * What the page sees as `window.zz`. Only contract names ever reach `ipcRenderer`, so a
 * compromised page cannot probe other channels; main still checks sender and arguments.
 */
const bridge = {
  call(name: unknown, args?: unknown): Promise<HostResult<unknown>> {
    if (!isHostCallName(name)) return Promise.resolve(fail('unknown-call', `未知的调用：${String(name)}`));
    return ipcRenderer.invoke(name, args ?? {}) as Promise<HostResult<unknown>>;
  },

  /** A dropped file's path on disk; the renderer passes it to `package.inspect`. Empty for a file not from disk. */
  pathForFile(file: Parameters<typeof webUtils.getPathForFile>[0]): string {
    return webUtils.getPathForFile(file);
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
};

contextBridge.exposeInMainWorld('zz', bridge);
