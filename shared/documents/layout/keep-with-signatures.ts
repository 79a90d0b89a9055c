import type { Block } from './blocks.js';

/** A table with a signature column, such as the 专家签字表's. */
const signsInTable = (block: Block | undefined): boolean =>
  block?.kind === 'table' && block.rows.some((row) => row.some((cell) => typeof cell === 'object' && !Array.isArray(cell) && 'signature' in cell));

/**
 * The index of the signing part that `blocks[index]` leads into, if any: a signature block after
 * it (through headings and spacers only), or the date line right after a table people sign in. That block,
 * the headings and the signing part are kept on one page, so no signature block or date stands
 * alone on a last page. Both renderers ask the same question.
 */
export const signaturesAfter = (blocks: readonly Block[], index: number): number | undefined => {
  const anchor = blocks[index];
  if (anchor === undefined || ['heading', 'spacer', 'signatures', 'page-break'].includes(anchor.kind)) return undefined;
  if (signsInTable(anchor) && blocks[index + 1]?.kind === 'paragraph') return index + 1;
  let next = index + 1;
  while (blocks[next]?.kind === 'heading' || blocks[next]?.kind === 'spacer') next += 1;
  return blocks[next]?.kind === 'signatures' ? next : undefined;
};
