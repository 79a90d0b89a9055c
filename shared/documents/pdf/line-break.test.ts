import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLines, isClosingPunctuation, isOpeningPunctuation } from './line-break.js';

/** Chinese characters and full-width marks one unit wide, everything else half a unit. */
const unitWidth = (char: string): number => ((char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.5);

const lines = (text: string, maxWidth: number, firstLineIndent = 0): string[] => {
  const chars = Array.from(text);
  return breakLines({ chars, widths: chars.map(unitWidth), maxWidth, firstLineIndent }).map((line) =>
    chars.slice(line.start, line.end).join(''),
  );
};

const closing = [...'，。、；：？！」』）】》…,.;:?!)'];
const opening = [...'「『（【《“‘(['];

describe('breakLines', () => {
  it('breaks between any two Chinese characters', () => {
    expect(lines('浙江制造标准审评工作站', 4)).toEqual(['浙江制造', '标准审评', '工作站']);
  });

  it('keeps the whole text on one line when it fits', () => {
    expect(lines('审评会议纪要', 6)).toEqual(['审评会议纪要']);
  });

  it('never begins a line with closing punctuation, pulling the character before it along', () => {
    expect(lines('会议纪要。审评结论', 4)).toEqual(['会议纪', '要。审评', '结论']);
    expect(lines('甲乙丙，丁戊', 3)).toEqual(['甲乙', '丙，丁', '戊']);
  });

  it('never ends a line with an opening mark', () => {
    expect(lines('甲乙丙《丁戊》', 4)).toEqual(['甲乙丙', '《丁戊》']);
    expect(lines('甲乙丙“丁”', 4)).toEqual(['甲乙丙', '“丁”']);
  });

  it('keeps a word marked unbreakable on one line, and cuts it only when it is wider than a line', () => {
    const chars = Array.from('结论为不通过');
    const widths = chars.map(unitWidth);
    const text = (maxWidth: number) =>
      breakLines({ chars, widths, maxWidth, unbreakable: new Set([4, 5]) }).map((line) => chars.slice(line.start, line.end).join(''));
    expect(text(5)).toEqual(['结论为', '不通过']);
    expect(text(2)).toEqual(['结论', '为', '不通', '过']);
  });

  it('keeps a run of closing marks together with the character before them', () => {
    expect(lines('甲乙丙）。丁', 4)).toEqual(['甲乙', '丙）。丁']);
  });

  it('keeps Latin words and numbers whole', () => {
    expect(lines('得分82.4分', 3)).toEqual(['得分', '82.4分']);
    expect(lines('甲乙丙丁stainless steel', 6)).toEqual(['甲乙丙丁', 'stainless', 'steel']);
  });

  it('keeps standard designations together, space and dash included', () => {
    expect(lines('审评专家组依T/ZZB 1234—2026起草', 8)).toEqual(['审评专家组依', 'T/ZZB 1234—2026', '起草']);
    expect(lines('标准化工作按照GB/T 1.1-2020的规定', 8)).toEqual(['标准化工作按照', 'GB/T 1.1-2020的', '规定']);
  });

  it('breaks a designation at its space rather than leave a line less than three quarters full', () => {
    expect(lines('依据T/ZZB 1234—2026起草', 8)).toEqual(['依据T/ZZB', '1234—2026起草']);
  });

  it('cuts a word longer than a line inside, but never before a closing mark', () => {
    expect(lines('abcdefgh', 2)).toEqual(['abcd', 'efgh']);
    expect(lines('abc,defg', 1.5)).toEqual(['ab', 'c,d', 'efg']);
  });

  it('drops spaces at the end of a line and breaks after a space', () => {
    expect(lines('review of the draft', 4)).toEqual(['review', 'of the', 'draft']);
  });

  it('honours hard line breaks and indents only the first line', () => {
    expect(lines('甲乙丙丁戊\n己庚', 4, 2)).toEqual(['甲乙', '丙丁戊', '己庚']);
  });

  it('marks the last line of a paragraph and of each hard-broken part', () => {
    const chars = Array.from('甲乙丙\n丁');
    const spans = breakLines({ chars, widths: chars.map(unitWidth), maxWidth: 2 });
    expect(spans.map((span) => span.last)).toEqual([false, true, true]);
    expect(spans.map((span) => span.width)).toEqual([2, 1, 1]);
  });

  it('returns one empty line for empty text', () => {
    expect(lines('', 4)).toEqual(['']);
  });

  it('never starts a line with closing punctuation nor ends one with opening punctuation', () => {
    // Every closing mark follows, and every opening mark precedes, a Chinese character, so a legal break always exists.
    const piece = fc.constantFrom(
      ...'浙江制造审评',
      ...closing.map((mark) => `标${mark}`),
      ...opening.map((mark) => `${mark}准`),
      'GB/T 1.1-2020',
      'T/ZZB 1234—2026',
      ' ',
      '82.4',
      'stainless',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 3, max: 12 }), (pieces, maxWidth) => {
        const text = pieces.join('');
        const broken = lines(text, maxWidth);
        expect(broken.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
        broken.forEach((line, index) => {
          const chars = Array.from(line);
          if (index > 0) expect(isClosingPunctuation(chars[0] ?? ''), JSON.stringify(broken)).toBe(false);
          if (index < broken.length - 1) expect(isOpeningPunctuation(chars[chars.length - 1] ?? ''), JSON.stringify(broken)).toBe(false);
        });
      }),
    );
  });
});

describe('punctuation classes', () => {
  it('knows the closing marks of DESIGN.md section 6 and their half-width forms', () => {
    for (const char of closing) expect(isClosingPunctuation(char), char).toBe(true);
    for (const char of opening) expect(isOpeningPunctuation(char), char).toBe(true);
    expect(isClosingPunctuation('审')).toBe(false);
    expect(isOpeningPunctuation('A')).toBe(false);
  });
});
