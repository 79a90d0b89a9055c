import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyValidationLocale } from '../../../shared/i18n/validation-locale.js';
import type { Material } from '../../../shared/model/submission.js';
import { workstationCaller } from '../../../test/support/callers.js';
import { readArchive, writeArchive } from '../../../test/support/backup-archive.js';
import { openMeetingHost, seedMeeting, testMeeting, testMeetingId, type MeetingHost } from '../../../test/support/meeting-host.js';
import { meetingMigrations } from '../meeting/meeting-migrations.js';
import { createMaterialStore } from '../package/material-store.js';
import { createDeviceKeyStore } from '../sync/device-key.js';
import { createEnrollmentFile } from '../sync/enrollment-file.js';

const legacyFixture = join(import.meta.dirname, '../../../test/fixtures/legacy-backup/workstation-0.1.0.zzbackup');

const hosts: MeetingHost[] = [];
const folders: string[] = [];

beforeAll(() => applyValidationLocale('zh-CN'));

afterEach(async () => {
  for (const host of hosts.splice(0)) await host.close();
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

const tempFolder = async (): Promise<string> => {
  const folder = await mkdtemp(join(tmpdir(), 'zz-backup-test-'));
  folders.push(folder);
  return folder;
};

/** A workstation; `keyed` gives it its device key, as enrollment would. */
const workstation = async (keyed = true): Promise<MeetingHost> => {
  const host = await openMeetingHost();
  hosts.push(host);
  if (keyed) await createDeviceKeyStore(host.dataDir, undefined).loadOrCreate(new Date());
  return host;
};

const publicKeyOf = async (host: MeetingHost): Promise<Buffer> => Buffer.from((await createDeviceKeyStore(host.dataDir, undefined).current())!.publicKey);

const draftContent = '%PDF-1.7 送审稿';
const draftSha = createHash('sha256').update(draftContent).digest('hex');

/** The test meeting with one material whose content is in the workstation's content store, and one audit entry. */
const seedWithMaterial = async (host: MeetingHost): Promise<void> => {
  const store = host.openStore();
  seedMeeting(store);
  const file = join(await tempFolder(), 'draft.pdf');
  await writeFile(file, draftContent);
  await createMaterialStore(host.dataDir).adopt(file, draftSha, Buffer.byteLength(draftContent));
  const material: Material = {
    id: 'S01-draft',
    meetingId: testMeetingId,
    submissionId: 'S01',
    kind: 'draft',
    title: '标准送审稿',
    path: 'S01/draft.pdf',
    mediaType: 'application/pdf',
    bytes: Buffer.byteLength(draftContent),
    sha256: draftSha,
  };
  store.writeNow({ meetingId: testMeetingId }, (tx) => tx.materials.put(material));
  await host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E02', present: true }, workstationCaller);
};

const passphrase = '西湖龙井 2026';

const exportBackup = async (host: MeetingHost, name = '会前备份.zzbackup'): Promise<string> => {
  const path = join(await tempFolder(), name);
  const report = await host.handlers['backup.export']({ path, passphrase }, workstationCaller);
  expect(report?.path).toBe(path);
  return path;
};

/** Every row of every table, as committed: what "nothing changed" is checked against. */
const snapshot = (host: MeetingHost) => {
  const store = host.openStore();
  const tables = ['meetings', 'experts', 'submissions', 'materials', 'score_sheets', 'comments', 'pledges', 'recusals', 'verdicts', 'outbox', 'audit_log', 'signing_ledger', 'pin_attempts'];
  return Object.fromEntries(tables.map((table) => [table, store.database.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()]));
};

const stagingLeft = async (host: MeetingHost): Promise<string[]> => readdir(join(host.dataDir, 'staging')).catch(() => []);

const restore = (host: MeetingHost, path: string) => host.handlers['backup.restore']({ path, passphrase }, workstationCaller);

const confirmed = async (host: MeetingHost, path: string) => {
  const outcome = await restore(host, path);
  if (outcome?.status !== 'needs-confirmation') throw new Error(`expected a confirmation, got ${JSON.stringify(outcome)}`);
  return { summary: outcome.summary, report: await host.handlers['backup.confirmRestore']({ restoreId: outcome.restoreId }, workstationCaller) };
};

/** A tamperer's edit of the audit log, with the append-only trigger put back exactly as it was so the file's schema looks untouched. */
const tamperAudit = (host: MeetingHost, trigger: 'audit_log_no_update' | 'audit_log_no_delete', edit: string): void => {
  const db = host.openStore().database;
  db.exec(`DROP TRIGGER ${trigger}`);
  db.exec(edit);
  db.exec(meetingMigrations[0]!.find((statement) => statement.includes(`TRIGGER ${trigger} `))!);
};

const auditOf = (host: MeetingHost) => host.handlers['meeting.audit']({ meetingId: testMeetingId }, workstationCaller);

const removedMeetingAudit = (host: MeetingHost, meetingId: string): string[] => host.openStore().read((tx) => tx.audit.ofMeeting(meetingId).map((entry) => entry.action));

describe('backup.export', () => {
  it('packs the store and the material content, signed with the device key; its own backup restores at once', async () => {
    const host = await workstation();
    await seedWithMaterial(host);
    const path = join(await tempFolder(), '会前备份');
    const report = await host.handlers['backup.export']({ path, passphrase }, workstationCaller);
    expect(report).toMatchObject({ path: `${path}.zzbackup`, signed: true, identity: true, meetings: 1, materials: 1, missingMaterials: 0 });
    expect([...(await readArchive(`${path}.zzbackup`)).keys()]).toEqual(['manifest.json', 'signature.json', 'device.json', 'meetings.sqlite3', `materials/${draftSha}`]);

    await host.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId: 'E03', present: true }, workstationCaller);
    host.openStore().writeNow({ meetingId: 'M-LATER' }, (tx) => tx.meetings.put({ ...testMeeting, id: 'M-LATER', title: '备份之后新建的会议' }));

    const outcome = await restore(host, `${path}.zzbackup`);

    expect(outcome).toMatchObject({ status: 'restored', report: { summary: { origin: { kind: 'this-device' }, meetings: [{ id: testMeetingId }] }, held: [], missingMaterials: 0, identity: 'restored' } });
    expect((await host.handlers['meetings.list']({}, workstationCaller)).map((meeting) => meeting.id)).toEqual([testMeetingId]);
    const data = await host.handlers['meeting.read']({ meetingId: testMeetingId }, workstationCaller);
    expect(data?.experts.filter((expert) => expert.present).map((expert) => expert.id)).toEqual(['E02']);
    // Append-only: what happened after the backup stays in the log, followed by the restore itself.
    const audit = await auditOf(host);
    expect(audit.map((entry) => entry.action)).toEqual(['expert.attendance', 'expert.attendance', 'backup.restore']);
    expect(audit[2]?.details).toMatchObject({ fileName: '会前备份.zzbackup', origin: 'this-device', entries: 0, held: 0 });
    // The meeting the restore removed keeps its trail in the log, which no screen shows any more.
    expect(removedMeetingAudit(host, 'M-LATER')).toEqual(['backup.restore']);
    expect(await host.handlers['audit.verify']({}, workstationCaller)).toMatchObject({ intact: true, entries: 4 });
    expect(await stagingLeft(host)).toEqual([]);
  });

  it('before the workstation has a device key the backup is unsigned, and restoring it asks first', async () => {
    const host = await workstation(false);
    await seedWithMaterial(host);
    const report = await host.handlers['backup.export']({ path: join(await tempFolder(), 'b.zzbackup') }, workstationCaller);
    expect(report).toMatchObject({ signed: false });
    expect([...(await readArchive(report!.path)).keys()]).not.toContain('signature.json');
    const outcome = await restore(host, report!.path);
    expect(outcome).toMatchObject({ status: 'needs-confirmation', summary: { origin: { kind: 'unsigned' } } });
  });
});

