import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../shared/model/meeting.js';
import { recordAudit, type AuditInput } from './audit.js';
import { WorkstationDatabase } from './database.js';

const openDatabase = () => new WorkstationDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

const meeting: Meeting = {
  id: 'M1',
  packageId: null,
  title: '审评会',
  reviewType: 'technical',
  startsAt: '2026-11-28T09:30:00+08:00',
  venue: '杭州',
  organizer: '浙江省市场监督管理局',
  rubric: null,
  rules: null,
};

const created: AuditInput = {
  meetingId: 'M1',
  submissionId: null,
  actor: 'secretary',
  action: 'meeting.create',
  at: '2026-11-28T09:00:00+08:00',
  details: { title: '审评会' },
};

describe('recordAudit', () => {
  it('stores the change and its entry in one transaction', async () => {
    const db = openDatabase();
    const entry = await db.transaction('rw', db.meetings, db.auditLog, async () => {
      await db.meetings.add(meeting);
      return recordAudit(db, created);
    });

    expect(entry).toEqual({ ...created, id: expect.any(String) });
    expect(await db.auditLog.toArray()).toEqual([entry]);
    expect(await db.meetings.count()).toBe(1);
  });

  it('leaves no entry when the change it records fails', async () => {
    const db = openDatabase();
    await db.meetings.add(meeting);
    const duplicate = db.transaction('rw', db.meetings, db.auditLog, async () => {
      await recordAudit(db, created);
      await db.meetings.add(meeting);
    });

    await expect(duplicate).rejects.toThrow(/constraint/i);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('refuses a malformed action name, and with it the change', async () => {
    const db = openDatabase();
    const malformed = db.transaction('rw', db.meetings, db.auditLog, async () => {
      await db.meetings.add(meeting);
      // A caller that gets past the types still meets the schema.
      await recordAudit(db, { ...created, action: 'Create Meeting' } as unknown as AuditInput);
    });

    await expect(malformed).rejects.toThrow('操作名称须形如 score-sheet.submit');
    expect(await db.meetings.count()).toBe(0);
  });

  it('cannot be written outside the transaction it belongs to', async () => {
    const db = openDatabase();
    const withoutLog = db.transaction('rw', db.meetings, async () => {
      await db.meetings.add(meeting);
      await recordAudit(db, created);
    });

    await expect(withoutLog).rejects.toMatchObject({ name: 'NotFoundError' });
    expect(await db.meetings.count()).toBe(0);
  });
});
