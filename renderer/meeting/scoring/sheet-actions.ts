import { HostFailure } from '../../../shared/api/result.js';
import type { SheetIssue } from '../../../shared/engine/validate-sheet.js';
import type { ReviewComment } from '../../../shared/model/comment.js';
import type { ScoreSheet, ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { callHost } from '../../host/host-client.js';

export type SheetKey = { meetingId: string; submissionId: string; expertId: string };

/** What the expert is working on: the sheet's draft and their clause comments on the submission. */
export type SheetDraft = { content: ScoreSheetContent; comments: ReviewComment[] };

/** The expert's sheet and comments; the host creates a blank draft the first time the sheet may be edited. */
export const openSheet = (key: SheetKey): Promise<{ sheet: ScoreSheet; comments: ReviewComment[] }> => callHost('sheet.open', key);

/** Writes the working draft and the expert's comments together; resolves once the host has committed them. */
export const saveSheetDraft = async (key: SheetKey, draft: SheetDraft): Promise<void> => {
  await callHost('sheet.saveDraft', { ...key, content: draft.content, comments: draft.comments });
};

/** Submits the saved draft as the next version, signed with the signature just drawn; resolves to its version number. */
export const submitSheet = async (key: SheetKey, reason: string, signatureImage: string): Promise<number> =>
  (await callHost('sheet.submit', { ...key, reason, signatureImage })).versionNo;

/** The engine's issues when the host refused a submission, one per field; null when it failed for another reason. */
export const rejectedIssues = (error: unknown): SheetIssue[] | null =>
  error instanceof HostFailure && error.code === 'sheet-rejected' ? (error.issues ?? []) : null;

/** How a score sheet reaches the host: directly at the workstation; through the device's outbox in the expert app. */
export type SheetActions = {
  open: typeof openSheet;
  saveDraft: typeof saveSheetDraft;
  submit: typeof submitSheet;
};

export const hostSheetActions: SheetActions = { open: openSheet, saveDraft: saveSheetDraft, submit: submitSheet };