describe('a backup from another device', () => {
  it('is shown for confirmation and changes nothing until then; confirmed, it brings its materials and history', async () => {
    const source = await workstation();
    await seedWithMaterial(source);
    const path = await exportBackup(source);
    const target = await workstation();
    target.openStore().writeNow({ meetingId: 'M-HERE' }, (tx) => tx.meetings.put({ ...testMeeting, id: 'M-HERE', title: '本机的会议' }));
    const before = snapshot(target);

    const outcome = await restore(target, path);

    const fingerprint = createHash('sha256').update(await publicKeyOf(source)).digest('hex').slice(0, 16);
    expect(outcome).toMatchObject({ status: 'needs-confirmation', summary: { origin: { kind: 'other-device', fingerprint, deviceId: null }, meetings: [{ id: testMeetingId }] } });
    expect(snapshot(target)).toEqual(before);

    const report = await target.handlers['backup.confirmRestore']({ restoreId: outcome?.status === 'needs-confirmation' ? outcome.restoreId : '' }, workstationCaller);

    expect(report.chain).toMatchObject({ intact: true });
    expect((await target.handlers['meetings.list']({}, workstationCaller)).map((meeting) => meeting.id)).toEqual([testMeetingId]);
    expect((await createMaterialStore(target.dataDir).read(draftSha)).toString()).toBe(draftContent);
    const audit = await auditOf(target);
    expect(audit.map((entry) => entry.action)).toEqual(['expert.attendance', 'backup.restore']);
    expect(audit[1]?.details).toMatchObject({ origin: 'other-device', device: fingerprint, entries: 1 });
    expect(removedMeetingAudit(target, 'M-HERE')).toEqual(['backup.restore']);
    expect(await stagingLeft(target)).toEqual([]);
  });

  it('once discarded, changes nothing and can no longer be confirmed', async () => {
    const source = await workstation();
    await seedWithMaterial(source);
    const path = await exportBackup(source);
    const target = await workstation();
    const before = snapshot(target);
    const outcome = await restore(target, path);
    const restoreId = outcome?.status === 'needs-confirmation' ? outcome.restoreId : '';

    await target.handlers['backup.discardRestore']({ restoreId }, workstationCaller);

    await expect(target.handlers['backup.confirmRestore']({ restoreId }, workstationCaller)).rejects.toMatchObject({ code: 'not-found', field: 'restoreId' });
    expect(snapshot(target)).toEqual(before);
    expect(await stagingLeft(target)).toEqual([]);
  });
});

