import type { Meeting } from '../model/meeting.js';

/** Zhejiang keeps China Standard Time: a meeting whose package names no zone is read in it. */
export const defaultMeetingTimeZone = 'Asia/Shanghai';

export type MeetingZone = Pick<Meeting, 'timeZone'>;

/** The IANA zone a meeting's times are read in, wherever they are shown or printed. */
export const meetingTimeZone = (meeting: MeetingZone): string => meeting.timeZone ?? defaultMeetingTimeZone;

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number };

/** One formatter per zone: building an Intl.DateTimeFormat costs far more than using one, and a document formats hundreds of times. */
const formatters = new Map<string, Intl.DateTimeFormat>();

const formatterFor = (timeZone: string): Intl.DateTimeFormat => {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
};

/**
 * The wall clock in the meeting's zone at the instant `iso` names: a timestamp stored with any
 * offset (or in UTC) reads as the clock in the meeting room, whatever zone this computer is set to.
 */
export const meetingWallClock = (iso: string, meeting: MeetingZone): WallClock => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`时间格式无效：${iso}`);
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of formatterFor(meetingTimeZone(meeting)).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0, hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0 };
};

/**
 * Minutes east of UTC the meeting's zone keeps at the wall-clock time `local` (`2026-12-05T09:30`):
 * the offset a time typed as the meeting room's clock is stored with.
 */
export const meetingZoneOffsetMinutes = (local: string, meeting: MeetingZone): number => {
  const asIfUtc = Date.parse(`${local}:00Z`);
  const c = meetingWallClock(new Date(asIfUtc).toISOString(), meeting);
  return Math.round((Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - asIfUtc) / 60_000);
};

const two = (n: number): string => String(n).padStart(2, '0');

/** 2026-11-28 09:41:05 (or to the minute), in the meeting's zone: the form screens show. */
export const meetingTime = (iso: string, meeting: MeetingZone, precision: 'second' | 'minute' = 'second'): string => {
  const c = meetingWallClock(iso, meeting);
  const minute = `${c.year}-${two(c.month)}-${two(c.day)} ${two(c.hour)}:${two(c.minute)}`;
  return precision === 'minute' ? minute : `${minute}:${two(c.second)}`;
};
