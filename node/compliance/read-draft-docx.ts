import type { DraftStructure } from '../../shared/compliance/draft-structure.js';
import { structureDraft } from '../../shared/compliance/structure-draft.js';
import { docxBlocks } from './docx-blocks.js';

/** A draft standard's structure from its DOCX: paragraphs with their automatic numbers, tables by row. */
export const readDraftDocx = async (bytes: Uint8Array): Promise<DraftStructure> => {
  const { blocks, pages } = await docxBlocks(bytes);
  return structureDraft(blocks, { source: 'docx', pages });
};
