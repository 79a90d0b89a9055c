import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingDocuments, type PlannedDocument } from '../../shared/documents/document-set.js';
import { documentFileName, type DocumentFormat } from '../../shared/documents/file-names.js';
import type { ReviewType } from '../../shared/model/review-type.js';
import { docxText, pdfText, squeeze } from '../support/document-text.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { kindOnlyForbidden, technicalOnlyWords } from '../support/review-kind-words.js';
import { generatedAt, renderToFolder } from './render-sample.js';

/**
 * Issue 15, point 1: an initiation review (立项审查) and a periodic review (复审) are written up in
 * their own words. Every document of each kind's full set is read back as the secretary gets it (PDF
 * through pdftotext, DOCX through word/document.xml) and must hold none of the technical review's
 * own words, and the words of its kind where they belong.
 */

/** Per kind: what each document of the kind must say. */
const expectations: Record<Exclude<ReviewType, 'technical'>, { minutes: string[]; pledge: string[]; opinionS03: string[] }> = {
  initiation: {
    minutes: [
      '立项审查会议纪要',
      '立项审查项目',
      '立项审查过程',
      '逐项审查。各项目提出单位汇报了标准立项的必要性、可行性、先进性和预期实施效益，专家组审阅了申报材料',
      '综合得分采用去极值平均',
      '项目提出单位',
      '申报材料',
      '《立项申请书》',
      '立项审查结论：立项',
      '见该项目的《立项审查意见》',
    ],
    pledge: ['参加本次立项审查会，对所审查的申报材料作出评价', '独立地对申报项目的必要性、可行性、先进性和预期实施效益作出评价'],
    opinionS03: ['立项审查意见', '立项审查结论：不立项', '专家组确认必要性否决意见：与在研“浙江制造”标准项目 ZZB-2026-031 内容重复。'],
  },
  periodic: {
    minutes: [
      '复审会议纪要',
      '复审项目',
      '复审过程',
      '逐项复审。各标准主要起草单位汇报了标准实施情况，专家组审阅了复审材料',
      '各专家独立填写复审意见表',
      '被复审标准',
      'T/ZZB 1201—2019',
      '《实施情况报告》',
      '（二）复审方式',
      '不要求评分',
      '复审结论：继续有效',
      '复审结论：修订',
      '复审结论：废止',
    ],
    pledge: ['参加本次复审会，对所复审的复审材料作出评价', '独立地对被复审标准的合规性、适用性、先进性和实施效果作出评价'],
    opinionS03: [
      '复审意见',
      '复审结论：废止',
      '经复审，不宜继续实施。',
      '废止理由：该产品已于 2025 年全面停产，标准无企业采用。标准的主要技术要求已由新发布的 GB 45678—2025 规定。',
    ],
  },
};

const formats: DocumentFormat[] = ['pdf', 'docx'];

type KindSet = { planned: PlannedDocument[]; dir: string; texts: Map<string, string> };
const sets = new Map<ReviewType, KindSet>();

beforeAll(async () => {
  for (const reviewType of ['initiation', 'periodic'] as const) {
    const planned = meetingDocuments(sampleMeetingRecord({ reviewType, experts: 6 }), { generatedAt });
    const { dir, paths } = await renderToFolder(planned, `zz-${reviewType}-`);
    const texts = new Map<string, string>();
    for (const [name, path] of paths) texts.set(name, squeeze(name.endsWith('.pdf') ? pdfText(path) : docxText(path)));
    sets.set(reviewType, { planned, dir, texts });
  }
}, 300_000);
afterAll(() => {
  for (const { dir } of sets.values()) rmSync(dir, { recursive: true, force: true });
});

const setOf = (reviewType: ReviewType): KindSet => {
  const set = sets.get(reviewType);
  if (set === undefined) throw new Error(`没有生成${reviewType}的文档`);
  return set;
};

const textOf = (reviewType: ReviewType, find: (d: PlannedDocument) => boolean, format: DocumentFormat): string => {
  const { planned, texts } = setOf(reviewType);
  const document = planned.find(find);
  if (document === undefined) throw new Error('没有这份文档');
  return texts.get(documentFileName(document.subject, format)) ?? '';
};

describe.each(['initiation', 'periodic'] as const)('every document of a %s review', (reviewType) => {
  const expected = expectations[reviewType];

  it('holds no technical-review-only word, in PDF and DOCX alike', () => {
    const { texts } = setOf(reviewType);
    expect(texts.size).toBeGreaterThan(20);
    const found = [...texts].flatMap(([name, text]) =>
      [...technicalOnlyWords, ...kindOnlyForbidden[reviewType]].filter((word) => text.includes(squeeze(word))).map((word) => `${name}: ${word}`),
    );
    expect(found).toEqual([]);
  });

  it('is named in its own words', () => {
    const names = [...setOf(reviewType).texts.keys()];
    expect(names.filter((name) => name.includes('审评'))).toEqual([]);
  });

  it.each(formats)('has minutes and pledges in the words of the kind (%s)', (format) => {
    const minutes = textOf(reviewType, (d) => d.subject.kind === 'minutes', format);
    expect(expected.minutes.filter((words) => !minutes.includes(squeeze(words)))).toEqual([]);
    const pledges = textOf(reviewType, (d) => d.subject.kind === 'pledge', format);
    expect(expected.pledge.filter((words) => !pledges.includes(squeeze(words)))).toEqual([]);
  });

  it.each(formats)('states the outcome of S03 with its recorded reason (%s)', (format) => {
    const opinion = textOf(reviewType, (d) => d.subject.kind === 'opinion' && d.subject.submissionId === 'S03', format);
    expect(expected.opinionS03.filter((words) => !opinion.includes(squeeze(words)))).toEqual([]);
    // 不立项 and 废止 leave nothing to revise, so the opinion has no 修改要求 section.
    expect(opinion).not.toContain('修改要求');
    const kept = textOf(reviewType, (d) => d.subject.kind === 'opinion' && d.subject.submissionId === 'S01', format);
    expect(kept).toContain('修改要求');
  });
});

describe('the sheets of each kind', () => {
  it.each(formats)('give a periodic review without points a 复审意见表 of remarks, and an initiation review its scores (%s)', (format) => {
    const periodic = textOf('periodic', (d) => d.subject.kind === 'score-sheet', format);
    expect(periodic).toContain('专家复审意见表');
    expect(periodic).toContain(squeeze('合规性：对照实施情况报告复审'));
    expect(periodic).toContain(squeeze('本复审意见表系本人依据复审材料独立作出'));
    const initiation = textOf('initiation', (d) => d.subject.kind === 'score-sheet', format);
    expect(initiation).toContain('专家评分表');
    expect(initiation).toContain(squeeze('本评分表系本人依据申报材料独立作出'));
  });

  it.each(formats)('ask the proposer, not a drafting group, to answer the comments of an initiation review (%s)', (format) => {
    const table = textOf('initiation', (d) => d.subject.kind === 'comment-table', format);
    expect(table).toContain(squeeze('“处理意见”栏由项目提出单位填写'));
    expect(table).toContain(squeeze('立项审查会议'));
  });
});
