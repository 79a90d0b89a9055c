import { recommendationLabels, roleLabels } from '../../engine/labels.js';
import { rubricMaxTotal, sheetTotal } from '../../engine/sheet-total.js';
import { pledgeTitle } from '../../meeting/pledge-text.js';
import { justificationNeeded } from '../../meeting/sheet-submission.js';
import { wordingFor } from '../../rubrics/review-wording.js';
import type { Block, DocumentSpec, RichText } from '../layout/blocks.js';
import type { ExpertSheet, SubmissionRecord } from '../meeting-record.js';
import { type DocumentOptions, standardTitle, submissionDocument } from './document-frame.js';
import { chineseDate, chineseDateTime, formatPoints, signatureImage } from './format.js';
import { commentTypeLabels, sectionNumber } from './labels.js';
import { pledgePreceded } from './pledge.js';

/** Whether this sheet carries points: always where the rubric asks for them, else (复审) only if the expert scored. */
const sheetScored = (record: SubmissionRecord, { final }: ExpertSheet): boolean =>
  record.rubric.scoresRequired || final.scores.some((s) => s.score !== null);

/** A sheet without points (复审): each criterion with what the expert wrote about it. */
const remarksTable = (record: SubmissionRecord, { final }: ExpertSheet): Block => ({
  kind: 'table',
  columns: [
    { title: '评审要素', width: 0.2 },
    { title: '意见', width: 0.8 },
  ],
  rows: record.rubric.criteria.map((criterion) => [criterion.name.zh, final.scores.find((s) => s.criterionId === criterion.id)?.justification.trim() || '—']),
});

const scoresTable = (record: SubmissionRecord, { final }: ExpertSheet): Block => {
  const rows: RichText[][] = record.rubric.criteria.map((criterion) => {
    const entry = final.scores.find((s) => s.criterionId === criterion.id);
    const score = entry?.score ?? null;
    // Only where the score needs one, as the form showed the box: older versions may hold text typed for a former score.
    const justification = justificationNeeded(record.rubric, record.rules, criterion.id, score) ? entry?.justification.trim() || '—' : '';
    return [criterion.name.zh, String(criterion.maxPoints), formatPoints(score), justification];
  });
  const total = sheetTotal(record.rubric, final.scores);
  rows.push([[{ text: '合计', bold: true }], String(rubricMaxTotal(record.rubric)), [{ text: formatPoints(total.complete ? total.points : null), bold: true }], '']);
  return {
    kind: 'table',
    columns: [
      { title: '评审要素', width: 0.2 },
      { title: '满分', width: 0.1, align: 'center' },
      { title: '得分', width: 0.1, align: 'center' },
      { title: '评分理由', width: 0.6 },
    ],
    rows,
  };
};

const commentBlocks = (record: SubmissionRecord, sheet: ExpertSheet): Block[] => {
  const own = record.comments.filter((c) => c.expertId === sheet.expert.id);
  if (own.length === 0) return [{ kind: 'paragraph', indentFirstLine: true, text: '无章条意见。' }];
  return [
    {
      kind: 'table',
      columns: [
        { title: '序号', width: 0.08, align: 'center' },
        { title: '章条号', width: 0.12 },
        { title: '意见类型', width: 0.12, align: 'center' },
        { title: '意见内容', width: 0.38 },
        { title: '修改建议', width: 0.3 },
      ],
      rows: own.map((c, index) => [String(index + 1), c.clause, commentTypeLabels[c.type], c.text, c.proposedChange.trim() || '—']),
    },
  ];
};

/** Why most 评分理由 cells are empty: the rules ask for a reason only at the ends of a criterion's range. */
const justificationNote = ({ rules }: SubmissionRecord): Block => {
  const { bottom, top } = rules.justification;
  return {
    kind: 'paragraph',
    text: `注：得分不高于该要素满分的 ${bottom.numerator}/${bottom.denominator} 或不低于满分的 ${top.denominator - top.numerator}/${top.denominator} 时，须填写评分理由。`,
  };
};

/**
 * Whether and when the expert signed the pledge, never suggesting it came before the sheet when it
 * was signed after the preliminary score went in.
 */
