import { rubricFor } from '../engine/review-config.js';
import type { DocumentSpec } from './layout/blocks.js';
import { commentTableDocument } from './content/comment-table.js';
import type { DocumentOptions } from './content/document-frame.js';
import { minutesDocument } from './content/minutes.js';
import { opinionDocument } from './content/opinion.js';
import { pledgeDocument } from './content/pledge.js';
import { scoreSheetDocument } from './content/score-sheet.js';
import { signatureSheetDocument } from './content/signature-sheet.js';
import { type DocumentFileSubject, documentFileName, type DocumentFormat } from './file-names.js';
import { type MeetingRecord, submissionRecord } from './meeting-record.js';

/** One document to render, named but not yet laid out. */
export type PlannedDocument = { subject: DocumentFileSubject; spec: DocumentSpec };

/** The papers of one submission: the panel's opinion, one score sheet per counted expert, the signature sheet, the comment table. */
export const submissionDocuments = (record: MeetingRecord, submissionId: string, options: DocumentOptions): PlannedDocument[] => {
  const submission = submissionRecord(record, submissionId);
  const subject = { meetingId: record.meeting.id, reviewType: submission.rubric.reviewType, submissionId };
  return [
    { subject: { ...subject, kind: 'opinion' }, spec: opinionDocument(submission, options) },
    ...submission.sheets.map(
      (sheet): PlannedDocument => ({
        subject: { ...subject, kind: 'score-sheet', expert: { id: sheet.expert.id, name: sheet.expert.name } },
        spec: scoreSheetDocument(submission, sheet, options),
      }),
    ),
    { subject: { ...subject, kind: 'signature-sheet' }, spec: signatureSheetDocument(submission, options) },
    { subject: { ...subject, kind: 'comment-table' }, spec: commentTableDocument(submission, options) },
  ];
};

/** The minutes of the whole meeting (every submission of `record`), the experts' pledges, then every submission's papers in submission order. */
export const meetingDocuments = (record: MeetingRecord, options: DocumentOptions): PlannedDocument[] => {
  const meeting = { meetingId: record.meeting.id, reviewType: rubricFor(record.meeting).reviewType };
  return [
    { subject: { ...meeting, kind: 'minutes' }, spec: minutesDocument(record, options) },
    { subject: { ...meeting, kind: 'pledge' }, spec: pledgeDocument(record, options) },
    ...record.submissions.flatMap((s) => submissionDocuments(record, s.id, options)),
  ];
};

export type RenderedFile = { name: string; bytes: Uint8Array };

export type DocumentRenderers = Record<DocumentFormat, (spec: DocumentSpec) => Promise<Uint8Array>>;

/**
 * Renders each planned document in both formats, one file at a time, reporting each finished
 * file so a screen can show progress; the formats come in as functions, so this stays free of fonts.
 */
export const renderDocuments = async (
  planned: readonly PlannedDocument[],
  renderers: DocumentRenderers,
  onFile?: (done: number, total: number, name: string) => void,
): Promise<RenderedFile[]> => {
  const formats: DocumentFormat[] = ['pdf', 'docx'];
  const total = planned.length * formats.length;
  const files: RenderedFile[] = [];
  for (const document of planned) {
    for (const format of formats) {
      const name = documentFileName(document.subject, format);
      files.push({ name, bytes: await renderers[format](document.spec) });
      onFile?.(files.length, total, name);
    }
  }
  return files;
};
