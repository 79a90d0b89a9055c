/** Page geometry and type sizes of the PDF documents, in PDF points (1/72 inch). */

const pointsPerMm = 72 / 25.4;
export const mm = (millimetres: number): number => millimetres * pointsPerMm;

export type PageGeometry = {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
};

const a4Short = mm(210);
const a4Long = mm(297);

/** Margins after GB/T 9704 (official documents), trimmed at top and bottom to leave room for more text per page. */
export const pageGeometry = (orientation: 'portrait' | 'landscape'): PageGeometry =>
  orientation === 'portrait'
    ? { width: a4Short, height: a4Long, marginTop: mm(30), marginBottom: mm(28), marginLeft: mm(28), marginRight: mm(26) }
    : { width: a4Long, height: a4Short, marginTop: mm(26), marginBottom: mm(24), marginLeft: mm(28), marginRight: mm(26) };

/** Chinese size names in the comments: 小二 18 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
export const typeSizes = {
  title: 18,
  subtitle: 14,
  heading: { 1: 14, 2: 12, 3: 12 } as const,
  body: 12,
  table: 10.5,
  margin: 9,
} as const;

/** Line heights as multiples of the font size. */
export const leading = { title: 1.5, heading: 1.5, body: 1.6, table: 1.4, margin: 1.2 } as const;

export const tableCellPadding = { x: 4, y: 3 } as const;
export const ruleThickness = 0.6;
/** Grey level of page furniture (running header, page numbers, captions) and of the table header's fill. */
export const furnitureGrey = 0.35;
export const headerFillGrey = 0.9;
