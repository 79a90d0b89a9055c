/**
 * One paragraph of a draft as a reader found it, before its structure is known: the PDF reader joins
 * a page's lines into paragraphs, the DOCX reader gives each w:p (with its automatic number written
 * out) and each table row.
 */
export type DraftBlock = {
  /** 1-based page; a DOCX counts its page breaks. */
  page: number;
  text: string;
  /** A table row's cells, in order. */
  cells?: string[];
  /** Running header or footer: read for the document code only. */
  furniture?: boolean;
};
