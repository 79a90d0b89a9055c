import { create } from 'zustand';

/** Where the reader beside a score sheet is asked to go: a clause (or page) and the words to highlight there. */
export type ReaderFocus = { clause?: string; page?: number; quote: string; serial: number };

type ReaderFocusState = {
  focus: ReaderFocus | null;
  show(target: Omit<ReaderFocus, 'serial'>): void;
};

/** A pre-check finding's 「跳转」 sets it; the open reader follows each new request once (by `serial`). */
export const useReaderFocus = create<ReaderFocusState>((set, get) => ({
  focus: null,
  show: (target) => set({ focus: { ...target, serial: (get().focus?.serial ?? 0) + 1 } }),
}));

/** How much of a quote the reader searches for and highlights: a sentence, or the opening of a long passage (a table row, a whole foreword paragraph). */
export const focusSearchText = (quote: string): string => quote.replace(/\s+/gu, '').slice(0, 60);
