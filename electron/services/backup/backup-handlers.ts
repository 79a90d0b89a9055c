import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import { basename, parse, resolve } from 'node:path';
import type { backupCalls, RestoreReport } from '../../../shared/api/calls/backup-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { HostFailure } from '../../../shared/api/result.js';
import { backupFileExtension } from '../../../shared/backup/backup-file.js';
import { bytesToBase64 } from '../../../shared/protocol/base64.js';
import { createFileService } from '../file-service.js';
import type { HostDeps } from '../host-deps.js';
import { requireWorkstation } from '../meeting/actor.js';
import type { MeetingDeps } from '../meeting/meeting-deps.js';
import type { PackageServices } from '../package/package-services.js';
import { createDeviceKeyStore } from '../sync/device-key.js';
import { createEnrollmentFile } from '../sync/enrollment-file.js';
import { applyRestore } from './apply-restore.js';
import { stageBackup } from './backup-reader.js';
import { writeBackup, type BackupSigner } from './backup-writer.js';
import { needsConfirmation, prepareRestore, type PreparedRestore } from './restore-plan.js';

type BackupHandlers = Pick<HostHandlers, keyof typeof backupCalls>;

const backupFilters = [{ name: '审评工作站备份', extensions: [backupFileExtension] }];

const withExtension = (path: string): string => (parse(path).ext ? path : `${path}.${backupFileExtension}`);

/** A restore checked and staged, waiting for the secretary's word; one at a time. */
type PendingRestore = { id: string; stagingId: string; prepared: PreparedRestore };

const expired = () => new HostFailure('not-found', '这次恢复已失效（已取消，或已选择了另一个备份文件），请重新选择备份文件', 'restoreId');

/**
 * Backup and restore of the whole workstation, made by the host from its own store and content
 * store (DESIGN.md section 3): the renderer only chooses the file and, for a backup that is not
 * this workstation's own, confirms.
 */
export const createBackupHandlers = (deps: HostDeps, { store, acting, now }: MeetingDeps, packages: PackageServices): BackupHandlers => {
  const files = createFileService(deps.dialogs);
  // Read afresh on each use: the sync service may create or replace the key at enrollment meanwhile.
  const deviceKey = () => createDeviceKeyStore(deps.dataDir, deps.secretProtector).current();
  let pending: PendingRestore | null = null;

  const signer = async (): Promise<BackupSigner> => {
    const key = await deviceKey();
    if (key === null) return null;
    const enrollment = await createEnrollmentFile(deps.dataDir).read();
    const ours = enrollment?.devicePublicKey === bytesToBase64(key.publicKey) ? enrollment : null;
    return { key, deviceId: ours?.deviceId ?? null, deviceName: ours?.deviceName ?? null };
  };

  /** Under Electron the native dialog chooses; in the browser shell the in-app dialog chose `supplied`. */
  const chooseTarget = async (supplied: string | undefined): Promise<string | null> => {
    if (deps.dialogs !== null) {
      if (supplied !== undefined) throw new HostFailure('invalid-arguments', '此处须通过系统对话框选择文件', 'path');
      const chosen = await deps.dialogs.chooseSave({ title: '导出备份', defaultName: `审评工作站备份-${now().slice(0, 10)}.${backupFileExtension}`, filters: backupFilters });
      return chosen && withExtension(chosen);
    }
    if (supplied === undefined) throw new HostFailure('no-dialog', '请在应用内的对话框中选择文件', 'path');
    return withExtension(resolve(supplied));
  };

  const stagingFolder = async () => {
    const id = `backup-${randomUUID()}`;
    return { id, folder: await packages.staging.create(id) };
  };

  const dropPending = async () => {
    const dropped = pending;
    pending = null;
    if (dropped) await packages.staging.remove(dropped.stagingId);
  };

  /** Materials first (content-addressed, so extra files change nothing anyone sees), then every record in one transaction. */
  const commit = async ({ plan, materials }: PreparedRestore): Promise<RestoreReport> => {
    for (const material of materials) await packages.materials.adopt(material.file, material.sha256, material.bytes);
    const held = applyRestore(store, plan, now());
    acting.lockAll();
    const contents = new Set(plan.rows.materials.map((material) => material.sha256));
    let missingMaterials = 0;
    for (const sha256 of contents) {
      missingMaterials += await access(packages.materials.blobPath(sha256)).then(
        () => 0,
        () => 1,
      );
    }
    return { summary: plan.summary, held, missingMaterials, chain: store.verifyAuditChain() };
  };

  return {
    'backup.export': async ({ path }, caller) => {
      requireWorkstation(caller);
      const target = await chooseTarget(path);
      if (target === null) return null;
      const work = await stagingFolder();
      try {
        const written = await writeBackup({ store, materials: packages.materials, workDir: work.folder, target, appVersion: deps.version, createdAt: now(), signer: await signer() });
        return { path: target, ...written };
      } finally {
        await packages.staging.remove(work.id);
      }
    },

    'backup.restore': async ({ path }, caller) => {
      requireWorkstation(caller);
      const source = await files.chooseOpenPath({ title: '从备份恢复', filters: backupFilters, path });
      if (source === null) return null;
      await dropPending();
      const work = await stagingFolder();
      let kept = false;
      try {
        const ownKey = await deviceKey().catch(() => null);
        const prepared = prepareRestore(await stageBackup(source, work.folder), basename(source), ownKey?.publicKey ?? null);
        if (needsConfirmation(prepared.plan.summary)) {
          pending = { id: randomUUID(), stagingId: work.id, prepared };
          kept = true;
          return { status: 'needs-confirmation', restoreId: pending.id, summary: prepared.plan.summary };
        }
        return { status: 'restored', report: await commit(prepared) };
      } finally {
        if (!kept) await packages.staging.remove(work.id);
      }
    },

    'backup.confirmRestore': async ({ restoreId }, caller) => {
      requireWorkstation(caller);
      if (pending?.id !== restoreId) throw expired();
      const { prepared } = pending;
      try {
        return await commit(prepared);
      } finally {
        await dropPending();
      }
    },

    'backup.discardRestore': async ({ restoreId }, caller) => {
      requireWorkstation(caller);
      if (pending?.id === restoreId) await dropPending();
      return null;
    },
  };
};
