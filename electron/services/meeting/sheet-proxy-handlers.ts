import type { HostHandlers } from '../../../shared/api/contract.js';
import type { MeetingDeps } from './meeting-deps.js';
import { requireWorkstation } from './actor.js';
import { expertOf } from './meeting-records.js';
import { expertSheetAccess } from './sheet-access.js';
import { blankSheet, requireRubricCriteria, submitSheetVersion } from './sheet-version.js';

/**
 * 代录: the secretary enters an expert's signed paper score sheet for an expert without a device.
 * No PIN, since the expert hands over paper rather than acting here; otherwise the expert is held to
 * every rule of `sheet.submit` (present, pledged, not recused, a phase that takes a submission, the
 * engine's checks), and the version and the audit trail say the secretary entered it.
 */
export const createSheetProxyHandlers = ({ store, now }: MeetingDeps): Pick<HostHandlers, 'sheet.proxySubmit'> => ({
  'sheet.proxySubmit': async ({ meetingId, submissionId, expertId, content, reason }, caller) => {
    requireWorkstation(caller);
    const key = { meetingId, submissionId, expertId };
    return store.write({ meetingId }, (tx) => {
      const access = expertSheetAccess(tx, expertOf(tx, meetingId, expertId), key, 'edit', '代录评分表');
      requireRubricCriteria(access.snapshot.rubric, content);
      const at = now();
      const sheet = { ...(access.sheet ?? blankSheet(key, access.snapshot.rubric, at)), draft: content, updatedAt: at };
      return submitSheetVersion(tx, access, sheet, { reason, signing: { by: 'secretary' }, at });
    });
  },
});
