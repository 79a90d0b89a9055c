import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDocx } from '../../shared/documents/docx/render-docx.js';
import { type PlannedDocument, renderDocuments } from '../../shared/documents/document-set.js';
import { renderPdf } from '../../shared/documents/pdf/render-pdf.js';
import { loadPdfFonts } from '../support/pdf-fonts.js';

export const generatedAt = new Date('2026-11-26T09:00:00Z');

/** Renders planned documents in both formats into a fresh temp folder and returns the file paths by name. */
export const renderToFolder = async (planned: readonly PlannedDocument[], prefix: string): Promise<{ dir: string; paths: Map<string, string> }> => {
  const fonts = loadPdfFonts();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const files = await renderDocuments(planned, { pdf: (spec) => renderPdf(spec, fonts), docx: renderDocx });
  const paths = new Map<string, string>();
  for (const file of files) {
    const path = join(dir, file.name);
    writeFileSync(path, file.bytes);
    paths.set(file.name, path);
  }
  return { dir, paths };
};