describe('a crafted backup is refused, naming the table, row and field, and nothing changes', () => {
  const plants: { name: string; plant: string; field: string; message: RegExp }[] = [
    {
      name: 'a meeting title that is a number',
      plant: `UPDATE meetings SET body = json_set(body, '$.title', 42)`,
      field: 'meetings[0].title',
      message: /备份中「审评会」（数据表 meetings）第 1 行（编号 M-2026-0147）的字段 title 无效：.+。未做任何恢复，本机数据保持原样/,
    },
    {
      name: 'an unknown review type',
      plant: `UPDATE meetings SET body = json_set(body, '$.reviewType', 'audit')`,
      field: 'meetings[0].reviewType',
      message: /「审评会」.*第 1 行.*的字段 reviewType 无效/,
    },
    {
      name: 'a PIN verifier with 2^31 iterations, which would hold the host',
      plant: `INSERT INTO pledges (meeting_id, id, submission_id, expert_id, body) VALUES ('${testMeetingId}', 'P-E01', NULL, 'E01', json('${JSON.stringify({
        id: 'P-E01',
        meetingId: testMeetingId,
        expertId: 'E01',
        text: '本人承诺公正审评并保守秘密。',
        signedAt: '2026-11-28T09:40:00+08:00',
        signatureImage: null,
        pin: { algorithm: 'PBKDF2-SHA256', iterations: 2 ** 31, salt: '0'.repeat(32), hash: '1'.repeat(64) },
      })}'))`,
      field: 'pledges[0].pin.iterations',
      message: /「承诺书」（数据表 pledges）第 1 行（编号 P-E01）的字段 pin.iterations 无效：PIN 迭代次数不超过/,
    },
    {
      name: 'an expert of a meeting the backup does not hold',
      plant: `INSERT INTO experts (meeting_id, id, submission_id, expert_id, body) SELECT 'M-NONE', id, NULL, expert_id, json_set(body, '$.meetingId', 'M-NONE') FROM experts WHERE id = 'E01'`,
      field: 'experts[5].meetingId',
      message: /「专家」（数据表 experts）第 6 行（编号 E01）的字段 meetingId 无效：备份中没有会议 M-NONE/,
    },
    {
      name: 'a row whose body says another id than its key',
      plant: `UPDATE submissions SET body = json_set(body, '$.id', 'S99')`,
      field: 'submissions[0].id',
      message: /「项目」.*第 1 行（编号 S99）的字段 id 无效：与数据库列 id（S01）不一致/,
    },
  ];

  it.each(plants)('$name', async ({ plant, field, message }) => {
    const source = await workstation();
    await seedWithMaterial(source);
    source.openStore().database.exec(plant);
    const path = await exportBackup(source);
    const target = await workstation();
    seedMeeting(target.openStore());
    const before = snapshot(target);

    const refusal = restore(target, path);

    await expect(refusal).rejects.toMatchObject({ code: 'invalid-backup', field });
    await expect(refusal).rejects.toThrow(message);
    expect(snapshot(target)).toEqual(before);
    expect(await stagingLeft(target)).toEqual([]);
  });

  it('a file changed after it was signed', async () => {
    const source = await workstation();
    await seedWithMaterial(source);
    const path = await exportBackup(source);
    const entries = await readArchive(path);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString()) as { createdAt: string };
    entries.set('manifest.json', Buffer.from(JSON.stringify({ ...manifest, createdAt: '2020-01-01T00:00:00+08:00' })));
    await writeArchive(path, entries);
    const target = await workstation();
    const before = snapshot(target);

    await expect(restore(target, path)).rejects.toThrow(/不是有效的备份文件（签名与清单不符：文件在备份后被改动过）：会前备份.zzbackup/);
    expect(snapshot(target)).toEqual(before);
  });

  it('a store from a newer version of the program', async () => {
    const source = await workstation();
    await seedWithMaterial(source);
    source.openStore().database.pragma('user_version = 99');
    const path = await exportBackup(source);
    const target = await workstation();

    await expect(restore(target, path)).rejects.toThrow(/来自更新的版本（结构版本 99）/);
    expect(snapshot(target).meetings).toEqual([]);
  });

  it('an audit entry that contradicts the one this workstation holds under the same id', async () => {
    const original = await workstation();
    await seedWithMaterial(original);
    const copy = await workstation(false);
    await confirmed(copy, await exportBackup(original));
    tamperAudit(copy, 'audit_log_no_update', `UPDATE audit_log SET body = replace(body, '"present":true', '"present":false') WHERE seq = 1`);
    const path = await exportBackup(copy, '改过的备份.zzbackup');
    const before = snapshot(original);

    const outcome = await restore(original, path);
    expect(outcome).toMatchObject({ status: 'needs-confirmation', summary: { chain: { intact: false, seq: 1 } } });
    const refusal = original.handlers['backup.confirmRestore']({ restoreId: outcome?.status === 'needs-confirmation' ? outcome.restoreId : '' }, workstationCaller);

    await expect(refusal).rejects.toMatchObject({ code: 'invalid-backup', field: 'audit_log[0]' });
    await expect(refusal).rejects.toThrow(/与本机已有的同一条记录内容不同/);
    expect(snapshot(original)).toEqual(before);
  });
});

