const twoDigits = (value: number) => String(value).padStart(2, '0');

const pattern = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T\s]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?$/;

/**
 * The meeting time as the secretary types it — `2026-12-05 09:30`, `2026/12/5 9:30`, `2026年12月5日 9:30` —
 * as `2026-12-05T09:30`, or null when it is not a real date and time. Typed rather than picked, because the
 * browser's own date picker follows the system language, not the app's.
 */
export const normalizeMeetingTime = (text: string): string | null => {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return `${year}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hour)}:${twoDigits(minute)}`;
};

/** `2026-11-28T09:30` in a zone `offsetMinutes` east of UTC (as `-Date#getTimezoneOffset()` gives it) → ISO 8601 with that offset. */
export const localTimeToIso = (value: string, offsetMinutes: number): string => {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const magnitude = Math.abs(offsetMinutes);
  return `${value}:00${sign}${twoDigits(Math.floor(magnitude / 60))}:${twoDigits(magnitude % 60)}`;
};
