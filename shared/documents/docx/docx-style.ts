import { AlignmentType, type IStylesOptions } from 'docx';
import { leading, typeSizes } from '../pdf/pdf-style.js';

/**
 * Fonts by name, as Word users have them: Latin text in Times New Roman / Arial, East Asian text in
 * 宋体 (SimSun) for the body and 黑体 (SimHei) for headings, named through w:eastAsia.
 */
export const songFont = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia: '宋体', hint: 'eastAsia' } as const;
export const heiFont = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: '黑体', hint: 'eastAsia' } as const;

/** Word sizes are half-points. */
export const halfPoints = (points: number): number => Math.round(points * 2);
/** Word lengths are twentieths of a point (twips). */
export const twips = (points: number): number => Math.round(points * 20);
/** Line spacing in 240ths of a line, the `auto` rule. */
const lineRule = (multiple: number): number => Math.round(multiple * 240);

export const furnitureColor = '595959';
export const headerFill = 'E6E6E6';

/** Paragraph style ids used by the blocks; Title and Heading1–3 are Word's built-in styles. */
export const styleIds = { subtitle: 'Subtitle', tableText: 'TableText', tableCaption: 'TableCaption', margin: 'MarginText', caption: 'SignatureCaption' } as const;

const bodyRun = { font: songFont, size: halfPoints(typeSizes.body) };
const heading = (size: number, bold: boolean, before: number) => ({
  run: { font: heiFont, size: halfPoints(size), bold, color: '000000' },
  paragraph: { spacing: { before: twips(before), after: twips(size * 0.25), line: lineRule(leading.heading) }, keepNext: true, keepLines: true },
});

/** Real Word styles, so a reader can restyle the document or build a table of contents from it. */
export const documentStyles: IStylesOptions = {
  default: {
    document: {
      run: { ...bodyRun, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      paragraph: { spacing: { line: lineRule(leading.body), after: twips(4) } },
    },
    title: {
      run: { font: heiFont, size: halfPoints(typeSizes.title), bold: true, color: '000000' },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: twips(typeSizes.title), after: twips(4), line: lineRule(leading.title) } },
    },
    heading1: heading(typeSizes.heading[1], true, typeSizes.heading[1] * 0.8),
    heading2: heading(typeSizes.heading[2], true, typeSizes.heading[2] * 0.5),
    heading3: heading(typeSizes.heading[3], false, typeSizes.heading[3] * 0.5),
  },
  paragraphStyles: [
    {
      id: styleIds.subtitle,
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: heiFont, size: halfPoints(typeSizes.subtitle) },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: twips(typeSizes.body * leading.body), line: lineRule(leading.title) } },
    },
    {
      id: styleIds.tableText,
      name: 'Table Text',
      basedOn: 'Normal',
      quickFormat: true,
      run: { size: halfPoints(typeSizes.table) },
      paragraph: { spacing: { line: lineRule(leading.table), after: 0 } },
    },
    {
      id: styleIds.tableCaption,
      name: 'Table Caption',
      basedOn: 'Normal',
      next: 'Normal',
      run: { font: heiFont, size: halfPoints(typeSizes.table), bold: true },
      paragraph: { alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: twips(typeSizes.table / 2), after: twips(typeSizes.table / 4), line: lineRule(leading.table) } },
    },
    {
      id: styleIds.margin,
      name: 'Header and Footer Text',
      basedOn: 'Normal',
      run: { font: heiFont, size: halfPoints(typeSizes.margin), color: furnitureColor },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: lineRule(leading.margin), after: 0 } },
    },
    {
      id: styleIds.caption,
      name: 'Signature Caption',
      basedOn: 'Normal',
      run: { size: halfPoints(typeSizes.margin), color: furnitureColor },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { line: lineRule(leading.margin), after: 0 } },
    },
  ],
};
