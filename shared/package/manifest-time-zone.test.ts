import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingTime } from '../meeting/meeting-time-zone.js';
import { manifestSchema } from './manifest.js';
import { manifestToRecords } from './manifest-records.js';

const withZone = (timeZone?: string): unknown => {
  const manifest = JSON.parse(readFileSync(new URL('../../test/fixtures/packages/sample-manifest.json', import.meta.url), 'utf8')) as { meeting: Record<string, unknown> };
  if (timeZone !== undefined) manifest.meeting.timeZone = timeZone;
  return manifest;
};

describe('a package’s meeting time zone', () => {
  it('is Asia/Shanghai when the package names none, and the package’s own when it does', () => {
    const plain = manifestToRecords(manifestSchema.parse(withZone())).meeting;
    expect(plain.timeZone).toBeUndefined();
    const urumqi = manifestToRecords(manifestSchema.parse(withZone('Asia/Urumqi'))).meeting;
    expect(urumqi.timeZone).toBe('Asia/Urumqi');
    expect(meetingTime(plain.startsAt, plain, 'minute')).toBe(meetingTime(plain.startsAt, { timeZone: 'Asia/Shanghai' }, 'minute'));
    expect(meetingTime('2026-11-28T09:30:00+08:00', urumqi, 'minute')).toBe('2026-11-28 07:30');
  });

  it('refuses a zone no runtime knows, naming the field', () => {
    const parsed = manifestSchema.safeParse(withZone('China/Hangzhou'));
    expect(parsed.error?.issues[0]).toMatchObject({ path: ['meeting', 'timeZone'], message: '会议时区（timeZone）须为有效的 IANA 时区名，例如 Asia/Shanghai' });
  });
});
