import type { ExplanatoryNote } from '../../shared/compliance/explanatory-note.js';
import { noteIndicators } from '../../shared/compliance/note-indicators.js';
import { pdfBlocks } from '../../shared/compliance/pdf-blocks.js';
import { docxBlocks } from './docx-blocks.js';
import { readPdfPages } from './pdf-pages.js';

/** The benchmarking table of a 编制说明, from its PDF or DOCX. */
export const readExplanatoryNote = async (bytes: Uint8Array, kind: 'pdf' | 'docx'): Promise<ExplanatoryNote> =>
  noteIndicators(kind === 'pdf' ? pdfBlocks(await readPdfPages(bytes)) : (await docxBlocks(bytes)).blocks);
