import Database from 'better-sqlite3';
import { meetingMigrations } from './meeting-migrations.js';

export type MeetingDatabase = Database.Database;

/**
 * Opens (creating when absent) the meeting store: WAL so readers never wait for a writer, and
 * `synchronous=FULL` so a commit is on disk before anyone is told it is saved.
 */
export const openMeetingDatabase = (path: string): MeetingDatabase => {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
};

/** Brings the file up to the latest schema, each step in its own transaction with its version number. */
export const migrate = (db: MeetingDatabase): void => {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > meetingMigrations.length) {
    throw new Error(`审评数据文件来自更新的版本（结构版本 ${current}），本程序只认识到 ${meetingMigrations.length}`);
  }
  meetingMigrations.slice(current).forEach((statements, index) => {
    db.transaction(() => {
      for (const statement of statements) db.exec(statement);
      db.pragma(`user_version = ${current + index + 1}`);
    })();
  });
};
