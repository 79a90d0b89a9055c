import { describe, expect, it } from 'vitest';
import { createBrowserSessions, readCookie, sessionCookie } from './browser-sessions.js';

describe('browser sessions', () => {
  it('buys one fresh credential per code, once', () => {
    const sessions = createBrowserSessions();
    const code = sessions.issueCode();
    const credential = sessions.redeemCode(code);
    expect(credential).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(credential).not.toBe(code);
    expect(sessions.isSession(credential!)).toBe(true);
    expect(sessions.redeemCode(code)).toBeNull();
    expect(sessions.isSession(code)).toBe(false);
  });

  it('knows no credential it did not hand out', () => {
    const sessions = createBrowserSessions();
    expect(sessions.isSession(undefined)).toBe(false);
    expect(sessions.isSession('')).toBe(false);
    expect(sessions.redeemCode('')).toBeNull();
    expect(createBrowserSessions().isSession(sessions.redeemCode(sessions.issueCode())!)).toBe(false);
  });

  it('reads its cookie among others and writes it HttpOnly, SameSite=Strict, for the whole site', () => {
    expect(readCookie('theme=dark; zz-session-47321=abc_-1; zz-session-47322=other', 'zz-session-47321')).toBe('abc_-1');
    expect(readCookie('zz-session-473210=abc', 'zz-session-47321')).toBeUndefined();
    expect(readCookie(undefined, 'zz-session-47321')).toBeUndefined();
    expect(sessionCookie(47321, 'abc')).toBe('zz-session-47321=abc; HttpOnly; SameSite=Strict; Path=/');
  });
});
