import type { HostArgs, HostCallName, HostValue } from '../../shared/api/contract.js';
import { HostFailure, type HostResult } from '../../shared/api/result.js';

/** What the Electron preload exposes; absent in the browser shell. */
type PreloadBridge = {
  call(name: string, args: unknown): Promise<HostResult<unknown>>;
  pathForFile?(file: File): string;
  onMenuCommand?(listener: (command: string) => void): () => void;
};

declare global {
  interface Window {
    zz?: PreloadBridge;
  }
}

const tokenFromPage = (): string => document.querySelector<HTMLMetaElement>('meta[name="zz-host-token"]')?.content ?? '';

const overHttp: PreloadBridge = {
  async call(name, args) {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokenFromPage()}` },
      body: JSON.stringify(args),
    });
    return (await response.json()) as HostResult<unknown>;
  },
};

const bridge = (): PreloadBridge => window.zz ?? overHttp;

/** One typed call to the host; failures come back as a `HostFailure` carrying the host's code, message and field. */
export const callHost = async <K extends HostCallName>(name: K, args: HostArgs<K>): Promise<HostValue<K>> => {
  let result: HostResult<unknown>;
  try {
    result = await bridge().call(name, args);
  } catch (error) {
    throw new HostFailure('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!result.ok) throw new HostFailure(result.error.code, result.error.message, result.error.field);
  return result.value as HostValue<K>;
};

/** Where a dropped file lies on disk: only Electron can tell; null in the browser shell. */
export const hostPathForFile = (file: File): string | null => window.zz?.pathForFile?.(file) || null;

/** Menu choices forwarded by Electron's main process; the browser shell has no app menu. Returns the unsubscribe. */
export const onMenuCommand = (listener: (command: string) => void): (() => void) => window.zz?.onMenuCommand?.(listener) ?? (() => undefined);
