import type { sheetCalls } from '../../../shared/api/calls/sheet-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import type { MeetingDeps } from './meeting-deps.js';
import { sheetAccess, type SheetKey } from './sheet-access.js';
import { replaceOwnComments } from './sheet-comments.js';
import { createSheetHistoryHandlers } from './sheet-history-handlers.js';
import { createSheetProxyHandlers } from './sheet-proxy-handlers.js';
import { blankSheet, requireRubricCriteria, submitSheetVersion } from './sheet-version.js';

type SheetHandlers = Pick<HostHandlers, keyof typeof sheetCalls>;

const sheetKeyOf = ({ meetingId, submissionId, expertId }: SheetKey): SheetKey => ({ meetingId, submissionId, expertId });

export const createSheetHandlers = (deps: MeetingDeps): SheetHandlers => {
  const { store, acting, now } = deps;
  return {
    'sheet.open': async (args, caller) => {
      const key = sheetKeyOf(args);
      const found = store.read((tx) => sheetAccess(tx, caller, acting, key, 'read', '查看评分表'));
      if (found.sheet !== undefined) return { sheet: found.sheet, comments: found.comments };
      // A sheet that can no longer be edited is shown blank rather than created after the fact.
      if (found.mode === 'read') return { sheet: blankSheet(key, found.snapshot.rubric, now()), comments: found.comments };
      return store.write({ meetingId: key.meetingId, submissionId: key.submissionId }, (tx) => {
        const { sheet, snapshot, comments } = sheetAccess(tx, caller, acting, key, 'edit', '填写评分表');
        return { sheet: sheet ?? tx.scoreSheets.put(blankSheet(key, snapshot.rubric, now())), comments };
      });
    },

    'sheet.saveDraft': async (args, caller) => {
      const key = sheetKeyOf(args);
      return store.write({ meetingId: key.meetingId, submissionId: key.submissionId }, (tx) => {
        const { expert, sheet, snapshot, comments } = sheetAccess(tx, caller, acting, key, 'edit', '修改评分表');
        if (sheet === undefined) throw new HostFailure('not-found', `专家${expert.name}尚未打开该项目的评分表`, 'expertId');
        requireRubricCriteria(snapshot.rubric, args.content);
        tx.scoreSheets.put({ ...sheet, draft: args.content, updatedAt: now() });
        replaceOwnComments(tx, key, expert.name, comments, args.comments);
        return null;
      });
    },

    /** The saved draft becomes the next version, signed with the signature the expert just drew. */
    'sheet.submit': async (args, caller) => {
      const key = sheetKeyOf(args);
      return store.write({ meetingId: key.meetingId, submissionId: key.submissionId }, (tx) => {
        const access = sheetAccess(tx, caller, acting, key, 'edit', '提交评分表');
        if (access.sheet === undefined) throw new HostFailure('not-found', `专家${access.expert.name}尚未打开该项目的评分表`, 'expertId');
        return submitSheetVersion(tx, access, access.sheet, { reason: args.reason, signing: { by: 'expert', signatureImage: args.signatureImage }, at: now() });
      });
    },

    ...createSheetProxyHandlers(deps),
    ...createSheetHistoryHandlers(deps),
  };
};
