/**
 * Sites a link inside the workstation may open in the system browser: the bureau, the 浙江制造
 * programme and the national standards portals. Exact host names only, no subdomain wildcards.
 */
const trustedHosts: ReadonlySet<string> = new Set([
  'zjamr.zj.gov.cn',
  'www.zjamr.zj.gov.cn',
  'zjmade.cn',
  'www.zjmade.cn',
  'std.samr.gov.cn',
  'openstd.samr.gov.cn',
]);

/** Longer than any legitimate link; refusing early keeps pathological input away from the URL parser. */
const maxUrlLength = 2048;

const parseTrusted = (url: unknown): URL | null => {
  if (typeof url !== 'string' || url.length > maxUrlLength) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const trusted =
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    trustedHosts.has(parsed.hostname);
  return trusted ? parsed : null;
};

/** Whether `url` is an https link to an allowlisted host, without credentials or a custom port. */
export const isTrustedExternalUrl = (url: unknown): url is string => parseTrusted(url) !== null;

/**
 * Opens a vetted link with the given side effect (`shell.openExternal` under Electron) and reports
 * whether it did. The parser's normalised form is what gets opened, never the raw input.
 */
export const openExternalIfTrusted = async (url: unknown, open: (url: string) => Promise<void>): Promise<boolean> => {
  const parsed = parseTrusted(url);
  if (!parsed) return false;
  await open(parsed.href);
  return true;
};
