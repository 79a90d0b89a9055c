import type { CorpusDraft, DraftTable, ExplanatoryNote } from './compliance-corpus-model.js';
import { gap, numberedClauses } from './compliance-corpus-model.js';

/** What both formats print on the front pages, so a DOCX and a PDF of one draft read alike. */

export type CoverLine = { text: string; align: 'left' | 'center' | 'right'; role: 'plain' | 'emphasis' | 'title' };

export const forewordTitle = '前　言';

export const coverLines = (draft: CorpusDraft): CoverLine[] => [
  { text: `ICS ${draft.ics}`, align: 'left', role: 'plain' },
  { text: `CCS ${draft.ccs}`, align: 'left', role: 'plain' },
  { text: 'T/ZZB', align: 'right', role: 'emphasis' },
  { text: '浙　江　制　造　团　体　标　准', align: 'center', role: 'emphasis' },
  { text: draft.code, align: 'right', role: 'plain' },
  { text: draft.title, align: 'center', role: 'title' },
  { text: draft.englishTitle, align: 'center', role: 'plain' },
  { text: '（送审稿）', align: 'center', role: 'plain' },
  { text: '2026-12-15发布　　　　　　　　2026-12-31实施', align: 'center', role: 'plain' },
  { text: '浙江省品牌建设联合会　　发布', align: 'center', role: 'emphasis' },
];

/** 目次 lists the foreword, the chapters and the annexes, each with its page (1-based in the body). */
export const contentsLines = (draft: CorpusDraft): string[] => {
  const lines = ['前言 ……………………………………………… Ⅱ'];
  let page = 1;
  for (const { number, clause } of numberedClauses(draft)) {
    if (!('role' in clause) || clause.title === undefined) continue;
    lines.push(`${number}${gap}${clause.title} ……………………………… ${page}`);
    page += 1;
  }
  for (const part of draft.body) if (part.kind === 'annex') lines.push(`附录${part.letter}（${part.status}）${gap}${part.title} ……………… ${page}`);
  return lines;
};

export const benchmarkTable = (note: ExplanatoryNote): DraftTable => ({
  caption: '表1　主要技术指标对比',
  columns: ['序号', '指标', '本标准', '国家标准', '国际先进', '对比结论'],
  rows: note.benchmark.map((row, index) => [String(index + 1), row.indicator, row.draft, row.national, row.international, row.conclusion]),
});
