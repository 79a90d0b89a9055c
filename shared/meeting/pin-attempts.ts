/** Wrong PINs allowed in a row before entry is locked; after a lockout, as many again. */
export const pinFailuresPerLockout = 5;
export const firstLockoutMs = 60_000;
export const longestLockoutMs = 60 * 60_000;

/** Wrong PINs in a row for one expert (since their last right one), and until when entry is refused (ms since the epoch). */
export type PinAttempts = { failures: number; lockedUntil: number };

export const noAttempts: PinAttempts = { failures: 0, lockedUntil: 0 };

/**
 * Every fifth wrong PIN in a row locks entry, each lockout twice as long as the one before (up to an
 * hour): guessing a 4-digit PIN then takes months, while a fumbling expert waits a minute.
 */
export const afterFailure = (attempts: PinAttempts, now: number): PinAttempts => {
  const failures = attempts.failures + 1;
  if (failures % pinFailuresPerLockout !== 0) return { failures, lockedUntil: attempts.lockedUntil };
  const lockouts = failures / pinFailuresPerLockout;
  return { failures, lockedUntil: now + Math.min(longestLockoutMs, firstLockoutMs * 2 ** (lockouts - 1)) };
};

/** Whole seconds of lockout left, 0 when a PIN may be entered. */
export const lockoutSecondsLeft = (attempts: PinAttempts, now: number): number => Math.max(0, Math.ceil((attempts.lockedUntil - now) / 1000));

/** Wrong PINs left before the next lockout. */
export const attemptsLeft = (attempts: PinAttempts): number => pinFailuresPerLockout - (attempts.failures % pinFailuresPerLockout);
