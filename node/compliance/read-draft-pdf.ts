import type { DraftStructure } from '../../shared/compliance/draft-structure.js';
import { pdfBlocks } from '../../shared/compliance/pdf-blocks.js';
import { structureDraft } from '../../shared/compliance/structure-draft.js';
import { readPdfPages } from './pdf-pages.js';

/** A draft standard's structure from its PDF: pdf.js reads the text, shared/compliance makes sense of it. */
export const readDraftPdf = async (bytes: Uint8Array): Promise<DraftStructure> => {
  const pages = await readPdfPages(bytes);
  return structureDraft(pdfBlocks(pages), { source: 'pdf', pages: pages.length });
};
