import type { MeetingDatabase } from '../services/meeting/meeting-database.js';

/** The hub the secretary started and has not stopped, with the port it got and the code shown in the room. */
export type HubRun = { meetingId: string; address: string; port: number; https: boolean; meetingCode: string; startedAt: string };

/** A device's session as the store keeps it: the credential only as its SHA-256 (hex). */
export type HubSessionRow = {
  credentialHash: string;
  sessionId: string;
  meetingId: string;
  expertId: string;
  address: string;
  admitted: boolean;
  revoked: boolean;
  joinedAt: string;
};

type RunColumns = { meeting_id: string; address: string; port: number; https: number; meeting_code: string; started_at: string };
type SessionColumns = {
  credential_hash: string;
  session_id: string;
  meeting_id: string;
  expert_id: string;
  address: string;
  admitted: number;
  revoked: number;
  joined_at: string;
};

/** The meeting store's tables of the hub (`tx.hubRun`, `tx.hubSessions`), written in the store's transactions like any record. */
export const hubTables = (db: MeetingDatabase) => {
  const runRow = db.prepare<[], RunColumns>('SELECT meeting_id, address, port, https, meeting_code, started_at FROM hub_run WHERE id = 1');
  const putRun = db.prepare(
    `INSERT INTO hub_run (id, meeting_id, address, port, https, meeting_code, started_at) VALUES (1, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET meeting_id = excluded.meeting_id, address = excluded.address, port = excluded.port,
       https = excluded.https, meeting_code = excluded.meeting_code, started_at = excluded.started_at`,
  );
  const clearRun = db.prepare('DELETE FROM hub_run');
  const sessionsOf = db.prepare<[string], SessionColumns>('SELECT * FROM hub_sessions WHERE meeting_id = ? ORDER BY joined_at, session_id');
  const putSession = db.prepare(
    `INSERT INTO hub_sessions (credential_hash, session_id, meeting_id, expert_id, address, admitted, revoked, joined_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (credential_hash) DO UPDATE SET admitted = excluded.admitted, revoked = excluded.revoked`,
  );
  const removeSession = db.prepare('DELETE FROM hub_sessions WHERE credential_hash = ?');
  const clearSessions = db.prepare('DELETE FROM hub_sessions');

  return {
    hubRun: {
      get: (): HubRun | undefined => {
        const row = runRow.get();
        return row === undefined
          ? undefined
          : { meetingId: row.meeting_id, address: row.address, port: row.port, https: row.https === 1, meetingCode: row.meeting_code, startedAt: row.started_at };
      },
      put: (run: HubRun): void => {
        putRun.run(run.meetingId, run.address, run.port, run.https ? 1 : 0, run.meetingCode, run.startedAt);
      },
      /** Forgets the run and every session of it: nothing of it comes back. */
      clear: (): void => {
        clearRun.run();
        clearSessions.run();
      },
    },
    hubSessions: {
      list: (meetingId: string): HubSessionRow[] =>
        sessionsOf.all(meetingId).map((row) => ({
          credentialHash: row.credential_hash,
          sessionId: row.session_id,
          meetingId: row.meeting_id,
          expertId: row.expert_id,
          address: row.address,
          admitted: row.admitted === 1,
          revoked: row.revoked === 1,
          joinedAt: row.joined_at,
        })),
      /** A new session, or an existing one admitted or revoked (nothing else of a session changes). */
      put: (row: HubSessionRow): void => {
        putSession.run(row.credentialHash, row.sessionId, row.meetingId, row.expertId, row.address, row.admitted ? 1 : 0, row.revoked ? 1 : 0, row.joinedAt);
      },
      delete: (credentialHash: string): void => {
        removeSession.run(credentialHash);
      },
    },
  };
};
