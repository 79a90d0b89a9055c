import { z } from 'zod';

/** An IANA name (letters and slashes, no bare offsets, which runtimes disagree on) that this runtime's Intl knows. */
const knownTimeZone = (name: string): boolean => {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/u.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
};

export const timeZoneSchema = z.string().refine(knownTimeZone, '会议时区（timeZone）须为有效的 IANA 时区名，例如 Asia/Shanghai');
