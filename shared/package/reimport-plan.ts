import { canonicalJson } from '../digest/canonical-json.js';
import type { Expert } from '../model/expert.js';
import type { Meeting } from '../model/meeting.js';
import type { Material, Submission } from '../model/submission.js';
import type { ManifestRecords } from './manifest-records.js';

/** Tables whose rows are the panel's own work: a package never writes them and a re-import never deletes them. */
export const workTables = ['scoreSheets', 'comments', 'pledges', 'recusals', 'verdicts'] as const;
export type WorkTable = (typeof workTables)[number];

/** One row of the panel's work, reduced to whom and what it concerns. */
export type WorkReference = { table: WorkTable; expertId: string | null; submissionId: string | null };

/** What the workstation already holds for the meeting a package describes. */
export type StoredMeeting = ManifestRecords & { work: readonly WorkReference[] };

export type WorkCounts = Record<WorkTable, number>;

export type RecordChange<T> = { before: T; after: T; fields: (keyof T & string)[] };

/** A record the package no longer lists but that stays, because the panel has already worked on it. */
export type KeptRecord<T> = { record: T; work: WorkCounts };

export type RecordDiff<T> = {
  added: T[];
  removed: T[];
  changed: RecordChange<T>[];
  kept: KeptRecord<T>[];
};

/** Changes the import refuses outright, because they would invalidate score sheets already written. */
export type ReimportBlocker = { field: 'reviewType' | 'rubric'; scoreSheets: number };

export type ReimportPlan = {
  /** False for a meeting the workstation has never seen. */
  reimport: boolean;
  meetingChanges: (keyof Meeting & string)[];
  experts: RecordDiff<Expert>;
  submissions: RecordDiff<Submission>;
  materials: RecordDiff<Material>;
  blockers: ReimportBlocker[];
  /** Rows to put and ids to delete, in one transaction, when the user confirms. */
  write: {
    meeting: Meeting;
    experts: Expert[];
    submissions: Submission[];
    materials: Material[];
    deleteExperts: string[];
    deleteSubmissions: string[];
    deleteMaterials: string[];
  };
};

const meetingFields = ['title', 'reviewType', 'startsAt', 'timeZone', 'venue', 'organizer', 'rubric', 'rules'] as const satisfies readonly (keyof Meeting)[];
const expertFields = ['name', 'organization', 'title', 'field', 'role', 'affiliations'] as const satisfies readonly (keyof Expert)[];
const submissionFields = ['standardName', 'proposedCode', 'standardKind', 'leadDrafter', 'coDrafters', 'revisionOf'] as const satisfies readonly (keyof Submission)[];
const materialFields = ['submissionId', 'kind', 'title', 'path', 'mediaType', 'bytes', 'sha256'] as const satisfies readonly (keyof Material)[];

const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

const changedFields = <T, K extends keyof T & string>(before: T, after: T, fields: readonly K[]): K[] =>
  fields.filter((field) => !same(before[field], after[field]));

const noWork = (): WorkCounts => ({ scoreSheets: 0, comments: 0, pledges: 0, recusals: 0, verdicts: 0 });

const countWork = (work: readonly WorkReference[], concerns: (reference: WorkReference) => boolean): WorkCounts => {
  const counts = noWork();
  for (const reference of work) if (concerns(reference)) counts[reference.table] += 1;
  return counts;
};

const hasWork = (counts: WorkCounts) => workTables.some((table) => counts[table] > 0);

type Diffed<T> = { diff: RecordDiff<T>; put: T[]; deleteIds: string[] };

const diffRecords = <T extends { id: string }, K extends keyof T & string>(
  before: readonly T[],
  after: readonly T[],
  fields: readonly K[],
  merge: (stored: T, incoming: T) => T,
  workOf: (record: T) => WorkCounts,
): Diffed<T> => {
  const stored = new Map(before.map((record) => [record.id, record]));
  const incomingIds = new Set(after.map((record) => record.id));
  const diff: RecordDiff<T> = { added: [], removed: [], changed: [], kept: [] };
  const put: T[] = [];
  for (const incoming of after) {
    const previous = stored.get(incoming.id);
    if (!previous) {
      diff.added.push(incoming);
      put.push(incoming);
      continue;
    }
    const merged = merge(previous, incoming);
    const fieldsChanged = changedFields(previous, merged, fields);
    if (fieldsChanged.length > 0) diff.changed.push({ before: previous, after: merged, fields: fieldsChanged });
    put.push(merged);
  }
  const deleteIds: string[] = [];
  for (const previous of before) {
    if (incomingIds.has(previous.id)) continue;
    const work = workOf(previous);
    if (hasWork(work)) diff.kept.push({ record: previous, work });
    else {
      diff.removed.push(previous);
      deleteIds.push(previous.id);
    }
  }
  return { diff, put, deleteIds };
};

/**
 * How importing a package changes what the workstation holds for its meeting. The package owns the meeting
 * facts, the panel, the submissions and their materials; the panel's work (score sheets, comments, pledges,
 * recusals, verdicts) is never touched, attendance and review phase stay as recorded, and an expert or
 * submission the package drops stays when any work refers to it. A new review type or rubric is refused
 * once score sheets exist, because the sheets were scored against the old one.
 */
export const planReimport = (incoming: ManifestRecords, stored: StoredMeeting | null): ReimportPlan => {
  const work = stored?.work ?? [];
  const experts = diffRecords(stored?.experts ?? [], incoming.experts, expertFields, (before, after) => ({ ...after, present: before.present }), (expert) =>
    countWork(work, (reference) => reference.expertId === expert.id),
  );
  const submissions = diffRecords(
    stored?.submissions ?? [],
    incoming.submissions,
    submissionFields,
    (before, after) => ({ ...after, phase: before.phase }),
    (submission) => countWork(work, (reference) => reference.submissionId === submission.id),
  );
  const keptSubmissionIds = new Set(submissions.diff.kept.map(({ record }) => record.id));
  const materials = diffRecords(
    (stored?.materials ?? []).filter((material) => !keptSubmissionIds.has(material.submissionId)),
    incoming.materials,
    materialFields,
    (_before, after) => after,
    noWork,
  );
  const meetingChanges = stored ? changedFields(stored.meeting, incoming.meeting, meetingFields) : [];
  const scoreSheets = work.filter((reference) => reference.table === 'scoreSheets').length;
  const blockers: ReimportBlocker[] =
    scoreSheets === 0
      ? []
      : meetingChanges.filter((field) => field === 'reviewType' || field === 'rubric').map((field) => ({ field, scoreSheets }));
  return {
    reimport: stored !== null,
    meetingChanges,
    experts: experts.diff,
    submissions: submissions.diff,
    materials: materials.diff,
    blockers,
    write: {
      meeting: incoming.meeting,
      experts: experts.put,
      submissions: submissions.put,
      materials: materials.put,
      deleteExperts: experts.deleteIds,
      deleteSubmissions: submissions.deleteIds,
      deleteMaterials: materials.deleteIds,
    },
  };
};

/** True when a re-import would change nothing the package owns. */
export const planChangesNothing = (plan: ReimportPlan): boolean =>
  plan.meetingChanges.length === 0 &&
  [plan.experts, plan.submissions, plan.materials].every(
    (diff) => diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0 && diff.kept.length === 0,
  );
