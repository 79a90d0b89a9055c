import type { Expert } from '../model/expert.js';
import type { Recusal } from '../model/recusal.js';
import type { Submission } from '../model/submission.js';
import { type EngineMessage, type EngineTerm, engineMessage, termParam, zhText } from './engine-message.js';
import { organizationsMatch } from './organization-name.js';

export type ConflictFlag = {
  expertId: string;
  submissionId: string;
  expertOrganization: string;
  drafterOrganization: string;
  /** For the minutes and the chair's confirmation, in Chinese; `reasonMessage` says the same in any language. */
  reason: string;
  reasonMessage: EngineMessage;
};

type Organization = { name: string; role: EngineTerm };

/** One flag per expert and submission where the expert's organisation or an affiliation matches a drafter. */
export const detectConflicts = (
  experts: readonly Pick<Expert, 'id' | 'name' | 'organization' | 'affiliations'>[],
  submissions: readonly Pick<Submission, 'id' | 'standardName' | 'leadDrafter' | 'coDrafters'>[],
): ConflictFlag[] => {
  const flags: ConflictFlag[] = [];
  for (const submission of submissions) {
    const drafters: Organization[] = [
      { name: submission.leadDrafter, role: 'leadDrafter' },
      ...submission.coDrafters.map((name): Organization => ({ name, role: 'coDrafter' })),
    ];
    for (const expert of experts) {
      const own: Organization[] = [
        { name: expert.organization, role: 'organization' },
        ...expert.affiliations.map((name): Organization => ({ name, role: 'affiliation' })),
      ];
      const match = own
        .flatMap((o) => drafters.map((d) => ({ o, d })))
        .find(({ o, d }) => organizationsMatch(o.name, d.name));
      if (match === undefined) continue;
      const reasonMessage = engineMessage('conflict.match', {
        expert: expert.name,
        ownRole: termParam(match.o.role),
        own: match.o.name,
        standard: submission.standardName,
        drafterRole: termParam(match.d.role),
        drafter: match.d.name,
      });
      flags.push({
        expertId: expert.id,
        submissionId: submission.id,
        expertOrganization: match.o.name,
        drafterOrganization: match.d.name,
        reason: zhText(reasonMessage),
        reasonMessage,
      });
    }
  }
  return flags;
};

/** A detected conflict as a recusal record awaiting the chair's confirmation. */
export const recusalFromConflict = (
  flag: ConflictFlag,
  record: { id: string; meetingId: string; now: string },
): Recusal => ({
  id: record.id,
  meetingId: record.meetingId,
  submissionId: flag.submissionId,
  expertId: flag.expertId,
  source: 'detected',
  reason: flag.reason,
  status: 'flagged',
  flaggedAt: record.now,
  decidedBy: null,
  decidedAt: null,
});
