import type { ExpertRole } from '../../shared/model/expert.js';
import type { MeetingDraft, PanelRowDraft, SubmissionDraft } from '../../shared/setup/meeting-draft.js';

/** The 「新建审评会」 form's starting state; the draft's shape is shared with the host, which creates the meeting from it. */
export const newKey = (): string => crypto.randomUUID();

export const emptyPanelRow = (role: ExpertRole = 'member'): PanelRowDraft => ({ key: newKey(), name: '', organization: '', title: '', role });

export const emptySubmission = (): SubmissionDraft => ({
  key: newKey(),
  standardName: '',
  proposedCode: '',
  standardKind: 'product',
  leadDrafter: '',
  coDrafters: [],
  materials: [],
});

export const emptyMeetingDraft = (): MeetingDraft => ({
  title: '',
  reviewType: 'technical',
  startsAt: '',
  venue: '',
  organizer: '',
  panel: [emptyPanelRow('chair'), emptyPanelRow(), emptyPanelRow(), emptyPanelRow(), emptyPanelRow()],
  submissions: [emptySubmission()],
});

/** A panel row nobody has typed into yet; pasting replaces such rows instead of appending after them. */
export const isBlankPanelRow = (row: PanelRowDraft): boolean => !row.name.trim() && !row.organization.trim() && !row.title.trim();
