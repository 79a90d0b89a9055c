import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  LevelFormat,
  LevelSuffix,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Clause, CorpusDraft, DraftTable, ExplanatoryNote } from './compliance-corpus-model.js';
import { gap, numberedClauses } from './compliance-corpus-model.js';
import { benchmarkTable, contentsLines, coverLines, forewordTitle } from './compliance-corpus-layout.js';

const numberingReference = 'standard-clauses';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** Word's multi-level list as drafting templates set it up: 5, 5.1, 5.1.1 … with a full-width space after the number. */
const clauseNumbering = {
  config: [
    {
      reference: numberingReference,
      levels: headingLevels.map((_, level) => ({
        level,
        format: LevelFormat.DECIMAL,
        text: Array.from({ length: level + 1 }, (__, index) => `%${index + 1}`).join('.'),
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix.SPACE,
      })),
    },
  ],
};

const pageBreak = (): Paragraph => new Paragraph({ children: [new PageBreak()] });

const centred = (text: string, options: { bold?: boolean; size?: number; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel] } = {}): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    ...(options.heading === undefined ? {} : { heading: options.heading }),
    children: [new TextRun({ text, bold: options.bold ?? false, ...(options.size === undefined ? {} : { size: options.size }) })],
  });

const body = (text: string): Paragraph => new Paragraph({ indent: { firstLine: 420 }, children: [new TextRun(text)] });

/** List items a) b) … stand flush, as drafting templates print them. */
const bodyOrItem = (text: string): Paragraph => (/^[a-z]\)/u.test(text) ? new Paragraph({ children: [new TextRun(text)] }) : body(text));

const table = (draftTable: DraftTable): (Paragraph | Table)[] => [
  centred(draftTable.caption, { bold: true }),
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [draftTable.columns, ...draftTable.rows].map(
      (cells, index) =>
        new TableRow({
          tableHeader: index === 0,
          children: cells.map((cell) => new TableCell({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: cell, bold: index === 0 })] })] })),
        }),
    ),
  }),
];

type Layout = { draft: CorpusDraft; numbers: Map<Clause, string> };

const levelNames = ['章标题', '一级条标题', '二级条标题', '三级条标题'] as const;
const untitledNames = ['章', '一级无标题条', '二级无标题条', '三级无标题条'] as const;

/**
 * A drafting template's own paragraph styles, named as the templates name them. With automatic
 * numbering a heading's number belongs to its style (the paragraph carries none), while an untitled
 * clause carries the list on the paragraph itself, as when a drafter applies it by hand.
 */
const templateStyles = (automatic: boolean) =>
  levelNames.flatMap((name, level) => {
    const numbering = automatic ? { numbering: { reference: numberingReference, level } } : {};
    return [
      { id: `ZzbHeading${level}`, name, basedOn: 'Normal', next: 'Normal', run: { bold: true, font: '黑体' }, paragraph: { ...numbering, spacing: { before: 120, after: 60 } } },
      { id: `ZzbUntitled${level}`, name: untitledNames[level] ?? name, basedOn: 'Normal', next: 'Normal' },
    ];
  });

/** The paragraph that carries a clause's number: its heading, or the first paragraph of an untitled clause. */
const numberedParagraph = (layout: Layout, number: string, level: number, text: string, titled: boolean): Paragraph => {
  const { presentation, automaticNumbering } = layout.draft;
  const inAnnex = /^[A-Z]/u.test(number);
  const automatic = automaticNumbering && !inAnnex && presentation.headings !== 'bold-text';
  const shown = automatic ? text : text === '' ? number : `${number}${presentation.separator}${text}`;
  const run = new TextRun({ text: shown, bold: titled && presentation.headings === 'bold-text' });
  const numbering = automatic ? { numbering: { reference: numberingReference, level } } : {};
  if (presentation.headings === 'template-styles' && !inAnnex) {
    return titled ? new Paragraph({ style: `ZzbHeading${level}`, children: [run] }) : new Paragraph({ style: `ZzbUntitled${level}`, ...numbering, children: [run] });
  }
  if (titled && presentation.headings === 'word-headings') return new Paragraph({ heading: headingLevels[level], ...numbering, children: [run] });
  return new Paragraph({ ...numbering, children: [run] });
};

/** One clause and its sub-clauses; `depth` 0 is a chapter. A term under 3 may be stacked: number, term, definition. */
const clauseParagraphs = (layout: Layout, clause: Clause, depth: number, inTerms = false): (Paragraph | Table)[] => {
  const number = layout.numbers.get(clause) ?? '';
  const level = Math.min(depth, headingLevels.length - 1);
  const out: (Paragraph | Table)[] = [];
  if (inTerms && layout.draft.presentation.stackedTerms && clause.title !== undefined) {
    out.push(numberedParagraph(layout, number, level, '', true), new Paragraph({ children: [new TextRun({ text: clause.title, bold: true })] }), ...clause.text.map(body));
  } else if (clause.title !== undefined) {
    out.push(numberedParagraph(layout, number, level, clause.title, true), ...clause.text.map(bodyOrItem));
  } else {
    const [first = '', ...rest] = clause.text;
    out.push(numberedParagraph(layout, number, level, first, false), ...rest.map(bodyOrItem));
  }
  if (clause.table !== undefined) out.push(...table(clause.table));
  const terms = 'role' in clause && clause.role === 'terms';
  for (const item of clause.children) out.push(...clauseParagraphs(layout, item, depth + 1, terms));
  return out;
};

