import { recommendationLabels } from '../../engine/labels.js';
import type { Block, RichText, TableCell, TextRun } from '../layout/blocks.js';

/** Longest first, so 修改后通过 and 不通过 are found whole rather than as 通过. */
const words = [...new Set(Object.values(recommendationLabels))].sort((a, b) => b.length - a.length);
const wordPattern = new RegExp(`(${words.join('|')})`, 'u');

const keepRun = (run: TextRun): TextRun[] =>
  run.text
    .split(wordPattern)
    .filter((part) => part !== '')
    .map((part) => ({ ...run, text: part, ...(words.includes(part) ? { keepTogether: true } : {}) }));

/** The text with every result word (通过, 修改后通过, 不通过, 立项…) marked to stay on one line. */
export const keepResultWords = (text: RichText): RichText => {
  const textRuns = typeof text === 'string' ? [{ text }] : text;
  if (!textRuns.some((run) => wordPattern.test(run.text))) return text;
  return textRuns.flatMap(keepRun);
};

const keepInCell = (cell: TableCell): TableCell => (typeof cell === 'object' && 'signature' in cell ? cell : keepResultWords(cell));

/** Every paragraph, list item and table cell of a document with its result words kept whole. */
export const withResultWordsKept = (blocks: readonly Block[]): Block[] =>
  blocks.map((block): Block => {
    switch (block.kind) {
      case 'paragraph':
        return { ...block, text: keepResultWords(block.text) };
      case 'numbered-list':
        return { ...block, items: block.items.map(keepResultWords) };
      case 'table':
        return { ...block, rows: block.rows.map((row) => row.map(keepInCell)) };
      default:
        return block;
    }
  });
