import type { Block } from '../layout/blocks.js';
import { signaturesAfter } from '../layout/keep-with-signatures.js';
import type { LayoutContext } from './layout-context.js';
import { layoutSignatures } from './layout-signatures.js';
import { layoutTable } from './layout-table.js';
import {
  layoutFacts,
  layoutHeading,
  layoutNumberedList,
  layoutPageBreak,
  layoutParagraph,
  layoutSpacer,
  layoutTitle,
} from './layout-text-blocks.js';
import type { PageFlow } from './page-flow.js';

const layoutBlock = (context: LayoutContext, block: Block): void => {
  switch (block.kind) {
    case 'title':
      return layoutTitle(context, block);
    case 'heading':
      return layoutHeading(context, block);
    case 'paragraph':
      return layoutParagraph(context, block);
    case 'numbered-list':
      return layoutNumberedList(context, block);
    case 'facts':
      return layoutFacts(context, block);
    case 'table':
      return layoutTable(context, block);
    case 'signatures':
      return layoutSignatures(context, block);
    case 'spacer':
      return layoutSpacer(context, block);
    case 'page-break':
      return layoutPageBreak(context);
  }
};

/** The last page anything was drawn on; a forked flow starts with blank pages, so this is the last page the trial drew on. */
const lastDrawnPage = (flow: PageFlow): number => {
  let page = flow.pages.length - 1;
  while (page >= 0 && flow.pages[page]?.length === 0) page -= 1;
  return page;
};

type SignatureGroup = {
  /** Headings before the block the signatures keep with: they stay with its first lines. */
  lead: readonly Block[];
  anchor: Block;
  /** What must share the anchor's last page: headings and spacers, then the signature block, or a signed table's date line. */
  tail: readonly Block[];
};

/**
 * Lays `group` out on `flow` and says whether the anchor began on the page its headings ended on,
 * and whether everything after the anchor was drawn on the page the anchor ended on.
 */
const together = (context: LayoutContext, flow: PageFlow, { lead, anchor, tail }: SignatureGroup): { lead: boolean; tail: boolean } => {
  const trial = { ...context, flow };
  for (const block of lead) layoutBlock(trial, block);
  const leadPage = lastDrawnPage(flow);
  const leadOps = flow.pages[leadPage]?.length ?? 0;
  layoutBlock(trial, anchor);
  const anchorPage = lastDrawnPage(flow);
  const leadKept = leadPage < 0 || (flow.pages[leadPage]?.length ?? 0) > leadOps;
  for (const block of tail) layoutBlock(trial, block);
  return { lead: leadKept, tail: lastDrawnPage(flow) === anchorPage };
};

/** Does `blocks` fit on one fresh page? */
const fitsAPage = (context: LayoutContext, blocks: readonly Block[]): boolean => {
  const flow = context.flow.fork();
  flow.newPage();
  const page = flow.pageIndex;
  for (const block of blocks) layoutBlock({ ...context, flow }, block);
  return lastDrawnPage(flow) === page;
};

/** Precision of the search for where a page must end early, in points. */
const searchStep = 1;

/**
 * Where the page the anchor ends on must end early so that the signatures share a page with the
 * anchor's last lines: as far down the page as that allows, still leaving the anchor's first lines
 * with its headings; undefined when there is no such place.
 */
const earlyPageEnd = (context: LayoutContext, group: SignatureGroup): { page: number; bottom: number } | undefined => {
  const { flow } = context;
  const probe = flow.fork();
  for (const block of group.lead) layoutBlock({ ...context, flow: probe }, block);
  const startPage = probe.pageIndex;
  const startY = probe.y;
  layoutBlock({ ...context, flow: probe }, group.anchor);
  const page = probe.pageIndex;
  // Ending the page anywhere below `low` leaves the anchor starting on it; ended high enough, the tail follows the anchor's last lines.
  let low = page === startPage ? startY : flow.top;
  let high = probe.y;
  let found: number | undefined;
  while (high - low > searchStep) {
    const bottom = (high + low) / 2;
    const trial = flow.fork();
    trial.endPageAt(page, bottom);
    if (together(context, trial, group).tail) {
      found = bottom;
      low = bottom;
    } else {
      high = bottom;
    }
  }
  if (found === undefined) return undefined;
  const check = flow.fork();
  check.endPageAt(page, found);
  const kept = together(context, check, group);
  return kept.lead && kept.tail ? { page, bottom: found } : undefined;
};

/**
 * Lays out a block (with the headings before it), the headings after it and the signature block
 * they lead into, so that the signatures and their date share a page with the end of that block:
 * where they would not, the page the block ends on is ended early, as little as needed, and its
 * last lines or rows move on with the signatures; failing that, the whole group starts a new page.
 * A signature part taller than a page is laid out as it comes.
 */
const layoutWithSignatures = (context: LayoutContext, group: SignatureGroup): void => {
  const { flow } = context;
  const kept = together(context, flow.fork(), group);
  if (!(kept.lead && kept.tail) && fitsAPage(context, [group.anchor, ...group.tail])) {
    const end = earlyPageEnd(context, group);
    if (end !== undefined) flow.endPageAt(end.page, end.bottom);
    else if (!flow.atPageTop) flow.newPage();
  }
  for (const block of [...group.lead, group.anchor, ...group.tail]) layoutBlock(context, block);
};

/**
 * Headings never end a page: where the block after them would place nothing on the page they end
 * on (a table kept whole, a grid), the headings start the next page instead.
 */
const layoutHeadings = (context: LayoutContext, headings: readonly Block[], next: Block | undefined): void => {
  const { flow } = context;
  if (next !== undefined && !flow.atPageTop) {
    const trial = { ...context, flow: flow.fork() };
    for (const heading of headings) layoutBlock(trial, heading);
    const page = trial.flow.pageIndex;
    const drawn = trial.flow.pages[page]?.length ?? 0;
    layoutBlock(trial, next);
    if ((trial.flow.pages[page]?.length ?? 0) === drawn) flow.newPage();
  }
  for (const heading of headings) layoutBlock(context, heading);
};

/** Lays out a document's blocks in order, keeping headings with what follows and each signature block with what comes before it. */
export const layoutBlocks = (context: LayoutContext, blocks: readonly Block[]): void => {
  let index = 0;
  while (index < blocks.length) {
    const block = blocks[index]!;
    let anchor = index;
    while (blocks[anchor]?.kind === 'heading') anchor += 1;
    const signatures = signaturesAfter(blocks, anchor);
    if (signatures !== undefined) {
      layoutWithSignatures(context, { lead: blocks.slice(index, anchor), anchor: blocks[anchor]!, tail: blocks.slice(anchor + 1, signatures + 1) });
      index = signatures + 1;
    } else if (block.kind === 'heading') {
      layoutHeadings(context, blocks.slice(index, anchor), blocks[anchor]);
      index = anchor;
    } else {
      layoutBlock(context, block);
      index += 1;
    }
  }
};
