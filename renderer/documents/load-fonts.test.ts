// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

const fontResponse = (url: string) => new Response(new TextEncoder().encode(`font:${url.split('/').at(-1)}`));

describe('loadPdfFonts', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('fetches the four faces from fonts/ once and hands out the same arrays afterwards', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', (url: URL) => {
      fetched.push(url.pathname);
      return Promise.resolve(fontResponse(url.pathname));
    });
    const { loadPdfFonts } = await import('./load-fonts.js');
    const first = await loadPdfFonts();
    const second = await loadPdfFonts();
    expect(second).toBe(first);
    expect(fetched.map((path) => path.replace(/^.*\/fonts\//, ''))).toEqual([
      'NotoSerifSC_400Regular.ttf',
      'NotoSerifSC_700Bold.ttf',
      'NotoSansSC_400Regular.ttf',
      'NotoSansSC_700Bold.ttf',
    ]);
    expect(new TextDecoder().decode(first.sansBold)).toBe('font:NotoSansSC_700Bold.ttf');
  });

  it('names the missing file and tries again on the next call', async () => {
    let failing = true;
    vi.stubGlobal('fetch', (url: URL) =>
      Promise.resolve(failing ? new Response('', { status: 404 }) : fontResponse(url.pathname)),
    );
    const { loadPdfFonts } = await import('./load-fonts.js');
    await expect(loadPdfFonts()).rejects.toThrow(/NotoSerifSC_400Regular\.ttf（HTTP 404）/);
    failing = false;
    await expect(loadPdfFonts()).resolves.toHaveProperty('serif');
  });
});
