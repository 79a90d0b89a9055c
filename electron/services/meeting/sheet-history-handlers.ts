import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import { versionReasons } from '../../../shared/meeting/sheet-history.js';
import type { MeetingDeps } from './meeting-deps.js';
import { actingExpertId, requireActingExpert, requireMeetingOf } from './actor.js';
import { submissionOf } from './meeting-records.js';

/**
 * An expert's own sheet history: only ever the caller's own sheet, so the arguments name no expert
 * and blind scoring has nothing to hide from it.
 */
export const createSheetHistoryHandlers = ({ store, acting }: MeetingDeps): Pick<HostHandlers, 'sheet.history'> => ({
  'sheet.history': async ({ meetingId, submissionId }, caller) => {
    requireMeetingOf(caller, meetingId);
    return store.read((tx) => {
      const expertId = actingExpertId(caller, acting, meetingId);
      if (expertId === null) throw new HostFailure('not-unlocked', '须由专家本人输入 PIN 解锁后才能查看本人的评分记录', 'expertId');
      requireActingExpert(tx, caller, acting, meetingId, expertId);
      submissionOf(tx, meetingId, submissionId);
      const sheet = tx.scoreSheets.list(meetingId, { submissionId, expertId })[0];
      if (sheet === undefined) return { expertId, versions: [] };
      const reasons = versionReasons(tx.audit.ofMeeting(meetingId), sheet.id);
      return { expertId, versions: sheet.versions.map((version) => ({ ...version, reason: reasons.get(version.versionNo) ?? '' })) };
    });
  },
});