/**
 * Word's own shape for a list linked to heading styles ("link level to style"): each level names its
 * style (w:lvl/w:pStyle), and the chapter style's numPr leaves out its level 0 as Word saves it. The
 * docx library writes neither; this rewrites the package the way Word does.
 */
const linkLevelsToStyles = (bytes: Uint8Array): Uint8Array => {
  const files = unzipSync(bytes);
  const edit = (path: string, change: (xml: string) => string) => {
    const file = files[path];
    if (file === undefined) throw new Error(`DOCX 中缺少 ${path}`);
    files[path] = strToU8(change(strFromU8(file)));
  };
  edit('word/styles.xml', (xml) =>
    xml.replace(/(<w:style [^>]*w:styleId="ZzbHeading0"[^>]*>.*?<w:numPr>)<w:ilvl w:val="0"\/>/gu, '$1'),
  );
  edit('word/numbering.xml', (xml) =>
    xml.replace(/(<w:lvl w:ilvl="(\d)"[^>]*><w:start w:val="1"\/><w:numFmt w:val="decimal"\/>)(?=<w:suff w:val="space"\/><w:lvlText w:val="%1)/gu, (_, head: string, level: string) => `${head}<w:pStyle w:val="ZzbHeading${level}"/>`),
  );
  return zipSync(files);
};

const draftHeader = (code: string) => new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun(code)] })] });

/** The draft as a Word file: cover, 目次, 前言 on their own pages, then the body and its annexes. */
export const draftDocx = async (draft: CorpusDraft): Promise<Uint8Array> => {
  const layout: Layout = { draft, numbers: new Map(numberedClauses(draft).map(({ number, clause }) => [clause, number])) };
  const cover = coverLines(draft).map((line) =>
    line.role === 'title' ? centred(line.text, { bold: true, size: 36, heading: HeadingLevel.TITLE }) : new Paragraph({ alignment: line.align === 'center' ? AlignmentType.CENTER : line.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: line.text, bold: line.role === 'emphasis' })] }),
  );
  const contents = [centred('目　次', { bold: true, size: 32 }), ...contentsLines(draft).map((line) => new Paragraph({ children: [new TextRun(line)] }))];
  const foreword = [new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(forewordTitle)] }), ...draft.foreword.map(body)];
  const front = draft.contentsFirst ? [...contents, pageBreak(), ...foreword] : [...foreword, pageBreak(), ...contents];
  const main: (Paragraph | Table)[] = [centred(draft.title, { bold: true, size: 32 })];
  for (const part of draft.body) {
    if (part.kind === 'chapter') {
      main.push(...clauseParagraphs(layout, part, 0));
      continue;
    }
    main.push(pageBreak(), centred(`附${gap}录${gap}${part.letter}`, { bold: true, heading: HeadingLevel.HEADING_1 }), centred(`（${part.status}）`), centred(part.title, { bold: true }));
    for (const item of part.clauses) main.push(...clauseParagraphs(layout, item, 1));
  }
  if (draft.bibliography.length > 0) {
    main.push(pageBreak(), centred(`参${gap}考${gap}文${gap}献`, { bold: true, heading: HeadingLevel.HEADING_1 }), ...draft.bibliography.map((entry, index) => new Paragraph({ children: [new TextRun(`[${index + 1}]${gap}${entry}`)] })));
  }
  const document = new Document({
    creator: '浙江制造标准起草组',
    title: `${draft.code}${gap}${draft.title}`,
    numbering: clauseNumbering,
    ...(draft.presentation.headings === 'template-styles' ? { styles: { paragraphStyles: templateStyles(draft.automaticNumbering) } } : {}),
    sections: [{ headers: { default: draftHeader(draft.code) }, children: [...cover, pageBreak(), ...front, pageBreak(), ...main] }],
  });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  return draft.presentation.headings === 'template-styles' && draft.automaticNumbering ? linkLevelsToStyles(bytes) : bytes;
};

/** The 编制说明 as a Word file, with its benchmarking table. */
export const noteDocx = async (note: ExplanatoryNote): Promise<Uint8Array> => {
  const benchmark = benchmarkTable(note);
  const children: (Paragraph | Table)[] = [centred(note.title, { bold: true, size: 32, heading: HeadingLevel.TITLE })];
  for (const section of note.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }), ...section.paragraphs.map(body));
    if (section.title.includes('对标')) children.push(...table(benchmark));
  }
  const document = new Document({ creator: '浙江制造标准起草组', title: note.title, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
};
