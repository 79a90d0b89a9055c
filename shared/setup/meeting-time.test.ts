import { describe, expect, it } from 'vitest';
import { localTimeToIso, normalizeMeetingTime } from './meeting-time.js';

describe('normalizeMeetingTime', () => {
  it('reads the ways a date and time are typed in Chinese offices', () => {
    expect(normalizeMeetingTime('2026-12-05 09:30')).toBe('2026-12-05T09:30');
    expect(normalizeMeetingTime(' 2026/12/5 9:30 ')).toBe('2026-12-05T09:30');
    expect(normalizeMeetingTime('2026年12月5日 9：30')).toBe('2026-12-05T09:30');
    expect(normalizeMeetingTime('2026年12月5日9时30分')).toBe('2026-12-05T09:30');
    expect(normalizeMeetingTime('2026.12.05T14:00')).toBe('2026-12-05T14:00');
  });

  it('refuses what is not a real date and time', () => {
    expect(normalizeMeetingTime('')).toBeNull();
    expect(normalizeMeetingTime('2026-12-05')).toBeNull();
    expect(normalizeMeetingTime('2026-02-30 09:00')).toBeNull();
    expect(normalizeMeetingTime('2026-13-01 09:00')).toBeNull();
    expect(normalizeMeetingTime('2026-12-05 24:00')).toBeNull();
    expect(normalizeMeetingTime('2026-12-05 09:60')).toBeNull();
  });
});

describe('localTimeToIso', () => {
  it('writes the offset east or west of UTC', () => {
    expect(localTimeToIso('2026-11-28T09:30', 480)).toBe('2026-11-28T09:30:00+08:00');
    expect(localTimeToIso('2026-11-28T09:30', -330)).toBe('2026-11-28T09:30:00-05:30');
    expect(localTimeToIso('2026-11-28T09:30', 0)).toBe('2026-11-28T09:30:00+00:00');
  });
});
