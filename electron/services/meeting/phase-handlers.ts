import type { phaseCalls } from '../../../shared/api/calls/phase-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import { checkTransition } from '../../../shared/engine/lifecycle.js';
import { reviewSnapshotFor } from '../../../shared/meeting/meeting-data.js';
import { actingExpertId, requireWorkstation } from './actor.js';
import type { MeetingDeps } from './meeting-deps.js';
import { submissionOf } from './meeting-records.js';
import { readSubmissionData } from './read-meeting-data.js';
import { refusedBy } from '../../../shared/api/engine-refusal.js';

type PhaseHandlers = Pick<HostHandlers, keyof typeof phaseCalls>;

export const createPhaseHandlers = ({ store, acting, now }: MeetingDeps): PhaseHandlers => ({
  /**
   * Moves one submission to its next phase when the engine's guards allow it, checked against the
   * stored data in the write that changes the phase and audits it. The secretary's act, or the
   * expert unlocked at this workstation (the chair, usually), who is then named in the audit.
   */
  'submission.advancePhase': async ({ meetingId, submissionId, to }, caller) => {
    requireWorkstation(caller);
    return store.write({ meetingId, submissionId }, (tx) => {
      const submission = submissionOf(tx, meetingId, submissionId);
      const data = readSubmissionData(tx, meetingId, submissionId);
      if (data === null) throw new HostFailure('not-found', `找不到审评会 ${meetingId}`, 'meetingId');
      const check = checkTransition(reviewSnapshotFor(data, submission), to);
      if (!check.allowed) throw refusedBy(check.messages, 'to');
      const expertId = actingExpertId(caller, acting, meetingId);
      if (expertId !== null) acting.touch(caller.clientId);
      tx.submissions.put({ ...submission, phase: to });
      tx.audit.append({ meetingId, submissionId, actor: expertId ?? 'secretary', action: 'submission.phase', at: now(), details: { from: submission.phase, to } });
      return null;
    });
  },
});
