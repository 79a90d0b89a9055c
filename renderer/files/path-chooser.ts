import { create } from 'zustand';
import { useAppStore } from '../state/app-store.js';

export type PathRequest = {
  /** `directory` chooses the folder being browsed, for writing several files into it. */
  mode: 'open' | 'save' | 'directory';
  title: string;
  defaultName?: string;
  extensions: string[];
};

type PendingRequest = PathRequest & { settle(path: string | null): void };

type PathChooserState = { pending: PendingRequest | null };

export const usePathChooser = create<PathChooserState>(() => ({ pending: null }));

export const settlePathRequest = (path: string | null): void => {
  usePathChooser.getState().pending?.settle(path);
  usePathChooser.setState({ pending: null });
};

/**
 * Under Electron the host shows its native dialog, so nothing is chosen here (`undefined`).
 * In the browser shell the in-app dialog asks; `null` means the user cancelled.
 */
export const choosePath = (request: PathRequest): Promise<string | null | undefined> => {
  if (useAppStore.getState().info?.nativeDialogs) return Promise.resolve(undefined);
  return new Promise((resolve) => usePathChooser.setState({ pending: { ...request, settle: resolve } }));
};
