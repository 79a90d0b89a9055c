import type { sheetCalls } from '../../../shared/api/calls/sheet-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import { emptySheetContent } from '../../../shared/meeting/sheet-content.js';
import { contentToSubmit, submissionIssues } from '../../../shared/meeting/sheet-submission.js';
import type { Rubric } from '../../../shared/model/rubric.js';
import type { ScoreSheet, ScoreSheetContent } from '../../../shared/model/score-sheet.js';
import type { MeetingDeps } from './meeting-deps.js';
import { sheetAccess, type SheetKey } from './sheet-access.js';
import { replaceOwnComments } from './sheet-comments.js';
import { sheetIssue } from '../../../shared/engine/validate-sheet.js';

type SheetHandlers = Pick<HostHandlers, keyof typeof sheetCalls>;

/** A signature drawn on the pad: a PNG data URL. */
const drawnSignature = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/u;

const blankSheet = (key: SheetKey, rubric: Rubric, at: string): ScoreSheet => ({
  id: `${key.submissionId}/${key.expertId}`,
  ...key,
  rubricId: rubric.id,
  status: 'draft',
  draft: emptySheetContent(rubric),
  versions: [],
  updatedAt: at,
});

/** A draft scores the meeting's rubric: each of its criteria once, no other. */
const requireRubricCriteria = (rubric: Rubric, content: ScoreSheetContent): void => {
  const sent = content.scores.map((s) => s.criterionId).sort();
  const expected = rubric.criteria.map((c) => c.id).sort();
  if (sent.length !== expected.length || sent.some((id, i) => id !== expected[i])) {
    throw new HostFailure('invalid', `评分表的评审要素须与本次会议的评分表「${rubric.name.zh}」一致`, 'content.scores');
  }
};

const sheetKeyOf = ({ meetingId, submissionId, expertId }: SheetKey): SheetKey => ({ meetingId, submissionId, expertId });

export const createSheetHandlers = ({ store, acting, now }: MeetingDeps): SheetHandlers => ({
  'sheet.open': async (args, caller) => {
    const key = sheetKeyOf(args);
    const found = store.read((tx) => sheetAccess(tx, caller, acting, key, 'read', '查看评分表'));
    if (found.sheet !== undefined) return { sheet: found.sheet, comments: found.comments };
    // A sheet that can no longer be edited is shown blank rather than created after the fact.
    if (found.mode === 'read') return { sheet: blankSheet(key, found.snapshot.rubric, now()), comments: found.comments };
    return store.write({ meetingId: key.meetingId }, (tx) => {
      const { sheet, snapshot, comments } = sheetAccess(tx, caller, acting, key, 'edit', '填写评分表');
      return { sheet: sheet ?? tx.scoreSheets.put(blankSheet(key, snapshot.rubric, now())), comments };
    });
  },

  'sheet.saveDraft': async (args, caller) => {
    const key = sheetKeyOf(args);
    return store.write({ meetingId: key.meetingId }, (tx) => {
      const { expert, sheet, snapshot, comments } = sheetAccess(tx, caller, acting, key, 'edit', '修改评分表');
      if (sheet === undefined) throw new HostFailure('not-found', `专家${expert.name}尚未打开该项目的评分表`, 'expertId');
      requireRubricCriteria(snapshot.rubric, args.content);
      tx.scoreSheets.put({ ...sheet, draft: args.content, updatedAt: now() });
      replaceOwnComments(tx, key, expert.name, comments, args.comments);
      return null;
    });
  },

  /**
   * The saved draft becomes the next version, signed with the signature the expert just drew:
   * version 1 is the preliminary score, a later one a revision whose reason the audit trail keeps.
   * The version keeps a justification only where its score needs one.
   */
  'sheet.submit': async (args, caller) => {
    const key = sheetKeyOf(args);
    return store.write({ meetingId: key.meetingId }, (tx) => {
      const { expert, sheet, snapshot, comments } = sheetAccess(tx, caller, acting, key, 'edit', '提交评分表');
      if (sheet === undefined) throw new HostFailure('not-found', `专家${expert.name}尚未打开该项目的评分表`, 'expertId');
      const { rubric, rules } = snapshot;
      const last = sheet.versions.at(-1);
      const issues = submissionIssues({ rubric, rules, draft: sheet.draft, comments, last, reason: args.reason });
      if (!drawnSignature.test(args.signatureImage)) issues.push(sheetIssue('signature', 'sheet.signatureMissing', {}));
      const content = contentToSubmit(rubric, rules, sheet.draft);
      const { recommendation } = content;
      if (issues.length > 0 || recommendation === null) {
        throw new HostFailure('sheet-rejected', issues.map((i) => i.message).join('；'), undefined, issues);
      }
      const at = now();
      const versionNo = sheet.versions.length + 1;
      tx.scoreSheets.put({
        ...sheet,
        status: 'submitted',
        versions: [...sheet.versions, { ...content, recommendation, versionNo, submittedAt: at, signatureImage: args.signatureImage }],
        updatedAt: at,
      });
      tx.audit.append({
        meetingId: key.meetingId,
        submissionId: key.submissionId,
        actor: expert.id,
        action: versionNo === 1 ? 'score-sheet.submit' : 'score-sheet.revise',
        at,
        details: { sheetId: sheet.id, versionNo, reason: args.reason.trim(), recommendation },
      });
      return { versionNo };
    });
  },
});
