/**
 * The renderer's single origin. IndexedDB data is stored per origin, so changing any part of it
 * in a later release would present every user with an empty database.
 */
export const appScheme = 'app';
export const appHost = 'workstation';
export const appOrigin = `${appScheme}://${appHost}`;
export const appEntryUrl = `${appOrigin}/index.html`;

/**
 * Compares scheme and host rather than `URL.origin`: WHATWG parsers outside Electron report an
 * opaque `null` origin for non-special schemes such as `app:`.
 */
export const isAppUrl = (url: unknown): url is string => {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.host === appHost &&
    parsed.username === '' &&
    parsed.password === ''
  );
};
