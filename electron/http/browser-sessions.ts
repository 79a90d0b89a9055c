import { createHash, randomBytes } from 'node:crypto';

/**
 * Who may call the browser shell's API. The shell hands a browser a one-time code (over the pipe to the
 * Chromium it launched, or printed for `--no-browser`); the code buys one HttpOnly session cookie.
 * Only hashes are kept, so a lookup's timing says nothing about a stored secret.
 */
export type BrowserSessions = {
  /** A new one-time code, good until it is redeemed. */
  issueCode(): string;
  /** The session credential a code buys, once; null for an unknown or already used code. */
  redeemCode(code: string): string | null;
  isSession(credential: string | undefined): boolean;
  /** Names a signed-in browser for the host (who is unlocked there), without revealing its credential; null when not signed in. */
  clientIdOf(credential: string | undefined): string | null;
};

const digest = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const secret = (): string => randomBytes(32).toString('base64url');

export const createBrowserSessions = (): BrowserSessions => {
  const codes = new Set<string>();
  const sessions = new Set<string>();
  return {
    issueCode() {
      const code = secret();
      codes.add(digest(code));
      return code;
    },
    redeemCode(code) {
      if (!codes.delete(digest(code))) return null;
      const credential = secret();
      sessions.add(digest(credential));
      return credential;
    },
    isSession: (credential) => credential !== undefined && credential !== '' && sessions.has(digest(credential)),
    clientIdOf: (credential) => (credential !== undefined && credential !== '' && sessions.has(digest(credential)) ? `browser-${digest(credential).slice(0, 16)}` : null),
  };
};

/** The port is in the name: cookies ignore ports, and two shells on one machine must not overwrite each other's. */
export const sessionCookieName = (port: number): string => `zz-session-${port}`;

/** Lasts as long as the browser session; JavaScript never sees it; no other site's request carries it. */
export const sessionCookie = (port: number, credential: string): string =>
  `${sessionCookieName(port)}=${credential}; HttpOnly; SameSite=Strict; Path=/`;

export const readCookie = (header: string | undefined, name: string): string | undefined => {
  for (const part of header?.split(';') ?? []) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
};

export const signInUrl = (port: number, code: string): string => `http://127.0.0.1:${port}/?code=${code}`;
