/**
 * Codes of standards as drafts cite them: `GB/T 191`, `GB 43854—2024`, `GB/T 39560（所有部分）`,
 * `JB/T 10090.1`, `T/ZZB 2109—2021`, `ISO 9001:2015`, `IEC 62133-2:2017`, `DB33/T 1234`.
 */
const prefix = String.raw`GB(?:\/[TZ])?|JJ[FG]|DB\d{2}(?:\/T)?|[A-Z]{2}\/T|(?:YY|JB|QB|HG|SJ|NB|DL|MT|AQ|WS|GA)|T\/[A-Z]{2,8}|ISO(?:\/IEC)?|IEC|EN|ASTM|UL`;
const number = String.raw`\d+(?:\.\d+)*(?:-\d{1,3}(?!\d))*`;
const year = String.raw`(?:\s?[—–\-－:：]\s?((?:19|20)\d{2}))?(?!\d)`;
const allParts = String.raw`(?:\s?[（(]所有部分[）)])?`;

const citation = new RegExp(String.raw`(?<![A-Za-z/])(${prefix})\s?(${number})${year}${allParts}`, 'gu');

export type Citation = {
  /** Normalised: one space after the prefix, e.g. 'GB/T 191'. */
  code: string;
  year?: string;
  /** As printed, '（所有部分）' included. */
  text: string;
  index: number;
};

const halfWidth = (text: string): string =>
  text.replace(/[／]/gu, '/').replace(/[Ａ-Ｚ０-９]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));

/** Two capitals (or their full-width forms) open every code: text without them cites nothing. */
const mayCite = /[A-ZＡ-Ｚ]{2}/u;

export const findCitations = (text: string): Citation[] =>
  !mayCite.test(text) ? [] : [...halfWidth(text).matchAll(citation)].map((match) => ({
    code: `${match[1] ?? ''} ${match[2] ?? ''}`,
    ...(match[3] ? { year: match[3] } : {}),
    text: match[0].trim(),
    index: match.index,
  }));

/** The citation a reference-list entry opens with, or null when the entry does not open with a code. */
export const leadingCitation = (text: string): Citation | null => {
  const first = findCitations(text.trimStart())[0];
  return first && first.index === 0 ? first : null;
};

/** Whether `cited` names the listed document (a part of an all-parts entry counts). */
export const citesListed = (cited: string, listed: string): boolean => cited === listed || cited.startsWith(`${listed}.`) || cited.startsWith(`${listed}-`);
