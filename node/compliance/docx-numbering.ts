import { attribute, elements } from './docx-xml.js';

type Level = { start: number; format: string; text: string };
type NumberingDefinition = { abstractId: string; levels: Map<number, Level>; starts: Map<number, number> };

const romans: [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];
const roman = (value: number): string => {
  let rest = value;
  let text = '';
  for (const [size, letters] of romans) {
    while (rest >= size) {
      text += letters;
      rest -= size;
    }
  }
  return text;
};
const chineseDigits = '〇一二三四五六七八九';
const chinese = (value: number): string =>
  value < 10 ? (chineseDigits[value] ?? '') : value < 20 ? `十${value % 10 ? (chineseDigits[value % 10] ?? '') : ''}` : `${chineseDigits[Math.floor(value / 10)] ?? ''}十${value % 10 ? (chineseDigits[value % 10] ?? '') : ''}`;
const letter = (value: number): string => String.fromCharCode(64 + (((value - 1) % 26) + 1)).repeat(Math.floor((value - 1) / 26) + 1);

const formatted = (value: number, format: string): string => {
  switch (format) {
    case 'upperLetter':
      return letter(value);
    case 'lowerLetter':
      return letter(value).toLowerCase();
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
      return chinese(value);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(value);
  }
};

/** numbering.xml read into its list definitions: each w:num with the levels of its abstract list. */
export const readNumbering = (xml: string): Map<string, NumberingDefinition> => {
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of elements(xml, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const level of elements(abstract.inner, 'w:lvl')) {
      levels.set(Number(attribute(level.open, 'w:ilvl') ?? 0), {
        start: Number(attribute(elements(level.inner, 'w:start')[0]?.open ?? '', 'w:val') ?? 1),
        format: attribute(elements(level.inner, 'w:numFmt')[0]?.open ?? '', 'w:val') ?? 'decimal',
        text: attribute(elements(level.inner, 'w:lvlText')[0]?.open ?? '', 'w:val') ?? '',
      });
    }
    abstracts.set(attribute(abstract.open, 'w:abstractNumId') ?? '', levels);
  }
  const definitions = new Map<string, NumberingDefinition>();
  for (const num of elements(xml, 'w:num')) {
    const abstractId = attribute(elements(num.inner, 'w:abstractNumId')[0]?.open ?? '', 'w:val') ?? '';
    const starts = new Map<number, number>();
    for (const override of elements(num.inner, 'w:lvlOverride')) {
      const start = elements(override.inner, 'w:startOverride')[0];
      if (start) starts.set(Number(attribute(override.open, 'w:ilvl') ?? 0), Number(attribute(start.open, 'w:val') ?? 1));
    }
    definitions.set(attribute(num.open, 'w:numId') ?? '', { abstractId, levels: abstracts.get(abstractId) ?? new Map(), starts });
  }
  return definitions;
};

/**
 * Word's list counters: one set per abstract list, a level's counter restarting whenever a higher
 * level advances, a w:num with a start override restarting the list where it is first used.
 */
export const numberingCounter = (definitions: Map<string, NumberingDefinition>) => {
  const counters = new Map<string, number[]>();
  const used = new Set<string>();
  return (numId: string, ilvl: number): string => {
    const definition = definitions.get(numId);
    const level = definition?.levels.get(ilvl);
    if (!definition || !level) return '';
    const values = counters.get(definition.abstractId) ?? [];
    if (!used.has(numId) && definition.starts.size > 0) {
      values.length = 0;
      for (const [at, start] of definition.starts) values[at] = start - 1;
    }
    used.add(numId);
    values[ilvl] = (values[ilvl] ?? (level.start - 1)) + 1;
    values.length = ilvl + 1;
    counters.set(definition.abstractId, values);
    return level.text.replace(/%(\d)/gu, (_, at: string) => {
      const index = Number(at) - 1;
      const shown = definition.levels.get(index);
      return formatted(values[index] ?? shown?.start ?? 1, index === ilvl ? level.format : (shown?.format ?? 'decimal'));
    });
  };
};
