import type { ComplianceReport } from '../../model/compliance-report.js';
import type { Meeting } from '../../model/meeting.js';
import type { Submission } from '../../model/submission.js';
import type { Block, DocumentSpec } from '../layout/blocks.js';
import { type DocumentOptions, meetingDocument } from './document-frame.js';

export const precheckListTitle = '合规性预检清单';

export const precheckListColumns = ['序号', '规则', '章条/页', '原文', '规则内容'] as const;
const widths = [0.05, 0.21, 0.08, 0.28, 0.38];

const placeOf = (finding: ComplianceReport['findings'][number]): string =>
  finding.clause ?? (finding.page === undefined ? '全文' : `第 ${finding.page} 页`);

const submissionBlocks = (submission: Submission, report: ComplianceReport | null, index: number): Block[] => {
  const heading: Block = { kind: 'heading', level: 1, text: `${index + 1}\u3000《${submission.standardName}》${submission.proposedCode.trim() === '' ? '' : `（${submission.proposedCode.trim()}）`}` };
  if (report === null) return [heading, { kind: 'paragraph', text: '尚未预检。' }];
  if (report.problem !== null) return [heading, { kind: 'paragraph', text: `未能预检：${report.problem}` }];
  const read: Block = { kind: 'paragraph', text: `预检材料：${report.draftTitle}；发现 ${report.findings.length} 处可能的问题。` };
  if (report.findings.length === 0) return [heading, read];
  return [
    heading,
    read,
    {
      kind: 'table',
      columns: precheckListColumns.map((title, column) => ({ title, width: widths[column] ?? 0, ...(column === 0 ? { align: 'center' as const } : {}) })),
      rows: report.findings.map((finding, row) => [String(row + 1), finding.rule, placeOf(finding), finding.quote, finding.ruleText]),
    },
  ];
};

/**
 * The secretary's printable list of the pre-check's findings, every submission in turn: suggestions
 * for the experts to weigh, stated as such, never part of a score.
 */
export const precheckListDocument = (
  meeting: Meeting,
  entries: readonly { submission: Submission; report: ComplianceReport | null }[],
  options: DocumentOptions,
): DocumentSpec =>
  meetingDocument(meeting, options, {
    title: precheckListTitle,
    metadataTitle: `${precheckListTitle}：${meeting.title}`,
    subject: meeting.title,
    ids: entries.map((entry) => entry.submission.id),
    keywords: ['GB/T 1.1—2020'],
    orientation: 'landscape',
    blocks: [
      { kind: 'title', text: precheckListTitle, subtitle: meeting.title },
      { kind: 'paragraph', text: '本清单由工作站按 GB/T 1.1—2020 和「浙江制造」标准结构自动预检生成，仅供专家审评参考，不作为评分依据。' },
      ...entries.flatMap((entry, index) => submissionBlocks(entry.submission, entry.report, index)),
    ],
  });
