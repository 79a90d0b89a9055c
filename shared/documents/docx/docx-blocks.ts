import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Block, RichText, SignatureImage, TableCell as CellContent, TableColumn } from '../layout/blocks.js';
import { signaturesAfter } from '../layout/keep-with-signatures.js';
import { captionText } from '../layout/table-caption.js';
import { mm, tableCellPadding, typeSizes } from '../pdf/pdf-style.js';
import { pngSize } from '../pdf/png-size.js';
import { heiFont, headerFill, styleIds, twips } from './docx-style.js';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;
type Child = Paragraph | Table;

const alignments = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

/** U+2060 WORD JOINER between the characters of a run kept together: Word and LibreOffice break no line there. */
const joined = (run: { text: string; keepTogether?: boolean }): string => (run.keepTogether === true ? [...run.text].join('\u2060') : run.text);

const runs = (text: RichText, extra: { bold?: boolean; hei?: boolean } = {}): TextRun[] =>
  (typeof text === 'string' ? [{ text }] : text).map(
    (run) =>
      new TextRun({
        text: joined(run),
        // Only ever switched on: an explicit "not bold" would override the Title and Heading styles.
        ...(run.bold === true || extra.bold === true ? { bold: true } : {}),
        ...(extra.hei === true ? { font: heiFont } : {}),
      }),
  );

const plainText = (text: RichText): string => (typeof text === 'string' ? text : text.map((r) => r.text).join(''));

const isSignature = (cell: CellContent): cell is { signature: SignatureImage | null } => typeof cell === 'object' && 'signature' in cell;

const cellText = (cell: CellContent): string => (isSignature(cell) ? (cell.signature?.caption ?? '') : plainText(cell));

/** Rows longer than this many characters may split across pages, or a long row would overflow the page. */
const keepRowWithin = 240;

const noBorder = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };
const rule = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const rules = { top: rule, bottom: rule, left: rule, right: rule, insideHorizontal: rule, insideVertical: rule };

const cellMargins = { top: twips(tableCellPadding.y), bottom: twips(tableCellPadding.y), left: twips(tableCellPadding.x), right: twips(tableCellPadding.x) };

/** Lays blocks out for one text width (twips), the same widths the PDF uses. */
export class DocxBlocks {
  constructor(private readonly textWidth: number) {}

  convert(blocks: readonly Block[]): Child[] {
    // A block leading into signatures, and the headings and spacers between, keep with what follows.
    const kept = new Set<number>();
    blocks.forEach((_, index) => {
      const signatures = signaturesAfter(blocks, index);
      for (let between = index; signatures !== undefined && between < signatures; between += 1) kept.add(between);
    });
    // Two tables in a row would merge into one in Word and LibreOffice: a small paragraph keeps them apart.
    return blocks.flatMap((block, index) => {
      const keepNext = kept.has(index);
      const children = this.block(block, keepNext);
      return children.at(-1) instanceof Table
        ? [...children, new Paragraph({ keepNext, spacing: { after: 0, line: twips(typeSizes.margin) } })]
        : children;
    });
  }

  /** `keepNext`: the block's end stays on one page with what follows (the signatures it leads into). */
  private block(block: Block, keepNext = false): Child[] {
    switch (block.kind) {
      case 'title':
        return [
          new Paragraph({ heading: HeadingLevel.TITLE, children: runs(block.text) }),
          ...(block.subtitle === undefined ? [] : [new Paragraph({ style: styleIds.subtitle, children: runs(block.subtitle) })]),
        ];
      case 'heading':
        return [new Paragraph({ heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1], children: runs(block.text) })];
      case 'paragraph':
        return [
          new Paragraph({
            alignment: alignments[block.align ?? 'justify'],
            ...(block.indentFirstLine === true ? { indent: { firstLineChars: 200, firstLine: twips(2 * typeSizes.body) } } : {}),
            ...(keepNext ? { keepNext: true, keepLines: true } : {}),
            children: runs(block.text),
          }),
        ];
      case 'numbered-list':
        return this.numbered(block, keepNext);
      case 'facts':
        return [this.facts(block, keepNext)];
      case 'table':
        return [
          ...(block.caption === undefined
            ? []
            : [new Paragraph({ style: styleIds.tableCaption, keepNext: true, children: runs(captionText(block.caption)) })]),
          this.table(block.columns, block.rows, keepNext),
        ];
      case 'signatures':
        return this.signatures(block);
      case 'spacer':
        return Array.from({ length: block.lines }, () => new Paragraph({ keepNext }));
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }

