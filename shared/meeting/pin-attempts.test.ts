import { describe, expect, it } from 'vitest';
import { afterFailure, attemptsLeft, firstLockoutMs, lockoutSecondsLeft, longestLockoutMs, noAttempts, type PinAttempts } from './pin-attempts.js';

const fail = (attempts: PinAttempts, times: number, now: number): PinAttempts => {
  let next = attempts;
  for (let i = 0; i < times; i += 1) next = afterFailure(next, now);
  return next;
};

describe('PIN attempts', () => {
  it('counts down the attempts left and locks on the fifth failure', () => {
    let attempts = noAttempts;
    for (let i = 1; i <= 4; i += 1) {
      attempts = afterFailure(attempts, 1000);
      expect(attemptsLeft(attempts)).toBe(5 - i);
      expect(lockoutSecondsLeft(attempts, 1000)).toBe(0);
    }
    attempts = afterFailure(attempts, 1000);
    expect(lockoutSecondsLeft(attempts, 1000)).toBe(firstLockoutMs / 1000);
    expect(lockoutSecondsLeft(attempts, 1000 + firstLockoutMs - 1)).toBe(1);
    expect(lockoutSecondsLeft(attempts, 1000 + firstLockoutMs)).toBe(0);
    expect(attemptsLeft(attempts)).toBe(5);
  });

  it('doubles each further lockout, up to an hour', () => {
    const second = fail(fail(noAttempts, 5, 0), 5, firstLockoutMs);
    expect(lockoutSecondsLeft(second, firstLockoutMs)).toBe((2 * firstLockoutMs) / 1000);
    const third = fail(second, 5, 10 * firstLockoutMs);
    expect(lockoutSecondsLeft(third, 10 * firstLockoutMs)).toBe((4 * firstLockoutMs) / 1000);
    const many = fail(noAttempts, 5 * 2000, 0);
    expect(lockoutSecondsLeft(many, 0)).toBe(longestLockoutMs / 1000);
  });
});