describe('a backup whose audit chain is broken', () => {
  it('asks first, and the restore records where the chain broke', async () => {
    const source = await workstation();
    await seedWithMaterial(source);
    for (const expertId of ['E03', 'E04']) await source.handlers['expert.setAttendance']({ meetingId: testMeetingId, expertId, present: true }, workstationCaller);
    const copy = await workstation(false);
    await confirmed(copy, await exportBackup(source));
    tamperAudit(copy, 'audit_log_no_delete', 'DELETE FROM audit_log WHERE seq = 2');
    const path = await exportBackup(copy);
    const target = await workstation();

    const { summary, report } = await confirmed(target, path);

    expect(summary.chain).toMatchObject({ intact: false, seq: 3 });
    const restoreEntry = (await auditOf(target)).at(-1);
    expect(restoreEntry).toMatchObject({ action: 'backup.restore', details: { chainBreak: 3, origin: 'other-device' } });
    expect(report.chain).toMatchObject({ intact: true });
  });
});

describe('the one migration path: a backup made by version 0.1', () => {
  const legacyTables = async () => (JSON.parse(await readFile(legacyFixture, 'utf8')) as { tables: Record<string, Record<string, unknown>[]> }).tables;

  it('restores into the store once confirmed: every record, its history chained, its unsent bundle held', async () => {
    const tables = await legacyTables();
    const host = await workstation();

    const { summary, report } = await confirmed(host, legacyFixture);

    expect(summary).toMatchObject({ origin: { kind: 'legacy', appVersion: '0.1.0' }, chain: null, pendingBundles: 1, records: 49 });
    const data = await host.handlers['meeting.read']({ meetingId: testMeetingId }, workstationCaller);
    expect(data?.meeting).toEqual(tables.meetings![0]);
    expect(data?.experts).toHaveLength(7);
    expect(data?.scoreSheets).toHaveLength(13);
    expect(data?.verdicts.map((verdict) => verdict.verdictId)).toEqual(['V-S01', 'V-S02']);
    const pledges = host.openStore().read((tx) => tx.pledges.list(testMeetingId));
    expect(pledges.find((pledge) => pledge.id === 'P-E01')?.pin?.iterations).toBe(600_000);
    expect(report.missingMaterials).toBe(6);
    const audit = await auditOf(host);
    expect(audit.map((entry) => entry.action)).toEqual(['meeting.create', 'pledge.sign', 'verdict.finalise', 'verdict.finalise', 'backup.restore']);
    expect(audit.at(-1)?.details).toMatchObject({ origin: 'legacy', entries: 4, held: 1 });
    expect(await host.handlers['audit.verify']({}, workstationCaller)).toMatchObject({ intact: true, entries: 5 });
    const outbox = await host.handlers['outbox.list']({}, workstationCaller);
    expect(outbox.map((entry) => [entry.verdictId, entry.status])).toEqual([
      ['V-S01', 'held'],
      ['V-S02', 'delivered'],
    ]);
    expect(report.held).toEqual([expect.objectContaining({ verdictId: 'V-S01', versionNo: 1, submissionId: 'S01' })]);
  });

  it('holds the unsent bundle: the device key signs nothing of it until the secretary confirms it', async () => {
    const host = await workstation();
    await confirmed(host, legacyFixture);
    const version = { verdictId: 'V-S01', versionNo: 1 };

    await expect(host.handlers['sync.deliver'](version, workstationCaller)).rejects.toMatchObject({ code: 'refused' });
    await expect(host.handlers['sync.exportVerdict']({ ...version, path: join(await tempFolder(), 'v.zzverdict') }, workstationCaller)).rejects.toMatchObject({ code: 'refused' });

    const released = await host.handlers['outbox.confirmHeld'](version, workstationCaller);

    expect(released.status).toBe('pending');
    expect(host.openStore().read((tx) => tx.ledger.signed('V-S01', 1))).toBe(released.bundleDigest);
  });

  it('refuses a row the model does not allow, naming where it is in the old file, and changes nothing', async () => {
    const file = JSON.parse(await readFile(legacyFixture, 'utf8')) as { tables: Record<string, Record<string, unknown>[]> };
    file.tables.meetings![0]!.reviewType = 'audit';
    const path = join(await tempFolder(), '旧备份.zzbackup');
    await writeFile(path, JSON.stringify(file));
    const host = await workstation();
    seedMeeting(host.openStore());
    const before = snapshot(host);

    const refusal = restore(host, path);

    await expect(refusal).rejects.toMatchObject({ code: 'invalid-backup', field: 'tables.meetings[0].reviewType' });
    await expect(refusal).rejects.toThrow(/备份中「审评会」（数据表 meetings）第 1 行（编号 M-2026-0147）的字段 reviewType 无效/);
    expect(snapshot(host)).toEqual(before);
  });

  it('refuses a file that is neither kind of backup, naming it', async () => {
    const path = join(await tempFolder(), '纪要.zzbackup');
    await writeFile(path, '{"format":"zzpkg"}');
    const host = await workstation();

    await expect(restore(host, path)).rejects.toThrow(/不是有效的备份文件（format：.+）：纪要\.zzbackup/);
  });
});

