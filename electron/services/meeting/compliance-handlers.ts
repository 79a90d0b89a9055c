import type { complianceCalls } from '../../../shared/api/calls/compliance-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import { steppedBackFrom } from '../../../shared/meeting/stepped-back.js';
import type { ComplianceReport } from '../../../shared/model/compliance-report.js';
import type { MaterialStore } from '../package/material-store.js';
import { requireMeetingOf, requireWorkstation } from './actor.js';
import { draftOf, runComplianceCheck } from './compliance-run.js';
import type { MeetingDeps } from './meeting-deps.js';
import { submissionOf } from './meeting-records.js';

type ComplianceHandlers = Pick<HostHandlers, keyof typeof complianceCalls>;

/** The pre-check of issue 14: the host reads the drafts from its material store; the findings are kept per submission. */
export const createComplianceHandlers = ({ store, now }: MeetingDeps, materials: MaterialStore): ComplianceHandlers => {
  const check = async (meetingId: string, submissionId: string): Promise<ComplianceReport> => {
    const submitted = store.read((tx) => {
      submissionOf(tx, meetingId, submissionId);
      return tx.materials.list(meetingId, { submissionId });
    });
    const result = await runComplianceCheck(submitted, materials);
    const report: ComplianceReport = { id: submissionId, meetingId, submissionId, checkedAt: now(), ...result };
    return store.write({ meetingId, submissionId }, (tx) => {
      // Removed while the draft was being read: nothing to keep the findings with.
      submissionOf(tx, meetingId, submissionId);
      return tx.complianceReports.put(report);
    });
  };

  return {
    'compliance.check': async ({ meetingId, submissionId }, caller) => {
      requireWorkstation(caller);
      return check(meetingId, submissionId);
    },

    'compliance.checkAll': async ({ meetingId }, caller) => {
      requireWorkstation(caller);
      const ids = store.read((tx) => tx.submissions.list(meetingId).map((submission) => submission.id));
      const reports: ComplianceReport[] = [];
      // One after another: two PDFs read at once would only share the same core.
      for (const id of ids) reports.push(await check(meetingId, id));
      return reports;
    },

    'compliance.findings': async ({ meetingId, submissionId }, caller) => {
      requireMeetingOf(caller, meetingId);
      return store.read((tx) => {
        submissionOf(tx, meetingId, submissionId);
        // The findings quote the draft: an expert who stepped back from it reads neither.
        if (caller.scope === 'expert' && steppedBackFrom(tx.recusals.list(meetingId, { expertId: caller.expertId }), caller.expertId).has(submissionId))
          throw new HostFailure('forbidden', '已回避此项目，不能查看其合规性预检结果', 'submissionId');
        const report = tx.complianceReports.get(meetingId, submissionId);
        // Checked against a draft the submission no longer has (a re-import replaced it): as if never checked.
        const draft = draftOf(tx.materials.list(meetingId, { submissionId }));
        return report !== undefined && report.draftSha256 === (draft?.sha256 ?? null) ? report : null;
      });
    },
  };
};
