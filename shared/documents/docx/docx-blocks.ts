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
import type { Block, RichText, SignatureImage, TableColumn } from '../layout/blocks.js';
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

const runs = (text: RichText, extra: { bold?: boolean; hei?: boolean } = {}): TextRun[] =>
  (typeof text === 'string' ? [{ text }] : text).map(
    (run) =>
      new TextRun({
        text: run.text,
        // Only ever switched on: an explicit "not bold" would override the Title and Heading styles.
        ...(run.bold === true || extra.bold === true ? { bold: true } : {}),
        ...(extra.hei === true ? { font: heiFont } : {}),
      }),
  );

const plainText = (text: RichText): string => (typeof text === 'string' ? text : text.map((r) => r.text).join(''));

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
    // Two tables in a row would merge into one in Word and LibreOffice: a small paragraph keeps them apart.
    return blocks.flatMap((block) => {
      const children = this.block(block);
      return children.at(-1) instanceof Table ? [...children, new Paragraph({ spacing: { after: 0, line: twips(typeSizes.margin) } })] : children;
    });
  }

  private block(block: Block): Child[] {
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
            children: runs(block.text),
          }),
        ];
      case 'numbered-list':
        return this.numbered(block);
      case 'facts':
        return [this.facts(block)];
      case 'table':
        return [this.table(block.columns, block.rows)];
      case 'signatures':
        return this.signatures(block);
      case 'spacer':
        return Array.from({ length: block.lines }, () => new Paragraph({}));
      case 'page-break':
        return [new Paragraph({ children: [new PageBreak()] })];
    }
  }

  private numbered(block: BlockOf<'numbered-list'>): Paragraph[] {
    const hanging = twips(typeSizes.body * (String(block.items.length).length * 0.6 + 1.2));
    return block.items.map(
      (item, index) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          indent: { left: hanging, hanging },
          tabStops: [{ type: 'left', position: hanging }],
          children: [new TextRun({ text: `${index + 1}.\t` }), ...runs(item)],
        }),
    );
  }

  private widths(shares: readonly number[]): number[] {
    return shares.map((share) => Math.floor(share * this.textWidth));
  }

  private facts(block: BlockOf<'facts'>): Table {
    // The label, its colon and room for Word's default cell margins.
    const longest = Math.max(...block.items.map((item) => [...item.label].length + 2));
    const labelShare = Math.min(0.35, twips(longest * typeSizes.body) / this.textWidth);
    const widths = this.widths([labelShare, 1 - labelShare]);
    return new Table({
      layout: TableLayoutType.FIXED,
      width: { size: this.textWidth, type: WidthType.DXA },
      columnWidths: widths,
      borders: noBorders,
      rows: block.items.map(
        (item) =>
          new TableRow({
            cantSplit: true,
            children: [
              new TableCell({ width: { size: widths[0] ?? 0, type: WidthType.DXA }, children: [new Paragraph({ children: runs(`${item.label}：`, { hei: true, bold: true }) })] }),
              new TableCell({ width: { size: widths[1] ?? 0, type: WidthType.DXA }, children: [new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: runs(item.value) })] }),
            ],
          }),
      ),
    });
  }

  private table(columns: readonly TableColumn[], rows: readonly RichText[][]): Table {
    const widths = this.widths(columns.map((c) => c.width));
    const cell = (text: RichText, index: number, header: boolean) => {
      const column = columns[index];
      return new TableCell({
        width: { size: widths[index] ?? 0, type: WidthType.DXA },
        margins: cellMargins,
        verticalAlign: header ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
        ...(header ? { shading: { type: ShadingType.CLEAR, fill: headerFill, color: 'auto' } } : {}),
        children: [
          new Paragraph({
            style: styleIds.tableText,
            alignment: header ? AlignmentType.CENTER : alignments[column?.align ?? 'left'],
            keepNext: header,
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
          (row) =>
            new TableRow({
              cantSplit: row.reduce((length, text) => length + plainText(text).length, 0) <= keepRowWithin,
              children: columns.map((_, index) => cell(row[index] ?? '', index, false)),
            }),
        ),
      ],
    });
  }

  private signatureImage(image: SignatureImage | undefined, width: number): Paragraph {
    const height = mm(16);
    const ruleBorder = { bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } };
    if (image === undefined) return new Paragraph({ spacing: { before: twips(height - typeSizes.body) }, border: ruleBorder, children: [] });
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
            this.signatureImage(item.image, (widths[0] ?? 0) - 2 * inset),
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
    return [
      new Paragraph({}),
      ...(rows.length === 0 ? [] : [new Table({ layout: TableLayoutType.FIXED, width: { size: this.textWidth, type: WidthType.DXA }, columnWidths: widths, borders: noBorders, rows })]),
      ...(block.date === undefined ? [] : [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: twips(typeSizes.body) }, children: runs(block.date) })]),
    ];
  }
}
