import { oneDecimal } from '../../engine/one-decimal.js';
import { base64ToBytes } from '../../protocol/base64.js';
import type { SignatureImage } from '../layout/blocks.js';

/** Zhejiang keeps China Standard Time; a timestamp stored in UTC still prints as the wall clock in the room. */
const chinaOffsetMs = 8 * 60 * 60 * 1000;

const chinaClock = (iso: string): Date => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`时间格式无效：${iso}`);
  return new Date(ms + chinaOffsetMs);
};

const two = (n: number): string => String(n).padStart(2, '0');

/** 2026年11月26日 */
export const chineseDate = (iso: string): string => {
  const d = chinaClock(iso);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

/** 2026年11月26日 09:30 */
export const chineseDateTime = (iso: string): string => {
  const d = chinaClock(iso);
  return `${chineseDate(iso)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
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