describe('the device key and enrollment travel in the backup, sealed with the passphrase', () => {
  const enrollment = {
    deviceName: '秘书处笔记本',
    bureauUrl: 'https://bureau.example.gov.cn',
    bureauKeyId: 'bureau-2026',
    bureauPublicKey: Buffer.alloc(32, 7).toString('base64'),
    enrolledAt: '2026-11-20T09:00:00+08:00',
  };

  /** An enrolled workstation with one meeting and its material, backed up with the passphrase. */
  const enrolledBackup = async () => {
    const source = await workstation();
    await seedWithMaterial(source);
    const devicePublicKey = (await publicKeyOf(source)).toString('base64');
    await createEnrollmentFile(source.dataDir).write({ ...enrollment, deviceId: 'D-0001', devicePublicKey });
    return { path: await exportBackup(source), devicePublicKey };
  };

  it('restores onto an empty data folder: materials readable, key and enrollment in place, nothing to enroll again', async () => {
    const { path, devicePublicKey } = await enrolledBackup();
    const wiped = await workstation(false);
    const outcome = await wiped.handlers['backup.restore']({ path, passphrase }, workstationCaller);
    if (outcome?.status !== 'needs-confirmation') throw new Error(`expected a confirmation, got ${JSON.stringify(outcome)}`);
    const report = await wiped.handlers['backup.confirmRestore']({ restoreId: outcome.restoreId }, workstationCaller);
    expect(report).toMatchObject({ identity: 'restored', missingMaterials: 0 });
    expect((await publicKeyOf(wiped)).toString('base64')).toBe(devicePublicKey);
    expect(await createEnrollmentFile(wiped.dataDir).read()).toEqual({ ...enrollment, deviceId: 'D-0001', devicePublicKey });
    expect(await wiped.handlers['sync.status']({}, workstationCaller)).toMatchObject({ enrolled: true, deviceId: 'D-0001', bureauUrl: enrollment.bureauUrl });
    const read = await wiped.handlers['materials.read']({ sha256: draftSha }, workstationCaller);
    expect(Buffer.from(read.contentBase64, 'base64').toString()).toBe(draftContent);
  });

  it('asks for the passphrase, and a wrong one changes nothing', async () => {
    const { path } = await enrolledBackup();
    const wiped = await workstation(false);
    const before = snapshot(wiped);
    await expect(wiped.handlers['backup.restore']({ path }, workstationCaller)).rejects.toMatchObject({ code: 'passphrase-required', field: 'passphrase' });
    await expect(wiped.handlers['backup.restore']({ path, passphrase: '碧螺春 2026' }, workstationCaller)).rejects.toMatchObject({
      code: 'wrong-passphrase',
      field: 'passphrase',
      message: expect.stringMatching(/^备份口令不正确.*未做任何恢复，本机数据保持原样$/),
    });
    expect(snapshot(wiped)).toEqual(before);
    expect(await createDeviceKeyStore(wiped.dataDir, undefined).current()).toBeNull();
    expect(await createEnrollmentFile(wiped.dataDir).read()).toBeNull();
    expect(await stagingLeft(wiped)).toEqual([]);
  });

  it('is refused at export without a passphrase once there is a key to protect, before any file is written', async () => {
    const host = await workstation();
    const folder = await tempFolder();
    await expect(host.handlers['backup.export']({ path: join(folder, 'b.zzbackup') }, workstationCaller)).rejects.toMatchObject({ code: 'passphrase-required' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('a workstation with a key of its own keeps it', async () => {
    const { path } = await enrolledBackup();
    const other = await workstation();
    const own = (await publicKeyOf(other)).toString('base64');
    const { report } = await confirmed(other, path);
    expect(report.identity).toBe('kept-own');
    expect((await publicKeyOf(other)).toString('base64')).toBe(own);
    expect(await createEnrollmentFile(other.dataDir).read()).toBeNull();
  });
});
