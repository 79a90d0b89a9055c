/** The heading of a table of contents: 目次 (GB/T 1.1) or 目录, however it is spaced. */
const contentsHeading = /^目[\s\u3000]*[次录]$/u;
/** What follows an entry's title: dot leaders or a column gap, then its page number. */
const entryPageNumber = /(?:[.．·…]{2,}|…|\t)[\s.．·…]*(?:\d+|[IVXivx]+)?\s*$/u;

/** An entry or a heading reduced to what both share: `1 范围 ..... 1`, `1 范围\t1` and `1范围` alike. */
const entryKey = (text: string): string => text.replace(entryPageNumber, '').replace(/[\s\u3000]+/gu, '');

/**
 * The lines of a document without its table of contents, which would otherwise put every chapter on the
 * contents page. The contents run from their 目次 heading to the body's first heading, found as the
 * contents' first entry (前言, or 1 范围) coming round again. Should it never come round, the contents
 * are taken to end with the heading's page; a document without pages (Word) then loses only the heading.
 */
export const withoutContents = <Line extends { text: string; page: number }>(lines: readonly Line[]): Line[] => {
  const heading = lines.findIndex((line) => contentsHeading.test(line.text.trim()));
  if (heading === -1) return [...lines];
  const firstEntry = lines.findIndex((line, index) => index > heading && entryKey(line.text) !== '');
  const entry = lines[firstEntry];
  const bodyStart = entry ? lines.findIndex((line, index) => index > firstEntry && entryKey(line.text) === entryKey(entry.text)) : -1;
  const headingPage = lines[heading]?.page;
  const nextPage = lines.findIndex((line, index) => index > heading && line.page !== headingPage);
  const end = bodyStart !== -1 ? bodyStart : nextPage !== -1 ? nextPage : heading + 1;
  return [...lines.slice(0, heading), ...lines.slice(end)];
};
