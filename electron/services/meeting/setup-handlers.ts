import type { setupCalls } from '../../../shared/api/calls/setup-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { draftToRecords } from '../../../shared/setup/draft-records.js';
import type { MeetingDraft } from '../../../shared/setup/meeting-draft.js';
import { validateMeetingDraft } from '../../../shared/setup/validate-draft.js';
import type { MaterialStore } from '../package/material-store.js';
import type { PackageServices } from '../package/package-services.js';
import { requireWorkstation } from './actor.js';
import { writeRecords } from './import-records.js';
import type { MeetingDeps } from './meeting-deps.js';
import { hostRefusalAs } from '../../../shared/api/host-refusal.js';

type SetupHandlers = Pick<HostHandlers, keyof typeof setupCalls>;

/** The form's own checks, made again: the first error refuses the draft, naming the input as the form marks it. */
const requireValidDraft = (draft: MeetingDraft): void => {
  const error = validateMeetingDraft(draft).find((issue) => issue.level === 'error');
  if (error !== undefined) throw hostRefusalAs('invalid', error.key, error.target, error.params);
};

/** Each material must be a file `materials.add` stored, with the size the draft states. */
const requireStoredMaterials = async (draft: MeetingDraft, materials: MaterialStore): Promise<void> => {
  for (const [item, submission] of draft.submissions.entries()) {
    for (const [row, material] of submission.materials.entries()) {
      if (await materials.has(material.sha256, material.bytes)) continue;
      throw hostRefusalAs('not-found', 'refusal.reason.material-not-stored', `submissions.${item}.materials.${row}`, { item: item + 1, fileName: material.fileName });
    }
  }
};

export const createSetupHandlers = ({ store, now }: MeetingDeps, { materials }: PackageServices): SetupHandlers => ({
  /** A meeting set up by hand, written as an import would write it, under an id no other meeting has. */
  'meeting.create': async ({ meetingId, draft, utcOffsetMinutes }, caller) => {
    requireWorkstation(caller);
    requireValidDraft(draft);
    await requireStoredMaterials(draft, materials);
    const records = draftToRecords(draft, meetingId, utcOffsetMinutes);
    await store.write({ meetingId }, (tx) => {
      if (tx.meetings.get(meetingId) !== undefined) throw hostRefusalAs('refused', 'refusal.reason.meeting-id-taken', 'meetingId', { meetingId });
      writeRecords(tx, records, { action: 'meeting.create', details: { title: records.meeting.title, source: 'manual' } }, now());
    });
    return { meetingId };
  },
});