const pledgeStatement = (record: SubmissionRecord, sheet: ExpertSheet): string => {
  const { sheet: sheetName, materials } = wordingFor(record.rubric);
  const pledge = record.pledges.find((p) => p.expertId === sheet.expert.id);
  if (pledge === undefined) return `本人未在系统中签署《${pledgeTitle}》，以纸质签署为准。本${sheetName}系本人独立作出。`;
  const signedAt = chineseDateTime(pledge.signedAt, record.meeting);
  const own = `本${sheetName}系本人依据${materials}独立作出。`;
  if (pledgePreceded(pledge, sheet.firstSubmittedAt)) return `本人已于 ${signedAt} 签署《${pledgeTitle}》，${own}`;
  const which = sheet.versionCount > 1 ? `本${sheetName}初评` : `本${sheetName}`;
  return `本人于 ${signedAt} 签署《${pledgeTitle}》，晚于${which}的提交时间（${chineseDateTime(sheet.firstSubmittedAt, record.meeting)}）。${own}`;
};

/** Where the signature would be on a version the secretary entered from the expert's signed paper sheet. */
const proxyNote = '秘书代录（纸质评分表）';

/**
 * 专家评分表 of one expert for one submission: the final scores, with a justification where the rules
 * ask for one, comments, recommendation, the pledge statement, and the signature drawn when this
 * version was submitted (an empty line to sign on paper for a version that has none, or the 代录 note
 * for one entered from paper).
 */
export const scoreSheetDocument = (record: SubmissionRecord, sheet: ExpertSheet, options: DocumentOptions): DocumentSpec => {
  const { expert, final } = sheet;
  const image = signatureImage(final.signatureImage, `提交于 ${chineseDateTime(final.submittedAt, record.meeting)}`);
  const versionText =
    sheet.versionCount > 1 ? `第 ${final.versionNo} 版（终评，初评为第 1 版），提交于 ${chineseDateTime(final.submittedAt, record.meeting)}` : `第 ${final.versionNo} 版，提交于 ${chineseDateTime(final.submittedAt, record.meeting)}`;
  const veto = final.veto;
  const vetoCriterion = veto === null ? '' : (record.rubric.criteria.find((c) => c.id === veto.criterionId)?.name.zh ?? veto.criterionId);
  const wording = wordingFor(record.rubric);
  const title = `专家${wording.sheet}`;
  const scored = sheetScored(record, sheet);
  const marks = scored ? [scoresTable(record, sheet), justificationNote(record)] : [remarksTable(record, sheet)];
  const sections: [string, Block[]][] = [
    [scored ? '评分' : '评审要素意见', [...marks, ...(veto === null ? [] : [{ kind: 'paragraph', text: [{ text: `否决意见（${vetoCriterion}）：`, bold: true }, { text: veto.reason }] } as Block])]],
    ['总体意见', [{ kind: 'paragraph', indentFirstLine: true, text: final.opinion.trim() || '（未填写）' }]],
    ['章条意见', commentBlocks(record, sheet)],
    ['推荐结论', [{ kind: 'paragraph', text: [{ text: '推荐结论：', bold: true }, { text: recommendationLabels[final.recommendation], bold: true }] }]],
  ];
  return submissionDocument(record, options, {
    title,
    keywords: [wording.sheet, expert.name],
    blocks: [
      { kind: 'title', text: title, subtitle: standardTitle(record) },
      {
        kind: 'facts',
        items: [
          { label: '会议名称', value: record.meeting.title },
          { label: '评审专家', value: `${expert.name}（${roleLabels[expert.role]}）` },
          { label: '工作单位', value: expert.organization },
          { label: '职称', value: expert.title || '—' },
          { label: scored ? '评分版本' : '提交版本', value: versionText },
        ],
      },
      ...sections.flatMap(([heading, blocks], index): Block[] => [{ kind: 'heading', level: 2, text: `${sectionNumber(index)}${heading}` }, ...blocks]),
      { kind: 'paragraph', indentFirstLine: true, text: pledgeStatement(record, sheet) },
      {
        kind: 'signatures',
        items: [{ label: '评审专家', name: expert.name, ...(image === undefined ? {} : { image }), ...(final.enteredBy === 'secretary' ? { note: proxyNote } : {}) }],
        date: chineseDate(final.submittedAt, record.meeting),
      },
    ],
  });
};
