import type { Meeting } from '../../model/meeting.js';
import type { Block, DocumentSpec } from '../layout/blocks.js';
import type { SubmissionRecord } from '../meeting-record.js';
import { withResultWordsKept } from './result-words.js';

export type DocumentOptions = {
  /** When the documents were generated: their metadata date. */
  generatedAt: Date;
};

export const pageNumberLabel = (page: number, pages: number): string => `第 ${page} 页 共 ${pages} 页`;

/**
 * 《电动自行车用锂离子电池组》（T/ZZB 3581—2026）: a draft with its proposed code; a standard under
 * periodic review with the code it was published under, as the opinion on it names it.
 */
export const standardTitle = ({ submission, rubric }: Pick<SubmissionRecord, 'submission' | 'rubric'>): string => {
  const code = (rubric.reviewType === 'periodic' ? (submission.revisionOf ?? submission.proposedCode) : submission.proposedCode).trim();
  return code === '' ? `《${submission.standardName}》` : `《${submission.standardName}》（${code}）`;
};

type DocumentContent = { title: string; keywords: string[]; blocks: Block[]; orientation?: 'portrait' | 'landscape' };

/**
 * Every document of a meeting: the meeting in the running header, the organiser as author, metadata
 * in Chinese, and result words (不通过, 修改后通过…) never broken across two lines.
 */
export const meetingDocument = (
  meeting: Meeting,
  options: DocumentOptions,
  document: DocumentContent & { metadataTitle: string; subject: string; ids: string[] },
): DocumentSpec => ({
  metadata: {
    title: document.metadataTitle,
    author: meeting.organizer.trim() === '' ? '审评专家组' : meeting.organizer,
    subject: document.subject,
    language: 'zh-CN',
    keywords: ['浙江制造', document.title, meeting.id, ...document.ids, ...document.keywords],
    createdAt: options.generatedAt,
  },
  runningHeader: meeting.title,
  pageNumberLabel,
  orientation: document.orientation ?? 'portrait',
  blocks: withResultWordsKept(document.blocks),
});

/** A document about one submission, titled with its standard. */
export const submissionDocument = (record: SubmissionRecord, options: DocumentOptions, document: DocumentContent): DocumentSpec =>
  meetingDocument(record.meeting, options, {
    ...document,
    metadataTitle: `${document.title}：《${record.submission.standardName}》`,
    subject: `${record.meeting.title} ${standardTitle(record)}`,
    ids: [record.submission.id],
  });
