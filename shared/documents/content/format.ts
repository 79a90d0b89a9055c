import { oneDecimal } from '../../engine/one-decimal.js';
import { type MeetingZone, meetingWallClock } from '../../meeting/meeting-time-zone.js';
import { base64ToBytes } from '../../protocol/base64.js';
import type { SignatureImage } from '../layout/blocks.js';

const two = (n: number): string => String(n).padStart(2, '0');

/** 2026年11月26日, in the meeting's zone: the same wall clock the screens show for the same instant. */
export const chineseDate = (iso: string, meeting: MeetingZone): string => {
  const c = meetingWallClock(iso, meeting);
  return `${c.year}年${c.month}月${c.day}日`;
};

/** 2026年11月26日 09:30, in the meeting's zone. */
export const chineseDateTime = (iso: string, meeting: MeetingZone): string => {
  const c = meetingWallClock(iso, meeting);
  return `${c.year}年${c.month}月${c.day}日 ${two(c.hour)}:${two(c.minute)}`;
};

/** An expert's whole points as they are. */
export const formatPoints = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : String(value);

/** An aggregate (mean, median, trimmed mean): one decimal, half up, the one form it takes anywhere. */
export const formatAggregate = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : oneDecimal(value);

const pngDataUrl = /^data:image\/png;base64,(.+)$/su;

/** A signature drawn on screen, stored as a PNG data URL; null or any other kind of data URL prints an empty line to sign on. */
export const signatureImage = (dataUrl: string | null | undefined, caption: string): SignatureImage | undefined => {
  const match = dataUrl == null ? null : pngDataUrl.exec(dataUrl);
  if (match?.[1] === undefined) return undefined;
  return { png: base64ToBytes(match[1]), caption };
};
