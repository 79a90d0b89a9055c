import { z } from 'zod';

/** The elements GB/T 1.1—2020 names, in the order it sets them; every other numbered chapter is 'chapter'. */
export const elementKinds = [
  'cover',
  'toc',
  'foreword',
  'introduction',
  'scope',
  'normative-references',
  'terms',
  'chapter',
  'annex',
  'bibliography',
] as const;
export type ElementKind = (typeof elementKinds)[number];

const page = z.number().int().min(1);

export const draftElementSchema = z.object({
  kind: z.enum(elementKinds),
  title: z.string(),
  /** A chapter's number ('1') or an annex's letter ('A'). */
  number: z.string().optional(),
  page,
  annexType: z.enum(['normative', 'informative']).optional(),
});
export type DraftElement = z.infer<typeof draftElementSchema>;

export const clauseSchema = z.object({
  /** As printed: '5', '5.2', '5.2.1', 'A.1'. */
  number: z.string().min(1),
  title: z.string().optional(),
  /** The clause's own text before its first sub-clause, paragraphs joined by '\n'; '' when it has none. */
  text: z.string(),
  page,
  /** 1 for a chapter or an annex, 2 for '5.2', 3 for '5.2.1'. */
  level: z.number().int().min(1),
  /** The clause is a heading only (number and title) with no text of its own. */
  headingOnly: z.boolean(),
});
export type Clause = z.infer<typeof clauseSchema>;

export const referenceSchema = z.object({
  /** 'GB/T 191', 'GB/T 2828.1', 'ISO 9001'. */
  code: z.string().min(1),
  /** Present when the entry is dated ('GB/T 36972—2018'). */
  year: z.string().optional(),
  title: z.string(),
  page,
});
export type Reference = z.infer<typeof referenceSchema>;

export const draftTableSchema = z.object({
  number: z.string(),
  title: z.string(),
  page,
  clause: z.string().optional(),
  rows: z.array(z.array(z.string())),
});
export type DraftTable = z.infer<typeof draftTableSchema>;

export const draftFigureSchema = z.object({ number: z.string(), title: z.string(), page, clause: z.string().optional() });
export type DraftFigure = z.infer<typeof draftFigureSchema>;

/** A draft standard read from its PDF or DOCX: what the compliance rules look at. */
export const draftStructureSchema = z.object({
  source: z.enum(['pdf', 'docx']),
  pages: z.number().int().min(0),
  /** The document code as printed on the cover, e.g. 'T/ZZB 3581—2026', dash kept as printed. */
  code: z.string().optional(),
  /** Every T/ZZB code printed in the document (cover, running header, foreword), as printed. */
  codeOccurrences: z.array(z.object({ text: z.string(), page })),
  elements: z.array(draftElementSchema),
  clauses: z.array(clauseSchema),
  references: z.array(referenceSchema),
  /** The first paragraph of 规范性引用文件, before its list. */
  referencesLeadIn: z.string().optional(),
  /** The whole foreword, paragraphs joined by '\n'. */
  forewordText: z.string().optional(),
  tables: z.array(draftTableSchema),
  figures: z.array(draftFigureSchema),
});
export type DraftStructure = z.infer<typeof draftStructureSchema>;
