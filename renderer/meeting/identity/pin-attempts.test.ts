import { describe, expect, it } from 'vitest';
import { afterFailure, attemptsLeft, lockoutSecondsLeft, noAttempts, pinLockoutMs } from './pin-attempts.js';

describe('PIN attempts', () => {
  it('counts down the attempts left and locks on the fifth failure', () => {
    let attempts = noAttempts;
    for (let i = 1; i <= 4; i += 1) {
      attempts = afterFailure(attempts, 1000);
      expect(attemptsLeft(attempts)).toBe(5 - i);
      expect(lockoutSecondsLeft(attempts, 1000)).toBe(0);
    }
    attempts = afterFailure(attempts, 1000);
    expect(lockoutSecondsLeft(attempts, 1000)).toBe(pinLockoutMs / 1000);
    expect(lockoutSecondsLeft(attempts, 1000 + pinLockoutMs - 1)).toBe(1);
    expect(lockoutSecondsLeft(attempts, 1000 + pinLockoutMs)).toBe(0);
    expect(attemptsLeft(attempts)).toBe(5);
  });
});
