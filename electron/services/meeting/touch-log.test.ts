import { describe, expect, it } from 'vitest';
import { createTouchLog } from './touch-log.js';

describe('the touch log: what commits since a revision wrote of a meeting', () => {
  it('gathers the submissions written by every later commit, meeting by meeting', () => {
    const log = createTouchLog();
    log.touch('M1', 'S01');
    log.committed(1);
    log.touch('M1', 'S02');
    log.touch('M2', 'S01');
    log.committed(2);
    log.touch('M1', 'S03');
    log.committed(3);
    expect(log.since(1, 'M1')).toEqual(new Set(['S02', 'S03']));
    expect(log.since(0, 'M1')).toEqual(new Set(['S01', 'S02', 'S03']));
    expect(log.since(1, 'M2')).toEqual(new Set(['S01']));
    expect(log.since(3, 'M1')).toEqual(new Set());
  });

  it('answers the whole meeting once a row of no one submission was written', () => {
    const log = createTouchLog();
    log.touch('M1', 'S01');
    log.touch('M1', null);
    log.touch('M1', 'S02');
    log.committed(1);
    log.touch('M1', 'S03');
    log.committed(2);
    expect(log.since(0, 'M1')).toBe('whole');
    expect(log.since(1, 'M1')).toEqual(new Set(['S03']));
  });

  it('answers the whole meeting when its memory no longer reaches back to the revision', () => {
    const log = createTouchLog();
    for (let commit = 1; commit <= 300; commit += 1) {
      log.touch('M1', 'S01');
      log.committed(commit);
    }
    expect(log.since(10, 'M1')).toBe('whole');
    expect(log.since(290, 'M1')).toEqual(new Set(['S01']));
  });

  it('answers the whole meeting, for every meeting, after a write that may have changed any of them', () => {
    const log = createTouchLog();
    log.touch('M1', 'S01');
    log.committed(1);
    log.touchEverything();
    log.committed(2);
    log.touch('M1', 'S02');
    log.committed(3);
    expect(log.since(1, 'M1')).toBe('whole');
    expect(log.since(1, 'M9')).toBe('whole');
    expect(log.since(2, 'M1')).toEqual(new Set(['S02']));
  });
});
