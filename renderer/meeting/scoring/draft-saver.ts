/** `saving` from the first unsaved change until the last one is written; `saved` only after the write resolved. */
export type SaveStatus = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; message: string };

export type DraftSaver<T> = {
  /** Takes the latest value; it is written after `delayMs` of quiet, or at `flush()`. */
  update(value: T): void;
  /** Writes any pending value now (on blur, before submitting, when the page hides). Resolves once written. */
  flush(): Promise<void>;
  /** Stops the timer; a pending value is still written. */
  dispose(): Promise<void>;
};

/**
 * Debounced, serialised saving of a working draft. Writes never overlap and always carry the newest
 * value; a failed write reports the error and is retried with the next change or flush, never dropped.
 */
export const createDraftSaver = <T>(options: {
  write: (value: T) => Promise<void>;
  delayMs: number;
  onStatus: (status: SaveStatus) => void;
}): DraftSaver<T> => {
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<void> = Promise.resolve();

  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const writePending = (): Promise<void> => {
    chain = chain.then(async () => {
      if (pending === null) return;
      const { value } = pending;
      pending = null;
      try {
        await options.write(value);
        if (pending === null) options.onStatus({ state: 'saved' });
      } catch (error) {
        pending ??= { value };
        options.onStatus({ state: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    });
    return chain;
  };

  const flush = () => {
    clearTimer();
    return writePending();
  };

  return {
    update(value) {
      pending = { value };
      options.onStatus({ state: 'saving' });
      clearTimer();
      timer = setTimeout(() => void flush(), options.delayMs);
    },
    flush,
    dispose: flush,
  };
};
