/** The stretch of one text run that a hit covers, in UTF-16 offsets of the run's string. */
export type HitPart = { item: number; start: number; end: number };

/** One occurrence of the query; a hit may span several runs but never two pages. */
export type SearchHit = { page: number; parts: HitPart[] };

/**
 * Full-width Latin letters and digits fold to half-width (NFKC) and case is ignored, so `ＧＢ／Ｔ`
 * finds `GB/T`. A character whose fold is not a single character keeps its own form so offsets
 * stay one to one.
 */
const fold = (character: string): string => {
  const folded = character.normalize('NFKC').toLowerCase();
  return [...folded].length === 1 ? folded : character.toLowerCase();
};

const isSpace = (character: string) => /[\s\u3000]/u.test(character);

type Indexed = { text: string; at: { item: number; offset: number; length: number }[] };

/** Whitespace is dropped: PDFs often space out Chinese (`前 言`) or break a term across runs. */
const indexPage = (items: readonly string[]): Indexed => {
  let text = '';
  const at: Indexed['at'] = [];
  items.forEach((str, item) => {
    let offset = 0;
    for (const character of str) {
      if (!isSpace(character)) {
        text += fold(character);
        at.push({ item, offset, length: character.length });
      }
      offset += character.length;
    }
  });
  return { text, at };
};

const foldQuery = (query: string): string => [...query].filter((character) => !isSpace(character)).map(fold).join('');

const partsOf = (at: Indexed['at'], from: number, to: number): HitPart[] => {
  const parts: HitPart[] = [];
  for (const position of at.slice(from, to)) {
    const last = parts.at(-1);
    if (last && last.item === position.item) last.end = position.offset + position.length;
    else parts.push({ item: position.item, start: position.offset, end: position.offset + position.length });
  }
  return parts;
};

/**
 * Every non-overlapping occurrence of `query` in the pages' text runs (`pages[0]` is page 1),
 * in document order, at most `limit` of them.
 */
export const searchPages = (pages: readonly (readonly string[])[], query: string, limit = 5000): SearchHit[] => {
  const needle = foldQuery(query);
  const hits: SearchHit[] = [];
  if (needle === '') return hits;
  const needleLength = [...needle].length;
  pages.forEach((items, index) => {
    const page = indexPage(items);
    let from = page.text.indexOf(needle);
    while (from !== -1 && hits.length < limit) {
      // `at` has one entry per character, `indexOf` counts UTF-16 units: they differ past a surrogate pair.
      const start = [...page.text.slice(0, from)].length;
      hits.push({ page: index + 1, parts: partsOf(page.at, start, start + needleLength) });
      from = page.text.indexOf(needle, from + needle.length);
    }
  });
  return hits;
};
