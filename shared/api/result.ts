import type { EngineMessage } from '../engine/engine-message.js';
import type { SheetIssue } from '../engine/validate-sheet.js';

/** What every host call returns across either transport. Errors are data, never thrown across the boundary. */
export type HostError = {
  /** Stable machine-readable code, e.g. `invalid-arguments`, `not-found`, `cancelled`. */
  code: string;
  /** Human-readable message, already in the UI language where the host knows it. */
  message: string;
  /** The offending argument path such as `settings.bureauUrl`, when one is to blame. */
  field?: string;
  /** Every field a rule refused at once (the engine's check of a score sheet), so a form can mark each one. */
  issues?: FieldIssue[];
  /** The engine's reasons for a refusal, for the UI to say in its language; `message` is them in Chinese. */
  messages?: EngineMessage[];
  /** The message key whose text says this refusal (`refusal.reason.hub-running` under the broad `refused`); `refusal.<code>` when absent. */
  text?: string;
  /** What the refusal names (a file, a port, a count), to fill its text in the UI's language. */
  params?: RefusalParams;
};

export type RefusalParams = Record<string, string | number>;

/** How a UI says a host refusal in its own language: the message `text` (else `refusal.<code>`) filled with `params`. */
export type RefusalWords = { text?: string; params?: RefusalParams };

/**
 * One refused input, named by its path in the form, e.g. `scores.compliance.justification`; with the
 * engine's `code` and `params` when the engine refused it.
 */
export type FieldIssue = SheetIssue;

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const ok = <T>(value: T): HostResult<T> => ({ ok: true, value });

export const fail = (
  code: string,
  message: string,
  field?: string,
  issues?: FieldIssue[],
  messages?: EngineMessage[],
  words?: RefusalWords,
): HostResult<never> => ({
  ok: false,
  error: {
    code,
    message,
    ...(field === undefined ? {} : { field }),
    ...(issues === undefined ? {} : { issues }),
    ...(messages === undefined ? {} : { messages }),
    ...(words?.text === undefined ? {} : { text: words.text }),
    ...(words?.params === undefined ? {} : { params: words.params }),
  },
});

/** Thrown inside services so the dispatcher can turn it into a `HostResult` failure with its code. */
export class HostFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly issues?: FieldIssue[],
    readonly messages?: EngineMessage[],
    readonly words?: RefusalWords,
  ) {
    super(message);
    this.name = 'HostFailure';
  }
}
