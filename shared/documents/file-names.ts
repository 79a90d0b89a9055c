import type { ReviewType } from '../model/review-type.js';
import { reviewWordings } from '../rubrics/review-wording.js';

/** What a generated document is; its Chinese name ends the file name. */
export type DocumentKind = 'minutes' | 'opinion' | 'score-sheet' | 'signature-sheet' | 'comment-table' | 'pledge';

/** A document's title in the words of its review kind: 审评会议纪要, 立项审查意见, 专家复审意见表, … */
export const documentTitle = (kind: DocumentKind, reviewType: ReviewType): string => {
  const { review, sheet } = reviewWordings[reviewType];
  const titles: Readonly<Record<DocumentKind, string>> = {
    minutes: `${review}会议纪要`,
    opinion: `${review}意见`,
    'score-sheet': `专家${sheet}`,
    'signature-sheet': '专家签字表',
    'comment-table': '意见汇总处理表',
    pledge: '专家承诺书',
  };
  return titles[kind];
};

export type DocumentFormat = 'pdf' | 'docx';

const reservedOnWindows = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\..*)?$/iu;
// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows forbids in names
const forbiddenOnWindows = /[<>:"/\\|?*\u0000-\u001f]/gu;

/**
 * One component of a path, safe on Windows, macOS and Linux: forbidden characters become 「_」,
 * trailing dots and spaces go, reserved device names get a 「_」 prefix, and it stays under 120 characters.
 */
export const safeFileName = (name: string): string => {
  const cleaned = [...name.replace(forbiddenOnWindows, '_').trim()].slice(0, 120).join('').replace(/[. ]+$/u, '');
  if (cleaned === '') return '_';
  return reservedOnWindows.test(cleaned) ? `_${cleaned}` : cleaned;
};

export type DocumentFileSubject = {
  meetingId: string;
  /** The meeting's review kind, which names the minutes, opinions and sheets; absent means a technical review. */
  reviewType?: ReviewType;
  /** Absent for a document of the whole meeting, such as the 专家承诺书. */
  submissionId?: string;
  kind: DocumentKind;
  /** Score sheets only: whose sheet it is. */
  expert?: { id: string; name: string };
};

/**
 * `M-2026-0147_S01_审评会议纪要.pdf`, `M-2026-0147_S01_E03_吴海峰_专家评分表.docx`: meeting, submission,
 * expert where there is one, then what the document is, so a folder lists each submission's papers together.
 */
export const documentFileName = (subject: DocumentFileSubject, format: DocumentFormat): string => {
  const parts = subject.submissionId === undefined ? [subject.meetingId] : [subject.meetingId, subject.submissionId];
  if (subject.expert !== undefined) parts.push(subject.expert.id, subject.expert.name);
  parts.push(documentTitle(subject.kind, subject.reviewType ?? 'technical'));
  return `${safeFileName(parts.join('_'))}.${format}`;
};

/** The folder a meeting's documents are saved in: `<meeting id> <meeting title>`. */
export const meetingFolderName = (meeting: { id: string; title: string }): string => safeFileName(`${meeting.id} ${meeting.title}`);
