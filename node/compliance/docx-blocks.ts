import { unzipSync, strFromU8 } from 'fflate';
import type { DraftBlock } from '../../shared/compliance/draft-block.js';
import { numberingCounter, readNumbering } from './docx-numbering.js';
import { attribute, decodeXml, elements } from './docx-xml.js';

type StyleNumbering = { numId?: string; ilvl?: number; basedOn?: string };

/** Each paragraph style's list numbering, following w:basedOn, so a numbered heading style numbers its headings. */
const readStyles = (xml: string): ((styleId: string) => { numId?: string; ilvl?: number }) => {
  const styles = new Map<string, StyleNumbering>();
  for (const style of elements(xml, 'w:style')) {
    const numId = attribute(elements(style.inner, 'w:numId')[0]?.open ?? '', 'w:val');
    const ilvl = attribute(elements(style.inner, 'w:ilvl')[0]?.open ?? '', 'w:val');
    const basedOn = attribute(elements(style.inner, 'w:basedOn')[0]?.open ?? '', 'w:val');
    styles.set(attribute(style.open, 'w:styleId') ?? '', { ...(numId ? { numId } : {}), ...(ilvl ? { ilvl: Number(ilvl) } : {}), ...(basedOn ? { basedOn } : {}) });
  }
  const resolve = (styleId: string, depth = 0): { numId?: string; ilvl?: number } => {
    const style = styles.get(styleId);
    if (!style || depth > 10) return {};
    const inherited = style.basedOn ? resolve(style.basedOn, depth + 1) : {};
    return { ...inherited, ...(style.numId ? { numId: style.numId } : {}), ...(style.ilvl !== undefined ? { ilvl: style.ilvl } : {}) };
  };
  return resolve;
};

const token = /<(\/?)(w:p|w:tbl|w:tr|w:tc|w:t|w:tab|w:br|w:cr|w:pStyle|w:numId|w:ilvl|w:pageBreakBefore|w:lastRenderedPageBreak|w:sectPr)(?=[\s/>])([^>]*?)(\/?)>/gu;

type Paragraph = { style?: string; numId?: string; ilvl?: number; text: string; breakBefore: boolean };

const textOf = (files: Record<string, Uint8Array>, name: string): string | null => {
  const file = files[name];
  return file ? strFromU8(file) : null;
};

/**
 * A DOCX as paragraphs and table rows, in order, automatic numbers written out in front of their
 * text ('5.2.1 …', '附录A', 'a) …'). Pages are counted from the page breaks Word last rendered, or
 * the explicit ones when it rendered none. Headers and footers come along as furniture.
 */
export const docxBlocks = async (bytes: Uint8Array): Promise<{ blocks: DraftBlock[]; pages: number }> => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.startsWith('word/') || file.name === 'docProps/app.xml' });
  } catch (error) {
    throw new Error(`送审稿不是有效的 DOCX 文件（无法解压：${error instanceof Error ? error.message : String(error)}）`, { cause: error });
  }
  const xml = textOf(files, 'word/document.xml');
  if (xml === null) throw new Error('送审稿不是有效的 DOCX 文件：缺少 word/document.xml');
  // A text box is stored twice, as DrawingML and as a VML fallback: read it once.
  const document = xml.replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/gu, '');
  const number = numberingCounter(readNumbering(textOf(files, 'word/numbering.xml') ?? ''));
  const styleNumbering = readStyles(textOf(files, 'word/styles.xml') ?? '');
  const rendered = document.includes('<w:lastRenderedPageBreak');

  const blocks: DraftBlock[] = [];
  let page = 1;
  let paragraph: Paragraph | null = null;
  let inText = false;
  let tableDepth = 0;
  let row: string[] | null = null;
  let cell: string[] | null = null;
  let cursor = 0;

  const closeParagraph = (current: Paragraph) => {
    const fromStyle = current.style ? styleNumbering(current.style) : {};
    const numId = current.numId ?? fromStyle.numId;
    const prefix = numId && numId !== '0' ? number(numId, current.ilvl ?? fromStyle.ilvl ?? 0) : '';
    const text = prefix ? `${prefix}${/^附录|^[(（]?[a-z][)）]$/u.test(prefix) ? '' : ' '}${current.text}` : current.text;
    if (cell) cell.push(text.trim());
    else if (text.trim() !== '') blocks.push({ page, text: text.trim() });
  };

  for (const match of document.matchAll(token)) {
    const [, closing, tag, attributes = '', selfClosing] = match;
    if (inText && paragraph) paragraph.text += decodeXml(document.slice(cursor, match.index));
    cursor = match.index + match[0].length;
    inText = false;
    if (tag === 'w:t' && !closing && !selfClosing) inText = true;
    else if (tag === 'w:p' && !closing && !selfClosing) paragraph = { text: '', breakBefore: false };
    else if (tag === 'w:p' && closing && paragraph) {
      closeParagraph(paragraph);
      paragraph = null;
    } else if (tag === 'w:tab' && paragraph && !closing) paragraph.text += '\t';
    else if ((tag === 'w:br' || tag === 'w:cr') && paragraph && !closing) {
      if (attribute(attributes, 'w:type') === 'page') {
        if (!rendered) page += 1;
      } else paragraph.text += ' ';
    } else if (tag === 'w:lastRenderedPageBreak') page += 1;
    else if (tag === 'w:pageBreakBefore' && !rendered && attribute(attributes, 'w:val') !== '0' && attribute(attributes, 'w:val') !== 'false') page += 1;
    else if (tag === 'w:sectPr' && !closing && paragraph && !rendered) page += 1;
    else if (tag === 'w:pStyle' && paragraph) paragraph.style = attribute(attributes, 'w:val') ?? '';
    else if (tag === 'w:numId' && paragraph) paragraph.numId = attribute(attributes, 'w:val') ?? '';
    else if (tag === 'w:ilvl' && paragraph) paragraph.ilvl = Number(attribute(attributes, 'w:val') ?? 0);
    else if (tag === 'w:tbl') tableDepth += closing ? -1 : selfClosing ? 0 : 1;
    else if (tag === 'w:tr' && tableDepth === 1) {
      if (!closing) row = [];
      else if (row) {
        const cells = row;
        if (cells.some((text) => text !== '')) blocks.push({ page, text: cells.join(' '), cells });
        row = null;
      }
    } else if (tag === 'w:tc' && tableDepth === 1) {
      if (!closing) cell = [];
      else if (cell && row) {
        row.push(cell.join('').trim());
        cell = null;
      }
    }
  }

  const header = Object.keys(files).filter((name) => /^word\/(?:header|footer)\d*\.xml$/u.test(name));
  for (const name of header) {
    const text = [...(textOf(files, name) ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((found) => decodeXml(found[1] ?? '')).join('');
    if (text.trim() !== '') blocks.push({ page: 1, text: text.trim(), furniture: true });
  }
  const declared = Number(/<Pages>(\d+)<\/Pages>/u.exec(textOf(files, 'docProps/app.xml') ?? '')?.[1] ?? 0);
  return { blocks, pages: Math.max(page, declared) };
};