  private numbered(block: BlockOf<'numbered-list'>, keepNext: boolean): Paragraph[] {
    const hanging = twips(typeSizes.body * (String(block.items.length).length * 0.6 + 1.2));
    return block.items.map(
      (item, index) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          ...(keepNext && index === block.items.length - 1 ? { keepNext: true, keepLines: true } : {}),
          indent: { left: hanging, hanging },
          tabStops: [{ type: 'left', position: hanging }],
          children: [new TextRun({ text: `${index + 1}.\t` }), ...runs(item)],
        }),
    );
  }

  private widths(shares: readonly number[]): number[] {
    return shares.map((share) => Math.floor(share * this.textWidth));
  }

  private facts(block: BlockOf<'facts'>, keepNext: boolean): Table {
    // The label, its colon and room for Word's default cell margins.
    const longest = Math.max(...block.items.map((item) => [...item.label].length + 2));
    const labelShare = Math.min(0.35, twips(longest * typeSizes.body) / this.textWidth);
    const widths = this.widths([labelShare, 1 - labelShare]);
    return new Table({
      layout: TableLayoutType.FIXED,
      width: { size: this.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: noBorders,
      rows: block.items.map((item, index) => {
        const last = keepNext && index === block.items.length - 1;
        return new TableRow({
          cantSplit: true,
          children: [
            new TableCell({ width: { size: widths[0] ?? 0, type: WidthType.DXA }, children: [new Paragraph({ keepNext: last, children: runs(`${item.label}：`, { hei: true, bold: true }) })] }),
            // Left, not justified: a justified line in a cell spreads its characters apart.
            new TableCell({ width: { size: widths[1] ?? 0, type: WidthType.DXA }, children: [new Paragraph({ keepNext: last, alignment: AlignmentType.LEFT, children: runs(item.value) })] }),
          ],
        });
      }),
    });
  }

  /** A signature in a table cell: the drawing (or room to sign on paper) above its caption. */
  private signatureInCell(signature: SignatureImage | null, width: number, keepNext: boolean): Paragraph[] {
    const height = mm(10);
    if (signature === null) return [new Paragraph({ keepNext, style: styleIds.tableText, spacing: { before: twips(height) }, children: [] })];
    const size = pngSize(signature.png, signature.caption);
    const scale = Math.min(width / 20 / size.width, height / size.height);
    return [
      new Paragraph({
        keepNext,
        alignment: AlignmentType.CENTER,
        spacing: { line: twips(height), lineRule: 'exact' },
        children: [
          new ImageRun({
            type: 'png',
            data: signature.png,
            transformation: { width: Math.round((size.width * scale * 96) / 72), height: Math.round((size.height * scale * 96) / 72) },
            altText: { name: signature.caption || '签名', description: signature.caption || '签名', title: '签名' },
          }),
        ],
      }),
      new Paragraph({ keepNext, style: styleIds.caption, alignment: AlignmentType.CENTER, children: runs(signature.caption) }),
    ];
  }

  private table(columns: readonly TableColumn[], rows: readonly CellContent[][], keepLastRowWithNext: boolean): Table {
    const widths = this.widths(columns.map((c) => c.width));
    const cell = (text: CellContent, index: number, header: boolean, keepNext = header) => {
      const column = columns[index];
      const width = widths[index] ?? 0;
      if (isSignature(text)) {
        return new TableCell({
          width: { size: width, type: WidthType.DXA },
          margins: cellMargins,
          verticalAlign: VerticalAlignTable.CENTER,
          children: this.signatureInCell(text.signature, width - cellMargins.left - cellMargins.right, keepNext),
        });
      }
      return new TableCell({
        width: { size: widths[index] ?? 0, type: WidthType.DXA },
        margins: cellMargins,
        verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
        ...(header ? { shading: { type: ShadingType.CLEAR, fill: headerFill, color: 'auto' } } : {}),
        children: [
          new Paragraph({
            style: styleIds.tableText,
            alignment: header ? AlignmentType.CENTER : alignments[column?.align ?? 'left'],
            keepNext,
            children: runs(text, header ? { hei: true, bold: true } : {}),
          }),
        ],
      });
    };
    return new Table({
      layout: TableLayoutType.FIXED,
      width: { size: this.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: rules,
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, index) => cell(c.title, index, true)) }),
        ...rows.map(
          (row, rowIndex) =>
            new TableRow({
              cantSplit: row.reduce((length, text) => length + cellText(text).length, 0) <= keepRowWithin,
              children: columns.map((_, index) => cell(row[index] ?? '', index, false, keepLastRowWithNext && rowIndex === rows.length - 1)),
            }),
        ),
      ],
    });
  }

  private signatureImage(image: SignatureImage | undefined, width: number, note?: string): Paragraph {
    const height = mm(16);
    const ruleBorder = { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } };
    if (image === undefined) {
      return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: twips(height - typeSizes.body) }, border: ruleBorder, children: note === undefined ? [] : runs(note) });
    }
    const size = pngSize(image.png, image.caption);
    // Pixels at 96 per inch, the unit docx sizes images in; points are 72 per inch.
    const scale = Math.min(width / 20 / size.width, (height - 2) / size.height);
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      border: ruleBorder,
      spacing: { line: twips(height), lineRule: 'exact' },
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: Math.round((size.width * scale * 96) / 72), height: Math.round((size.height * scale * 96) / 72) },
          altText: { name: image.caption || '签名', description: image.caption || '签名', title: '签名' },
        }),
      ],
    });
  }

  /**
   * The signing grid and its date inside the one row of an outer table that may not split, so Word
   * and LibreOffice alike move them to a new page together; paragraph keep-with-next does not hold
   * table rows together in LibreOffice.
   */
  private signatures(block: BlockOf<'signatures'>): Child[] {
    const perRow = this.textWidth > twips(mm(200)) ? 4 : 3;
    const widths = this.widths(Array.from({ length: perRow }, () => 1 / perRow));
    const inset = twips(6);
    const cells = block.items.map(
      (item) =>
        new TableCell({
          width: { size: widths[0] ?? 0, type: WidthType.DXA },
          margins: { left: inset, right: inset, top: twips(4), bottom: twips(10) },
          children: [
            new Paragraph({ children: [...runs(`${item.label}：`, { hei: true }), ...runs(item.name)] }),
            this.signatureImage(item.image, (widths[0] ?? 0) - 2 * inset, item.note),
            new Paragraph({ style: styleIds.caption, children: runs(item.image?.caption ?? '') }),
          ],
        }),
    );
    const rows: TableRow[] = [];
    for (let start = 0; start < cells.length; start += perRow) {
      const row = cells.slice(start, start + perRow);
      while (row.length < perRow) row.push(new TableCell({ width: { size: widths[0] ?? 0, type: WidthType.DXA }, children: [new Paragraph({})] }));
      rows.push(new TableRow({ cantSplit: true, children: row }));
    }
    const grid = rows.length === 0 ? [] : [new Table({ layout: TableLayoutType.FIXED, width: { size: this.textWidth, type: WidthType.DXA }, columnWidths: widths, borders: noBorders, rows })];
    // A table cell ends with a paragraph: the date, or an empty one.
    const date = new Paragraph({
      alignment: AlignmentType.RIGHT,
      ...(block.date === undefined ? {} : { spacing: { before: twips(typeSizes.body) } }),
      children: block.date === undefined ? [] : runs(block.date),
    });
    const whole = new TableCell({
      width: { size: this.textWidth, type: WidthType.DXA },
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      children: [...grid, date],
    });
    return [
      new Paragraph({ keepNext: true }),
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: this.textWidth, type: WidthType.DXA },
        columnWidths: [this.textWidth],
        borders: noBorders,
        rows: [new TableRow({ cantSplit: true, children: [whole] })],
      }),
    ];
  }
}
