import { describe, expect, it } from 'vitest';
import { numberingCounter, readNumbering } from './docx-numbering.js';

const level = (ilvl: number, format: string, text: string, start = 1) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;

const numberingXml = `<w:numbering>
  <w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1')}${level(1, 'decimal', '%1.%2')}${level(2, 'decimal', '%1.%2.%3')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="1">${level(0, 'lowerLetter', '%1)')}</w:abstractNum>
  <w:abstractNum w:abstractNumId="2">${level(0, 'upperLetter', '附录%1')}${level(1, 'decimal', '%1.%2')}</w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`;

describe('Word list numbering', () => {
  it('numbers a multi-level list, restarting a level when a higher one advances', () => {
    const number = numberingCounter(readNumbering(numberingXml));
    expect([number('1', 0), number('1', 1), number('1', 2), number('1', 2), number('1', 1), number('1', 0), number('1', 1)]).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '2.1']);
  });

  it('restarts a list where a w:num overrides its start, and formats letters', () => {
    const number = numberingCounter(readNumbering(numberingXml));
    expect([number('2', 0), number('2', 0), number('3', 0), number('3', 0)]).toEqual(['a)', 'b)', 'a)', 'b)']);
    expect([number('4', 0), number('4', 1), number('4', 0), number('4', 1)]).toEqual(['附录A', 'A.1', '附录B', 'B.1']);
  });

  it('gives no number for a list it does not know', () => {
    expect(numberingCounter(readNumbering(numberingXml))('9', 0)).toBe('');
  });
});
