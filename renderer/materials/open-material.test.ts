import { beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ order: [] as string[], reads: new Map<string, number>(), failNext: false, servedAt: null as string | null }));

vi.mock('./material-bytes.js', () => ({
  readMaterialBytes: (sha256: string) => {
    calls.order.push(`read ${sha256}`);
    calls.reads.set(sha256, (calls.reads.get(sha256) ?? 0) + 1);
    if (calls.failNext) {
      calls.failNext = false;
      return Promise.reject(new Error('主机未返回材料'));
    }
    return Promise.resolve(new TextEncoder().encode(sha256));
  },
  materialUrl: (sha256: string) => (calls.servedAt === null ? null : `${calls.servedAt}${sha256}`),
}));
vi.mock('./pdfjs-loader.js', () => ({
  preloadPdfJs: () => calls.order.push('preload pdf.js'),
  openPdf: (from: Uint8Array | { url: string }) =>
    Promise.resolve({
      name: from instanceof Uint8Array ? new TextDecoder().decode(from) : from.url,
      destroyed: false,
      destroy() {
        this.destroyed = true;
        return Promise.resolve();
      },
      getPage: () => Promise.resolve({ getViewport: () => ({ width: 595, height: 842 }) }),
    }),
}));
vi.mock('./docx-html.js', () => ({ docxToSafeHtml: (bytes: Uint8Array) => Promise.resolve(`<p>${new TextDecoder().decode(bytes)}</p>`) }));

const { docxType, openMaterial, pdfType } = await import('./open-material.js');

type FakeDoc = { name: string; destroyed: boolean };
const openDoc = async (sha256: string): Promise<FakeDoc> => {
  const opened = await openMaterial(sha256, pdfType);
  if (opened.state !== 'pdf') throw new Error(`not a PDF: ${opened.state}`);
  return opened.doc as unknown as FakeDoc;
};

beforeEach(() => {
  calls.order.length = 0;
  calls.reads.clear();
  calls.servedAt = null;
});

describe('openMaterial', () => {
  it('starts pdf.js loading before the bytes are read, and gives the first page size', async () => {
    const opened = await openMaterial('draft-order', pdfType);
    expect(calls.order).toEqual(['preload pdf.js', 'read draft-order']);
    expect(opened).toMatchObject({ state: 'pdf', firstPage: { width: 595, height: 842 } });
  });

  it('keeps a material open, so switching back neither reads nor parses it again', async () => {
    const first = await openDoc('draft-again');
    expect(await openMaterial('explanation-again', docxType)).toEqual({ state: 'docx', html: '<p>explanation-again</p>' });
    const second = await openDoc('draft-again');
    expect(second).toBe(first);
    expect(calls.reads.get('draft-again')).toBe(1);
    expect(await openMaterial('explanation-again', docxType)).toEqual({ state: 'docx', html: '<p>explanation-again</p>' });
    expect(calls.reads.get('explanation-again')).toBe(1);
  });

  it('closes the document used least recently beyond six, and never the one just reopened', async () => {
    const oldest = await openDoc('evict-0');
    const kept = await openDoc('evict-1');
    for (let i = 2; i <= 5; i += 1) await openDoc(`evict-${i}`);
    await openDoc('evict-1');
    await openDoc('evict-6');
    await Promise.resolve();
    expect(oldest.destroyed).toBe(true);
    expect(kept.destroyed).toBe(false);
  });

  it('does not remember a failed open: the next attempt reads again', async () => {
    calls.failNext = true;
    await expect(openMaterial('flaky', pdfType)).rejects.toThrow('主机未返回材料');
    expect((await openDoc('flaky')).name).toBe('flaky');
    expect(calls.reads.get('flaky')).toBe(2);
  });

  it('says a material of another type cannot be shown, without reading it', async () => {
    expect(await openMaterial('sheet', 'application/vnd.ms-excel')).toEqual({ state: 'unsupported' });
    expect(calls.reads.has('sheet')).toBe(false);
  });

  it('lets pdf.js fetch a material by its URL where the server answers range requests, reading no bytes', async () => {
    calls.servedAt = 'http://127.0.0.2:47400/materials/';
    const doc = await openDoc('url-served');
    expect(doc.name).toBe('http://127.0.0.2:47400/materials/url-served');
    expect(calls.reads.get('url-served')).toBeUndefined();
  });
});
