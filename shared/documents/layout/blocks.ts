/**
 * The format-neutral shape of every document the workstation prints: builders turn stored meeting
 * data into blocks, and one renderer per format (PDF, DOCX) lays the same blocks out.
 */

export type TextRun = {
  text: string;
  bold?: boolean;
  /** Never broken across two lines, such as a result word (不通过) a reader must see whole. */
  keepTogether?: boolean;
};

/** Plain text or runs; a paragraph's text never carries layout, the renderer breaks lines. */
export type RichText = string | TextRun[];

export type TableColumn = {
  title: string;
  /** Share of the text width; a table's columns add up to 1. */
  width: number;
  align?: 'left' | 'center' | 'right';
};

/** 「表1 专家组名单」 above a table; where the table continues on a new page it reads 「表1（续）」. */
export type TableCaption = { number: number; title: string };

export type SignatureImage = {
  /** PNG bytes of a signature drawn on screen. */
  png: Uint8Array;
  /** Printed under or beside the image. */
  caption: string;
};

/** A table cell: text, or the place someone signs: their drawn signature, or room to sign on paper (null). */
export type TableCell = RichText | { signature: SignatureImage | null };

export type Block =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: RichText; indentFirstLine?: boolean; align?: 'left' | 'center' | 'right' | 'justify' }
  /** Numbered items such as revision requirements: 1. … 2. … with hanging indent. */
  | { kind: 'numbered-list'; items: RichText[] }
  /** Label–value pairs such as 会议名称 / 时间 / 地点, laid out as a borderless two-column grid. */
  | { kind: 'facts'; items: { label: string; value: string }[] }
  /** The header row repeats on every page the table spans; rows may split across pages only between rows. */
  | { kind: 'table'; columns: TableColumn[]; rows: TableCell[][]; caption?: TableCaption }
  /**
   * Signature lines: each cell a role/name with its drawn signature image, or an empty line to sign on
   * paper. The block and its date stay on one page together with the end of the block before it (and
   * any headings between), so a signature block never stands alone on a last page. A `note` stands in
   * the signing place of an item that is signed elsewhere (e.g. 秘书代录（纸质评分表）).
   */
  | { kind: 'signatures'; items: { label: string; name: string; image?: SignatureImage; note?: string }[]; date?: string }
  | { kind: 'spacer'; lines: number }
  | { kind: 'page-break' };

export type DocumentMetadata = {
  title: string;
  author: string;
  subject: string;
  /** BCP 47, e.g. zh-CN. */
  language: string;
  keywords?: string[];
  createdAt: Date;
};

export type DocumentSpec = {
  metadata: DocumentMetadata;
  /** Printed in the page header, e.g. the meeting's name. */
  runningHeader?: string;
  /** Page numbers read 第 N 页 共 M 页 (or Page N of M) in the footer. */
  pageNumberLabel: (page: number, pages: number) => string;
  orientation?: 'portrait' | 'landscape';
  blocks: Block[];
};
