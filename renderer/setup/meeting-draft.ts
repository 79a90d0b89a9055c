import type { ExpertRole } from '../../shared/model/expert.js';
import type { ReviewType } from '../../shared/model/review-type.js';
import type { MaterialKind, StandardKind } from '../../shared/model/submission.js';

/** What the 「新建审评会」 form holds while the secretary types; `key` only tells React rows apart. */
export type PanelRowDraft = { key: string; name: string; organization: string; title: string; role: ExpertRole };

/** A file already copied into the content store by `materials.add`. */
export type MaterialDraft = { key: string; kind: MaterialKind; title: string; fileName: string; sha256: string; bytes: number; mediaType: string };

export type SubmissionDraft = {
  key: string;
  standardName: string;
  proposedCode: string;
  standardKind: StandardKind;
  leadDrafter: string;
  coDrafters: string[];
  materials: MaterialDraft[];
};

export type MeetingDraft = {
  title: string;
  reviewType: ReviewType;
  /** Local time as typed, e.g. `2026-11-28 09:30`; see `normalizeMeetingTime`. */
  startsAt: string;
  venue: string;
  organizer: string;
  panel: PanelRowDraft[];
  submissions: SubmissionDraft[];
};

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
