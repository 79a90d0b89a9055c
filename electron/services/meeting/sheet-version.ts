import { HostFailure } from '../../../shared/api/result.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import type { ScoreSheet, ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import { sheetIssue } from '../../../shared/engine/validate-sheet.js';
import { emptySheetContent } from '../../../shared/meeting/sheet-content.js';
import { contentToSubmit, submissionIssues } from '../../../shared/meeting/sheet-submission.js';
import type { MeetingTx } from './meeting-store.js';
import type { SheetAccess, SheetKey } from './sheet-access.js';

/** A signature drawn on the pad: a PNG data URL. */
const drawnSignature = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/u;

export const blankSheet = (key: SheetKey, rubric: Rubric, at: string): ScoreSheet => ({
  id: `${key.submissionId}/${key.expertId}`,
  ...key,
  rubricId: rubric.id,
  status: 'draft',
  draft: emptySheetContent(rubric),
  versions: [],
  updatedAt: at,
});

/** A draft scores the meeting's rubric: each of its criteria once, no other. */
export const requireRubricCriteria = (rubric: Rubric, content: ScoreSheetContent): void => {
  const sent = content.scores.map((s) => s.criterionId).sort();
  const expected = rubric.criteria.map((c) => c.id).sort();
  if (sent.length !== expected.length || sent.some((id, i) => id !== expected[i])) {
    throw new HostFailure('invalid', `评分表的评审要素须与本次会议的评分表「${rubric.name.zh}」一致`, 'content.scores');
  }
};

/** Who vouches for a version: the signature the expert just drew, or the secretary entering their signed paper sheet. */
export type VersionSigning = { by: 'expert'; signatureImage: string } | { by: 'secretary' };

/**
 * The sheet's draft becomes its next version, if the engine accepts it: version 1 is the preliminary
 * score, a later one a revision whose reason the audit trail keeps. The version keeps a justification
 * only where its score needs one. Refused with code `sheet-rejected` and every issue as data.
 */
export const submitSheetVersion = (
  tx: MeetingTx,
  { expert, snapshot, comments }: SheetAccess,
  sheet: ScoreSheet,
  { reason, signing, at }: { reason: string; signing: VersionSigning; at: string },
): { versionNo: number } => {
  const { rubric, rules } = snapshot;
  const last = sheet.versions.at(-1);
  const issues = submissionIssues({ rubric, rules, draft: sheet.draft, comments, last, reason });
  if (signing.by === 'expert' && !drawnSignature.test(signing.signatureImage)) issues.push(sheetIssue('signature', 'sheet.signatureMissing', {}));
  const content = contentToSubmit(rubric, rules, sheet.draft);
  const { recommendation } = content;
  if (issues.length > 0 || recommendation === null) {
    throw new HostFailure('sheet-rejected', issues.map((i) => i.message).join('；'), undefined, issues);
  }
  const versionNo = sheet.versions.length + 1;
  const signed = signing.by === 'expert' ? { signatureImage: signing.signatureImage } : { signatureImage: null, enteredBy: 'secretary' as const };
  tx.scoreSheets.put({
    ...sheet,
    status: 'submitted',
    versions: [...sheet.versions, { ...content, recommendation, versionNo, submittedAt: at, ...signed }],
    updatedAt: at,
  });
  const details = { sheetId: sheet.id, versionNo, reason: reason.trim(), recommendation };
  const entry = { meetingId: sheet.meetingId, submissionId: sheet.submissionId, at };
  if (signing.by === 'secretary') {
    tx.audit.append({ ...entry, actor: 'secretary', action: 'score-sheet.proxy-submit', details: { expertId: expert.id, ...details } });
  } else {
    tx.audit.append({ ...entry, actor: expert.id, action: versionNo === 1 ? 'score-sheet.submit' : 'score-sheet.revise', details });
  }
  return { versionNo };
};
