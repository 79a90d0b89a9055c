import type { BureauErrorCode } from '../../shared/protocol/error-body.js';

/** An expected refusal: becomes `{"error": code, "message", "field"}` with `status`. */
export class BureauError extends Error {
  constructor(
    readonly status: number,
    readonly code: BureauErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'BureauError';
  }
}
