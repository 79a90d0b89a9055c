import { isRequirementFrom } from '../../meeting/revision-requirements.js';
import { wordingFor } from '../../rubrics/review-wording.js';
import type { DocumentSpec } from '../layout/blocks.js';
import type { SubmissionRecord } from '../meeting-record.js';
import { type DocumentOptions, standardTitle, submissionDocument } from './document-frame.js';
import { commentTypeLabels } from './labels.js';

/** The comment table's columns, shared with the benchmark's and tests' expectations. */
export const commentTableColumns = ['序号', '章条号', '意见类型', '意见内容', '修改建议', '提出专家', '处理意见', '备注'] as const;

// 备注 is wide enough for 「已列入修改要求」 on one line.
const widths = [0.05, 0.07, 0.08, 0.27, 0.2, 0.08, 0.13, 0.12];

/**
 * 意见汇总处理表 for the drafting group (the project's proposer in an initiation review), in clause order. 处理意见 stays empty for the drafting
 * group to fill in; 备注 says which comments the panel made revision requirements.
 */
export const commentTableDocument = (record: SubmissionRecord, options: DocumentOptions): DocumentSpec => {
  const requirements = record.verdict.revisionRequirements;
  const nameOf = (expertId: string) => record.panel.find((e) => e.id === expertId)?.name ?? expertId;
  const wording = wordingFor(record.rubric);
  return submissionDocument(record, options, {
    title: '意见汇总处理表',
    keywords: ['意见汇总'],
    orientation: 'landscape',
    blocks: [
      { kind: 'title', text: '意见汇总处理表', subtitle: standardTitle(record) },
      {
        kind: 'facts',
        items: [
          { label: wording.leadLabel, value: record.submission.leadDrafter },
          { label: `${wording.review}会议`, value: record.meeting.title },
          { label: '意见总数', value: `${record.comments.length} 条` },
        ],
      },
      {
        kind: 'table',
        caption: { number: 1, title: '专家意见汇总' },
        columns: commentTableColumns.map((title, index) => ({
          title,
          width: widths[index] ?? 0,
          ...(index === 0 || index === 2 ? { align: 'center' as const } : {}),
        })),
        rows: record.comments.map((c, index) => [
          String(index + 1),
          c.clause,
          commentTypeLabels[c.type],
          c.text,
          c.proposedChange.trim(),
          nameOf(c.expertId),
          '',
          requirements.some((r) => isRequirementFrom(r, c)) ? '已列入修改要求' : '',
        ]),
      },
      {
        kind: 'paragraph',
        text: `填表说明：“处理意见”栏由${wording.respondent}填写“采纳”“部分采纳”或“未采纳”，部分采纳和未采纳的应说明理由。`,
      },
    ],
  });
};
