export const maxPinFailures = 5;
export const pinLockoutMs = 60_000;

/** Wrong PINs in a row for one expert, and until when entry is refused. */
export type PinAttempts = { failures: number; lockedUntil: number };

export const noAttempts: PinAttempts = { failures: 0, lockedUntil: 0 };

/** The fifth wrong PIN in a row starts a lockout and resets the count for the attempts after it. */
export const afterFailure = (attempts: PinAttempts, now: number): PinAttempts => {
  const failures = attempts.failures + 1;
  return failures >= maxPinFailures ? { failures: 0, lockedUntil: now + pinLockoutMs } : { failures, lockedUntil: attempts.lockedUntil };
};

/** Whole seconds of lockout left, 0 when a PIN may be entered. */
export const lockoutSecondsLeft = (attempts: PinAttempts, now: number): number =>
  Math.max(0, Math.ceil((attempts.lockedUntil - now) / 1000));

export const attemptsLeft = (attempts: PinAttempts): number => maxPinFailures - attempts.failures;
