import type { HostArgs, HostCallName, HostValue } from '../../shared/api/contract.js';
import { HostFailure, type HostResult } from '../../shared/api/result.js';
import { hostFailureOf } from '../shell/refusal-text.js';

/**
 * A change in the host: which meeting (null: anything), of what (`meeting`: its records; `hub`: the
 * hub's state — sessions, what each device shows; `resync`: the stream was lost and anything may have
 * changed), which submission (null: any) and its revision (`-1` after a lost connection).
 */
export type HostChange = { meetingId: string | null; kind: 'meeting' | 'hub' | 'resync'; submissionId: string | null; revision: number };

/** What the Electron preload exposes; absent in the browser shell. */
type PreloadBridge = {
  call(name: string, args: unknown, operationId?: string): Promise<HostResult<unknown>>;
  pathForFile?(file: File): string;
  onMenuCommand?(listener: (command: string) => void): () => void;
  onChange?(listener: (change: HostChange) => void): () => void;
};

declare global {
  interface Window {
    zz?: PreloadBridge;
  }
}

/** The browser shell signs this browser in with an HttpOnly session cookie; the page never holds a credential. */
const overHttp: PreloadBridge = {
  async call(name, args, operationId) {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      credentials: 'same-origin',
      // The meeting-room hub answers a resent operation id with its first answer and applies it once.
      headers: { 'Content-Type': 'application/json', ...(operationId === undefined ? {} : { 'X-Operation-Id': operationId }) },
      body: JSON.stringify(args),
    });
    return (await response.json()) as HostResult<unknown>;
  },
};

const bridge = (): PreloadBridge => window.zz ?? overHttp;

/**
 * Sends one call as it is and answers with the host's result; throws only when the host could not be
 * reached (then nobody knows whether it arrived: resend with the same `operationId`).
 */
export const sendHostCall = (name: string, args: unknown, operationId?: string): Promise<HostResult<unknown>> => bridge().call(name, args, operationId);

/** One typed call to the host; failures come back as a `HostFailure` carrying the host's code, message, field and the engine's messages. */
export const callHost = async <K extends HostCallName>(name: K, args: HostArgs<K>): Promise<HostValue<K>> => {
  let result: HostResult<unknown>;
  try {
    result = await sendHostCall(name, args);
  } catch (error) {
    throw new HostFailure('unreachable', error instanceof Error ? error.message : String(error));
  }
  if (!result.ok) throw hostFailureOf(result.error);
  return result.value as HostValue<K>;
};

/** Where a dropped file lies on disk: only Electron can tell; null in the browser shell. */
export const hostPathForFile = (file: File): string | null => window.zz?.pathForFile?.(file) || null;

/** Menu choices forwarded by Electron's main process; the browser shell has no app menu. Returns the unsubscribe. */
export const onMenuCommand = (listener: (command: string) => void): (() => void) => window.zz?.onMenuCommand?.(listener) ?? (() => undefined);

const nullOrString = (value: unknown) => value === null || typeof value === 'string';

const isHostChange = (value: unknown): value is HostChange => {
  if (typeof value !== 'object' || value === null) return false;
  const { meetingId, kind, submissionId, revision } = value as Record<string, unknown>;
  return nullOrString(meetingId) && (kind === 'meeting' || kind === 'hub') && nullOrString(submissionId) && Number.isInteger(revision);
};

/** Told after the stream was lost: changes may have been missed, so every screen reads everything again. */
const resync: HostChange = { meetingId: null, kind: 'resync', submissionId: null, revision: -1 };

/** After the host refused the stream (an HTTP error ends an EventSource for good), the next attempt waits this long. */
const reopenDelayMs = 3_000;

/** One event stream per page, shared by every screen that listens, open while any does. */
const createHttpChanges = () => {
  const listeners = new Set<(change: HostChange) => void>();
  let source: EventSource | null = null;
  let reopenTimer: ReturnType<typeof setTimeout> | undefined;
  let missed = false;
  const tell = (change: HostChange) => {
    for (const listener of [...listeners]) listener(change);
  };
  const open = () => {
    const next = new EventSource('/api/events');
    next.onopen = () => {
      if (!missed) return;
      missed = false;
      tell(resync);
    };
    next.onmessage = (message: MessageEvent<string>) => {
      let change: unknown;
      try {
        change = JSON.parse(message.data);
      } catch {
        return;
      }
      if (isHostChange(change)) tell({ meetingId: change.meetingId, kind: change.kind, submissionId: change.submissionId, revision: change.revision });
    };
    next.onerror = () => {
      missed = true;
      // A dropped connection: EventSource reconnects by itself, and `onopen` then asks for the resync.
      if (next.readyState !== EventSource.CLOSED) return;
      reopenTimer = setTimeout(open, reopenDelayMs);
    };
    source = next;
  };
  const close = () => {
    clearTimeout(reopenTimer);
    source?.close();
    source = null;
    missed = false;
  };
  return (listener: (change: HostChange) => void): (() => void) => {
    listeners.add(listener);
    if (source === null) open();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) close();
    };
  };
};

const subscribeOverHttp = createHttpChanges();

/** Calls `listener` after every change in the host, from any client; returns the unsubscribe. */
export const subscribeHostChanges = (listener: (change: HostChange) => void): (() => void) =>
  window.zz?.onChange ? window.zz.onChange(listener) : subscribeOverHttp(listener);
