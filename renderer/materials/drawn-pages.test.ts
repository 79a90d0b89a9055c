// @vitest-environment happy-dom
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { describe, expect, it } from 'vitest';
import { drawnPages } from './drawn-pages.js';

/** Two documents that pdf.js would give the same fingerprint, as two drafts from one generator can have. */
const docA = { fingerprints: ['same', null] } as unknown as PDFDocumentProxy;
const docB = { fingerprints: ['same', null] } as unknown as PDFDocumentProxy;

describe('drawn pages', () => {
  it('gives back a page drawn at the same scale of the same document only', () => {
    const drawn = drawnPages<string>(4);
    drawn.keep(docA, 1, 1.5, 'A1 at 150%');
    expect(drawn.get(docA, 1, 1.5)).toBe('A1 at 150%');
    expect(drawn.get(docA, 1, 1)).toBeUndefined();
    expect(drawn.get(docA, 2, 1.5)).toBeUndefined();
    expect(drawn.get(docB, 1, 1.5)).toBeUndefined();
  });

  it('forgets the page used least recently once past its limit', () => {
    const drawn = drawnPages<string>(2);
    drawn.keep(docA, 1, 1, 'page 1');
    drawn.keep(docA, 2, 1, 'page 2');
    expect(drawn.get(docA, 1, 1)).toBe('page 1');
    drawn.keep(docA, 3, 1, 'page 3');
    expect(drawn.get(docA, 2, 1)).toBeUndefined();
    expect(drawn.get(docA, 1, 1)).toBe('page 1');
    expect(drawn.get(docA, 3, 1)).toBe('page 3');
  });
});
