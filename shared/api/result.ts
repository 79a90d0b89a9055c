/** What every host call returns across either transport. Errors are data, never thrown across the boundary. */
export type HostError = {
  /** Stable machine-readable code, e.g. `invalid-arguments`, `not-found`, `cancelled`. */
  code: string;
  /** Human-readable message, already in the UI language where the host knows it. */
  message: string;
  /** The offending argument path such as `settings.bureauUrl`, when one is to blame. */
  field?: string;
};

export type HostResult<T> = { ok: true; value: T } | { ok: false; error: HostError };

export const ok = <T>(value: T): HostResult<T> => ({ ok: true, value });

export const fail = (code: string, message: string, field?: string): HostResult<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

/** Thrown inside services so the dispatcher can turn it into a `HostResult` failure with its code. */
export class HostFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HostFailure';
  }
}
