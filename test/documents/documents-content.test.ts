import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recommendationLabels } from '../../shared/engine/labels.js';
import { oneDecimal } from '../../shared/engine/one-decimal.js';
import { rubricFor, rulesFor } from '../../shared/engine/review-config.js';
import { justificationNeeded } from '../../shared/meeting/sheet-submission.js';
import { meetingDocuments } from '../../shared/documents/document-set.js';
import { documentFileName, type DocumentFormat } from '../../shared/documents/file-names.js';
import { sampleMeetingRecord } from '../fixtures/sample-meeting.js';
import { isClosingPunctuation, isOpeningPunctuation } from '../../shared/documents/pdf/line-break.js';
import { docxText, missingInOrder, pdfText, squeeze } from '../support/document-text.js';
import { generatedAt, renderToFolder } from './render-sample.js';

const record = sampleMeetingRecord();
const { meeting } = record;
const rubric = rubricFor(meeting);
const rules = rulesFor(meeting);
const formats: DocumentFormat[] = ['pdf', 'docx'];
let dir = '';
let paths = new Map<string, string>();

beforeAll(async () => {
  ({ dir, paths } = await renderToFolder(meetingDocuments(record, { generatedAt }), 'zz-documents-'));
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const textOf = (name: string, format: DocumentFormat): string => {
  const path = paths.get(name);
  if (path === undefined) throw new Error(`没有生成 ${name}`);
  return format === 'pdf' ? pdfText(path) : docxText(path);
};

const verdictOf = (submissionId: string) => record.verdicts.find((v) => v.submissionId === submissionId)!;
const expertName = (id: string) => record.experts.find((e) => e.id === id)!.name;
const commentsOf = (submissionId: string) => record.comments.filter((c) => c.submissionId === submissionId);

/** The sample's comments on S01 name clauses 5.10, 3, 附录A, 6.2.3, 5.2, 前言 in the order they were written. */
const s01ClauseOrder = ['前言', '3', '5.2', '5.10', '6.2.3', '附录A'];

describe.each(formats)('every %s document of the sample meeting', (format) => {
  it('the minutes of the meeting carry the facts, panel, recusal, pledge, then each draft with its scores, vote and result, and the signatures', () => {
    const recusal = record.recusals[0]!;
    const expected = [
      '审评会议纪要',
      meeting.title,
      '2026年11月26日 09:30',
      meeting.venue,
      meeting.organizer,
      ...record.experts.flatMap((e) => [e.name, e.organization]),
      expertName(recusal.expertId),
      recusal.reason,
      recusal.decisionNote!,
      '公正性声明及保密承诺',
      ...record.submissions.flatMap((submission) => {
        const verdict = verdictOf(submission.id);
        const scores = verdict.aggregate;
        return [
          submission.standardName,
          submission.proposedCode,
          submission.leadDrafter,
          ...record.materials.filter((m) => m.submissionId === submission.id).map((m) => m.title),
          ...scores.criteria.flatMap((c) => [oneDecimal(c.stats!.value), String(c.stats!.min), String(c.stats!.max)]),
          oneDecimal(scores.total!.value),
          oneDecimal(scores.sumOfCriteria!),
          `有效表决专家 ${verdict.votes.length} 名`,
          verdict.explanation,
          `审评结论：${recommendationLabels[verdict.outcome!]}`,
        ];
      }),
      ...record.experts.map((e) => e.name),
      '记录人',
      '2026年11月26日',
    ];
    expect(missingInOrder(textOf(documentFileName({ meetingId: meeting.id, kind: 'minutes' }, format), format), expected)).toEqual([]);
  });

  it.each(record.submissions.map((s) => [s.id, s] as const))('the 审评意见 of %s carries the conclusion, requirements, dissent and signatures in order', (submissionId, submission) => {
    const verdict = verdictOf(submissionId);
    const expected = [
      '审评意见',
      submission.standardName,
      submission.proposedCode,
      meeting.title,
      `审评结论：${recommendationLabels[verdict.outcome!]}`,
      ...verdict.conclusion.split('\n'),
      ...verdict.revisionRequirements,
      ...verdict.dissent.flatMap((d) => [expertName(d.expertId), d.text]),
      ...verdict.votes.map((v) => expertName(v.expertId)),
      '2026年11月26日',
    ];
    expect(missingInOrder(textOf(documentFileName({ meetingId: meeting.id, submissionId, kind: 'opinion' }, format), format), expected)).toEqual([]);
  });

  it('the minutes and opinions reach each outcome the engine decided: 修改后通过, 通过, 不通过', () => {
    const outcomes = record.submissions.map((s) => verdictOf(s.id).outcome);
    expect(outcomes).toEqual(['pass-with-revisions', 'pass', 'fail']);
    const minutes = squeeze(textOf(documentFileName({ meetingId: meeting.id, kind: 'minutes' }, format), format));
    for (const submission of record.submissions) {
      const result = `审评结论：${recommendationLabels[verdictOf(submission.id).outcome!]}`;
      expect(minutes.slice(minutes.indexOf(squeeze(submission.proposedCode)))).toContain(result);
      expect(squeeze(textOf(documentFileName({ meetingId: meeting.id, submissionId: submission.id, kind: 'opinion' }, format), format))).toContain(result);
    }
  });

  it('score sheets carry each score with its reason where one is needed, the opinion, the expert\'s comments and the recommendation', () => {
    const sheets = record.scoreSheets;
    expect(sheets.length).toBe(20);
    for (const sheet of sheets) {
      const expert = record.experts.find((e) => e.id === sheet.expertId)!;
      const final = sheet.versions.at(-1)!;
      const own = commentsOf(sheet.submissionId).filter((c) => c.expertId === expert.id);
      const expected = [
        '专家评分表',
        expert.name,
        expert.organization,
        `第 ${final.versionNo} 版`,
        ...final.scores.flatMap((s) => [String(s.score), ...(justificationNeeded(rubric, rules, s.criterionId, s.score) ? [s.justification] : [])]),
        String(final.scores.reduce((sum, s) => sum + (s.score ?? 0), 0)),
        final.opinion,
        ...own.map((c) => c.text),
        `推荐结论：${recommendationLabels[final.recommendation]}`,
        '公正性声明及保密承诺',
        expert.name,
      ];
      const name = documentFileName({ meetingId: meeting.id, submissionId: sheet.submissionId, kind: 'score-sheet', expert: { id: expert.id, name: expert.name } }, format);
      expect(missingInOrder(textOf(name, format), expected), name).toEqual([]);
    }
  });

  it('the signature sheet lists the panel with a signature column, the recused expert marked 回避', () => {
    const names = record.experts.map((e) => e.name);
    const text = textOf(documentFileName({ meetingId: meeting.id, submissionId: 'S01', kind: 'signature-sheet' }, format), format);
    expect(missingInOrder(text, ['专家签字表', meeting.title, '签字', ...names, '签署日期：2026年11月26日'])).toEqual([]);
    expect(missingInOrder(text, ['方建明', '回避', '未参加评分和表决'])).toEqual([]);
  });

  it('the comment table lists every comment in clause order with its proposer, 处理意见 left empty', () => {
    const byClause = s01ClauseOrder.map((clause) => commentsOf('S01').find((c) => c.clause === clause)!);
    const expected = [
      '意见汇总处理表',
      '序号',
      '章条号',
      '意见类型',
      '意见内容',
      '修改建议',
      '提出专家',
      '处理意见',
      '备注',
      ...byClause.flatMap((c, index) => [String(index + 1), c.clause, c.text, c.proposedChange, expertName(c.expertId)]),
      '填表说明',
    ];
    const text = textOf(documentFileName({ meetingId: meeting.id, submissionId: 'S01', kind: 'comment-table' }, format), format);
    expect(missingInOrder(text, expected)).toEqual([]);
    // 处理意见 is left for the drafting group: 采纳 appears only in the note under the table.
    expect(text.slice(0, text.indexOf('填表说明'))).not.toContain('采纳');
  });
});

describe('the PDF line breaking of the sample meeting', () => {
  it('starts no line with closing punctuation and ends none with opening punctuation', () => {
    const offending = [...paths.entries()]
      .filter(([name]) => name.endsWith('.pdf'))
      .flatMap(([name, path]) =>
        pdfText(path)
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== '' && (isClosingPunctuation(line[0]!) || isOpeningPunctuation(line.at(-1)!)))
          .map((line) => `${name}: ${line}`),
      );
    expect(offending).toEqual([]);
  });
});
