import type { Block, DocumentSpec } from '../layout/blocks.js';
import type { SubmissionRecord } from '../meeting-record.js';

export type DocumentOptions = {
  /** When the documents were generated: their metadata date. */
  generatedAt: Date;
};

export const pageNumberLabel = (page: number, pages: number): string => `第 ${page} 页 共 ${pages} 页`;

/** 《电动自行车用锂离子电池组》（T/ZZB 3581—2026） */
export const standardTitle = (submission: SubmissionRecord['submission']): string => {
  const code = submission.proposedCode.trim();
  return code === '' ? `《${submission.standardName}》` : `《${submission.standardName}》（${code}）`;
};

/** Every document of a submission: the meeting in the running header, the organiser as author, metadata in Chinese. */
export const submissionDocument = (
  record: SubmissionRecord,
  options: DocumentOptions,
  document: { title: string; keywords: string[]; blocks: Block[]; orientation?: 'portrait' | 'landscape' },
): DocumentSpec => ({
  metadata: {
    title: `${document.title}：《${record.submission.standardName}》`,
    author: record.meeting.organizer.trim() === '' ? '审评专家组' : record.meeting.organizer,
    subject: `${record.meeting.title} ${standardTitle(record.submission)}`,
    language: 'zh-CN',
    keywords: ['浙江制造', document.title, record.meeting.id, record.submission.id, ...document.keywords],
    createdAt: options.generatedAt,
  },
  runningHeader: record.meeting.title,
  pageNumberLabel,
  orientation: document.orientation ?? 'portrait',
  blocks: document.blocks,
});
