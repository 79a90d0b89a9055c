import { z } from 'zod';
import type { ManifestRecords } from '../package/manifest-records.js';
import { reviewPhases } from '../model/phase.js';
import type { MeetingDraft } from './meeting-draft.js';
import { localTimeToIso, normalizeMeetingTime } from './meeting-time.js';

const twoDigits = (value: number) => String(value).padStart(2, '0');

const idAlphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * A hand-made meeting's id follows the package ids' shape (M-…) with the meeting day (`startsAt` as
 * `2026-11-28T09:30`) and a random tail, so it can never take the number of a bureau package: `M-20261128-7Q3K`.
 */
export const newMeetingId = (startsAt: string, random: () => number = Math.random): string => {
  const tail = Array.from({ length: 4 }, () => idAlphabet[Math.floor(random() * idAlphabet.length)]).join('');
  return `M-${startsAt.slice(0, 10).replaceAll('-', '')}-${tail}`;
};

/** The shape of `newMeetingId`: the host creates a meeting by hand only under such an id, never under a package's. */
export const manualMeetingIdSchema = z.string().regex(new RegExp(`^M-\\d{8}-[${idAlphabet}]{4}$`), '手工新建的审评会编号须形如 M-20261128-7Q3K');

const sequenceId = (prefix: string, index: number) => `${prefix}${twoDigits(index + 1)}`;

/** Same file name twice in one submission gets a numbered path, since a material's path is its id. */
const materialPath = (submissionId: string, fileName: string, taken: Set<string>) => {
  let path = `materials/${submissionId}/${fileName}`;
  for (let copy = 2; taken.has(path); copy += 1) path = `materials/${submissionId}/${copy}-${fileName}`;
  taken.add(path);
  return path;
};

/** The records a validated draft becomes, shaped and numbered as a review package's would be (E01…, S01…). */
export const draftToRecords = (draft: MeetingDraft, meetingId: string, offsetMinutes: number): ManifestRecords => {
  const startsAt = normalizeMeetingTime(draft.startsAt);
  if (startsAt === null) throw new Error(`会议时间无效：${draft.startsAt}`);
  const submissions = draft.submissions.map((submission, index) => ({ submission, id: sequenceId('S', index) }));
  const paths = new Set<string>();
  return {
    meeting: {
      id: meetingId,
      packageId: null,
      title: draft.title.trim(),
      reviewType: draft.reviewType,
      startsAt: localTimeToIso(startsAt, offsetMinutes),
      venue: draft.venue.trim(),
      organizer: draft.organizer.trim(),
      rubric: null,
      rules: null,
    },
    experts: draft.panel.map((row, index) => ({
      id: sequenceId('E', index),
      meetingId,
      name: row.name.trim(),
      organization: row.organization.trim(),
      title: row.title.trim(),
      field: '',
      role: row.role,
      affiliations: [],
      present: true,
    })),
    submissions: submissions.map(({ submission, id }) => ({
      id,
      meetingId,
      standardName: submission.standardName.trim(),
      proposedCode: submission.proposedCode.trim(),
      standardKind: submission.standardKind,
      leadDrafter: submission.leadDrafter.trim(),
      coDrafters: submission.coDrafters.map((name) => name.trim()).filter(Boolean),
      revisionOf: null,
      phase: reviewPhases[0],
    })),
    materials: submissions.flatMap(({ submission, id: submissionId }) =>
      submission.materials.map((material, position) => {
        const path = materialPath(submissionId, material.fileName, paths);
        return {
          id: path,
          meetingId,
          submissionId,
          kind: material.kind,
          title: material.title.trim(),
          path,
          mediaType: material.mediaType,
          bytes: material.bytes,
          sha256: material.sha256,
          position,
        };
      }),
    ),
  };
};
