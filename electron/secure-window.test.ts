import { describe, expect, it } from 'vitest';
import { buildSecureWindowOptions, type SecureWindowOptions } from './secure-window.js';

/** The settings whose loss would hand the page Node or another origin. */
const baseline = { contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false };

describe('buildSecureWindowOptions', () => {
  it('keeps the caller’s window options and adds the preload and the security baseline', () => {
    const options = buildSecureWindowOptions({ title: '浙江制造标准审评工作站', width: 1280, preload: '/app/preload.cjs' }, false);
    expect(options).toMatchObject({ title: '浙江制造标准审评工作站', width: 1280 });
    expect(options.webPreferences).toMatchObject({ ...baseline, preload: '/app/preload.cjs' });
  });

  it('ignores web preferences smuggled in by a caller', () => {
    const smuggled = {
      preload: '/app/preload.cjs',
      webPreferences: { nodeIntegration: true, sandbox: false, contextIsolation: false, webSecurity: false, webviewTag: true },
    } as SecureWindowOptions;
    expect(buildSecureWindowOptions(smuggled, false).webPreferences).toMatchObject(baseline);
  });

  it('has DevTools only in a development build', () => {
    const options = { title: '浙江制造标准审评工作站', preload: '/app/preload.cjs' };
    expect(buildSecureWindowOptions(options, true).webPreferences?.devTools).toBe(false);
    expect(buildSecureWindowOptions({ ...options, webPreferences: { devTools: true } } as SecureWindowOptions, true).webPreferences?.devTools).toBe(false);
    expect(buildSecureWindowOptions(options, false).webPreferences?.devTools).toBe(true);
  });
});
