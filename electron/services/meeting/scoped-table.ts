import type { z } from 'zod';
import type { MeetingDatabase } from './meeting-database.js';

/** A record that belongs to one meeting; the columns the store finds it by come from these fields. */
type ScopedRow = { meetingId: string; id: string; submissionId?: string; expertId?: string };

/** Which rows of a meeting to list: all of them, or those of one submission and/or one expert. */
export type RowFilter = { submissionId?: string; expertId?: string };

/** One kind of meeting record in its own SQL table, validated against the model on every write. */
export type ScopedTable<T extends ScopedRow> = {
  get(meetingId: string, id: string): T | undefined;
  list(meetingId: string, filter?: RowFilter): T[];
  put(row: T): T;
  delete(meetingId: string, id: string): void;
  deleteMeeting(meetingId: string): void;
};

/** Told of every row written or deleted: its meeting, and its submission when the row belongs to one (null: to the whole meeting, or not known). */
export type RowsTouched = (meetingId: string, submissionId: string | null) => void;

/**
 * `submissionOf` names the column value a submission lookup uses; for submissions themselves it is
 * their own id. `touched` hears which meeting and submission each write concerns (`submissionOf`,
 * unless the table's rows shape the whole meeting); a deletion by id concerns the whole meeting. Rows are parsed on write with the model's schema, so no client can store a shape
 * the screens and documents do not expect, and parsed again on read from this process's own writes
 * only (never from outside), hence the plain `JSON.parse` there.
 */
export const scopedTable = <S extends z.ZodType<ScopedRow>>(
  db: MeetingDatabase,
  table: string,
  schema: S,
  submissionOf: (row: z.output<S>) => string | null = (row) => row.submissionId ?? null,
  touched: RowsTouched = () => undefined,
  touchesWholeMeeting = false,
): ScopedTable<z.output<S>> => {
  const getOne = db.prepare<[string, string], { body: string }>(`SELECT body FROM ${table} WHERE meeting_id = ? AND id = ?`);
  const all = db.prepare<[string], { body: string }>(`SELECT body FROM ${table} WHERE meeting_id = ? ORDER BY id`);
  const bySubmission = db.prepare<[string, string], { body: string }>(`SELECT body FROM ${table} WHERE meeting_id = ? AND submission_id = ? ORDER BY id`);
  const byExpert = db.prepare<[string, string], { body: string }>(`SELECT body FROM ${table} WHERE meeting_id = ? AND expert_id = ? ORDER BY id`);
  const byBoth = db.prepare<[string, string, string], { body: string }>(
    `SELECT body FROM ${table} WHERE meeting_id = ? AND submission_id = ? AND expert_id = ? ORDER BY id`,
  );
  const upsert = db.prepare(
    `INSERT INTO ${table} (meeting_id, id, submission_id, expert_id, body) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (meeting_id, id) DO UPDATE SET submission_id = excluded.submission_id, expert_id = excluded.expert_id, body = excluded.body`,
  );
  const remove = db.prepare(`DELETE FROM ${table} WHERE meeting_id = ? AND id = ?`);
  const removeMeeting = db.prepare(`DELETE FROM ${table} WHERE meeting_id = ?`);
  type Row = z.output<S>;
  const parse = (rows: { body: string }[]): Row[] => rows.map((row) => JSON.parse(row.body) as Row);

  return {
    get(meetingId, id) {
      const row = getOne.get(meetingId, id);
      return row === undefined ? undefined : (JSON.parse(row.body) as Row);
    },
    list(meetingId, filter = {}) {
      const { submissionId, expertId } = filter;
      if (submissionId !== undefined && expertId !== undefined) return parse(byBoth.all(meetingId, submissionId, expertId));
      if (submissionId !== undefined) return parse(bySubmission.all(meetingId, submissionId));
      if (expertId !== undefined) return parse(byExpert.all(meetingId, expertId));
      return parse(all.all(meetingId));
    },
    put(row) {
      const valid = schema.parse(row);
      const submissionId = submissionOf(valid);
      upsert.run(valid.meetingId, valid.id, submissionId, valid.expertId ?? null, JSON.stringify(valid));
      touched(valid.meetingId, touchesWholeMeeting ? null : submissionId);
      return valid;
    },
    delete(meetingId, id) {
      remove.run(meetingId, id);
      touched(meetingId, null);
    },
    deleteMeeting(meetingId) {
      removeMeeting.run(meetingId);
      touched(meetingId, null);
    },
  };
};
