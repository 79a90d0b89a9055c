import type { HostHandlers } from '../../../shared/api/contract.js';
import type { MeetingDeps } from './meeting-deps.js';
import { requireWorkstation } from './actor.js';
import { expertOf } from './meeting-records.js';
import { expertSheetAccess } from './sheet-access.js';
import { replaceOwnComments } from './sheet-comments.js';
import { blankSheet, requireRubricCriteria, submitSheetVersion } from './sheet-version.js';

/**
 * 代录: the secretary enters an expert's signed paper score sheet for an expert without a device.
 * No PIN, since the expert hands over paper rather than acting here; otherwise the expert is held to
 * every rule of `sheet.submit` (present, pledged, not recused, a phase that takes a submission, the
 * engine's checks), and the version and the audit trail say the secretary entered it. The paper's
 * clause comments are checked and stored as the expert's own, as a draft save stores them, but added
 * to what the expert already wrote rather than replacing it: blind scoring may hide the expert's own
 * device comments from the secretary, and a paper sheet must never erase what it could not show.
 */
export const createSheetProxyHandlers = ({ store, now }: MeetingDeps): Pick<HostHandlers, 'sheet.proxySubmit'> => ({
  'sheet.proxySubmit': async ({ meetingId, submissionId, expertId, content, reason, comments }, caller) => {
    requireWorkstation(caller);
    const key = { meetingId, submissionId, expertId };
    return store.write({ meetingId, submissionId }, (tx) => {
      const access = expertSheetAccess(tx, expertOf(tx, meetingId, expertId), key, 'edit', '代录评分表');
      requireRubricCriteria(access.snapshot.rubric, content);
      if (comments !== undefined) {
        const sentIds = new Set(comments.map((c) => c.id));
        const kept = access.comments.filter((c) => !sentIds.has(c.id));
        replaceOwnComments(tx, key, access.expert.name, access.comments, [...comments, ...kept]);
      }
      const at = now();
      const sheet = { ...(access.sheet ?? blankSheet(key, access.snapshot.rubric, at)), draft: content, updatedAt: at };
      return submitSheetVersion(tx, access, sheet, { reason, signing: { by: 'secretary' }, at });
    });
  },
});
