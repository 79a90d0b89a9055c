import { describe, expect, it } from 'vitest';
import { chineseDate, chineseDateTime } from '../documents/content/format.js';
import { meetingSchema } from '../model/meeting.js';
import { defaultMeetingTimeZone, meetingTime, meetingTimeZone, meetingWallClock, meetingZoneOffsetMinutes } from './meeting-time-zone.js';

const shanghai = {};
const berlin = { timeZone: 'Europe/Berlin' };

describe('meeting time zone', () => {
  it('reads a meeting without a zone in China Standard Time', () => {
    expect(meetingTimeZone(shanghai)).toBe(defaultMeetingTimeZone);
    expect(meetingTime('2026-11-27T16:05:09Z', shanghai)).toBe('2026-11-28 00:05:09');
    expect(meetingTime('2026-11-28T09:30:00+08:00', shanghai, 'minute')).toBe('2026-11-28 09:30');
  });

  it('reads the same instant on the meeting’s clock whatever offset it was stored with', () => {
    const clock = meetingWallClock('2026-11-28T09:30:00+08:00', berlin);
    expect(clock).toEqual(meetingWallClock('2026-11-28T01:30:00Z', berlin));
    expect(clock).toEqual({ year: 2026, month: 11, day: 28, hour: 2, minute: 30, second: 0 });
    expect(meetingTime('2026-07-01T12:00:00Z', berlin)).toBe('2026-07-01 14:00:00');
  });

  it('prints in documents what the screens show for the same event', () => {
    for (const iso of ['2026-11-27T16:00:00Z', '2026-11-28T09:30:59+08:00', '2026-12-31T23:59:00Z', '2026-03-29T00:30:00Z']) {
      for (const meeting of [shanghai, berlin, { timeZone: 'America/New_York' }]) {
        const [date, time] = meetingTime(iso, meeting, 'minute').split(' ');
        const [year, month, day] = date!.split('-').map(Number);
        expect(chineseDate(iso, meeting)).toBe(`${year}年${month}月${day}日`);
        expect(chineseDateTime(iso, meeting)).toBe(`${year}年${month}月${day}日 ${time}`);
      }
    }
  });

  it('refuses a malformed timestamp and an unknown zone, naming them', () => {
    expect(() => meetingTime('昨天', shanghai)).toThrow('时间格式无效：昨天');
    const meeting = { id: 'M1', packageId: null, title: '审评会', reviewType: 'technical', startsAt: '2026-11-28T09:30:00+08:00', venue: '', organizer: '', rubric: null, rules: null };
    expect(meetingSchema.parse({ ...meeting, timeZone: 'Asia/Shanghai' }).timeZone).toBe('Asia/Shanghai');
    expect(meetingSchema.parse(meeting).timeZone).toBeUndefined();
    for (const timeZone of ['Mars/Olympus', '+08:00', '']) {
      const result = meetingSchema.safeParse({ ...meeting, timeZone });
      expect(result.error?.issues[0]).toMatchObject({ path: ['timeZone'], message: '会议时区（timeZone）须为有效的 IANA 时区名，例如 Asia/Shanghai' });
    }
  });
});

describe('the offset a time typed as the meeting room’s clock is stored with', () => {
  it('is China Standard Time’s for a meeting of no other zone, whatever this computer’s zone', () => {
    expect(meetingZoneOffsetMinutes('2026-12-05T09:30', {})).toBe(480);
    expect(meetingTime('2026-12-05T09:30:00+08:00', {}, 'minute')).toBe('2026-12-05 09:30');
  });

  it('follows a zone’s summer time', () => {
    expect(meetingZoneOffsetMinutes('2026-07-01T09:30', { timeZone: 'Europe/Berlin' })).toBe(120);
    expect(meetingZoneOffsetMinutes('2026-12-05T09:30', { timeZone: 'Europe/Berlin' })).toBe(60);
    expect(meetingZoneOffsetMinutes('2026-12-05T09:30', { timeZone: 'America/New_York' })).toBe(-300);
  });
});
