/**
 * One run of text from a PDF page's text layer, in PDF user space: `x`, `y` is the baseline start
 * and y grows upwards, so the top of the page has the largest y.
 */
export type PositionedText = { str: string; x: number; y: number; width: number; height: number };

/** A visual line: its runs in reading order, joined. */
export type TextLine = {
  text: string;
  /** Baseline of the line's first run. */
  y: number;
  /** Index (into the page's runs) of the leftmost run. */
  firstItem: number;
};

/** A gap wider than this many font heights separates columns (a table row, a contents leader). */
const columnGapEms = 2;
/** A gap wider than this many font heights stands for a space the PDF did not write. */
const wordGapEms = 0.3;

const isBlank = (text: string) => text.trim() === '';

/**
 * Groups a page's runs into lines, top to bottom and left to right. Runs whose baselines lie within
 * half a font height share a line. Gaps the PDF leaves as positioning become a space, or a tab when
 * wide enough to separate columns, so line-level rules can tell a heading from a table row.
 */
export const groupIntoLines = (items: readonly PositionedText[]): TextLine[] => {
  const order = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => !isBlank(item.str))
    .sort((a, b) => b.item.y - a.item.y || a.item.x - b.item.x);

  const rows: { y: number; height: number; members: typeof order }[] = [];
  for (const entry of order) {
    const row = rows.at(-1);
    const tolerance = Math.max(entry.item.height, row?.height ?? 0) / 2;
    if (row && Math.abs(row.y - entry.item.y) <= tolerance) {
      row.members.push(entry);
      row.height = Math.max(row.height, entry.item.height);
    } else {
      rows.push({ y: entry.item.y, height: entry.item.height, members: [entry] });
    }
  }

  return rows.map((row) => {
    const members = [...row.members].sort((a, b) => a.item.x - b.item.x);
    let text = '';
    let previousEnd: number | null = null;
    for (const { item } of members) {
      if (previousEnd !== null) {
        const gap = item.x - previousEnd;
        const em = item.height || row.height;
        if (gap > columnGapEms * em) text += '\t';
        else if (gap > wordGapEms * em && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
      }
      text += item.str;
      previousEnd = item.x + item.width;
    }
    const first = members[0];
    return { text, y: first?.item.y ?? row.y, firstItem: first?.index ?? 0 };
  });
};
