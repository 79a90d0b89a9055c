import type { Expert } from '../model/expert.js';
import type { Recusal } from '../model/recusal.js';
import type { Submission } from '../model/submission.js';
import { organizationsMatch } from './organization-name.js';

export type ConflictFlag = {
  expertId: string;
  submissionId: string;
  expertOrganization: string;
  drafterOrganization: string;
  /** For the minutes and the chair's confirmation, in Chinese. */
  reason: string;
};

/** One flag per expert and submission where the expert's organisation or an affiliation matches a drafter. */
export const detectConflicts = (
  experts: readonly Pick<Expert, 'id' | 'name' | 'organization' | 'affiliations'>[],
  submissions: readonly Pick<Submission, 'id' | 'standardName' | 'leadDrafter' | 'coDrafters'>[],
): ConflictFlag[] => {
  const flags: ConflictFlag[] = [];
  for (const submission of submissions) {
    const drafters = [
      { name: submission.leadDrafter, role: '主要起草单位' },
      ...submission.coDrafters.map((name) => ({ name, role: '参与起草单位' })),
    ];
    for (const expert of experts) {
      const own = [
        { name: expert.organization, role: '所在单位' },
        ...expert.affiliations.map((name) => ({ name, role: '声明的关联单位' })),
      ];
      const match = own
        .flatMap((o) => drafters.map((d) => ({ o, d })))
        .find(({ o, d }) => organizationsMatch(o.name, d.name));
      if (match === undefined) continue;
      flags.push({
        expertId: expert.id,
        submissionId: submission.id,
        expertOrganization: match.o.name,
        drafterOrganization: match.d.name,
        reason: `专家${expert.name}${match.o.role}「${match.o.name}」与《${submission.standardName}》的${match.d.role}「${match.d.name}」相同或关联，应回避`,
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
