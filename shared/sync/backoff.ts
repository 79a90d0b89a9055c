/** How long an undelivered verdict waits before the next try. */
export interface BackoffPolicy {
  /** The wait after the first failure, before jitter. */
  baseMs: number;
  /** No wait grows beyond this, so a bureau that comes back is reached within it. */
  maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 5_000, maxMs: 15 * 60_000 };

/**
 * Exponential backoff with "equal jitter": after `failures` failed tries the wait is drawn from
 * [d/2, d] where d = min(maxMs, baseMs·2^(failures−1)). Half of it is random so many workstations
 * that lost the bureau together do not all come back in the same second; the other half keeps
 * the wait from collapsing to zero. `random` returns a number in [0, 1), as `Math.random` does.
 */
export const backoffDelayMs = (failures: number, random: () => number, policy: BackoffPolicy = defaultBackoff): number => {
  const exponent = Math.max(0, Math.floor(failures) - 1);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const unit = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceiling / 2 + (unit * ceiling) / 2);
};
