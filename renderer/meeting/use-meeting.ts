import { useLiveQuery } from 'dexie-react-hooks';
import { inPackageOrder } from '../../shared/materials/material-order.js';
import { byPanelOrder, type MeetingData } from '../../shared/meeting/meeting-data.js';
import type { WorkstationDatabase } from '../db/database.js';
import { database } from '../state/database.js';

export type { MeetingData } from '../../shared/meeting/meeting-data.js';

const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);

/** Reads the whole meeting in one read transaction, so the screens never see half of a write. */
export const readMeeting = (db: WorkstationDatabase, meetingId: string): Promise<MeetingData | null> =>
  db.transaction(
    'r',
    [db.meetings, db.experts, db.submissions, db.materials, db.pledges, db.recusals, db.scoreSheets, db.comments, db.verdicts],
    async () => {
      const meeting = await db.meetings.get(meetingId);
      if (meeting === undefined) return null;
      const [experts, submissions, materials, pledges, recusals, scoreSheets, comments, verdicts] = await Promise.all([
        db.experts.where('meetingId').equals(meetingId).toArray(),
        db.submissions.where('meetingId').equals(meetingId).toArray(),
        db.materials.where('meetingId').equals(meetingId).toArray(),
        db.pledges.where('meetingId').equals(meetingId).toArray(),
        db.recusals.where('meetingId').equals(meetingId).toArray(),
        db.scoreSheets.where('meetingId').equals(meetingId).toArray(),
        db.comments.where('meetingId').equals(meetingId).toArray(),
        db.verdicts.where('meetingId').equals(meetingId).toArray(),
      ]);
      return {
        meeting,
        experts: experts.sort(byPanelOrder),
        submissions: submissions.sort(byId),
        materials: inPackageOrder(materials),
        pledges,
        recusals,
        scoreSheets,
        comments: comments.sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
        verdicts: verdicts.sort((a, b) => a.versionNo - b.versionNo),
      };
    },
  );

/**
 * The live snapshot of one meeting: `undefined` while loading, `null` when no such meeting exists.
 * Re-reads whenever any of its tables changes, in this tab or after a restore.
 */
export const useMeeting = (meetingId: string): MeetingData | null | undefined =>
  useLiveQuery(() => readMeeting(database, meetingId), [meetingId]);
