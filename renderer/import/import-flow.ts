import { create } from 'zustand';
import type { PackagePreview } from '../../shared/api/calls/package-calls.js';
import type { HostArgs } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import { manifestToRecords, type ManifestRecords } from '../../shared/package/manifest-records.js';
import { packageFileExtension } from '../../shared/package/limits.js';
import type { ReimportPlan } from '../../shared/package/reimport-plan.js';
import { choosePath } from '../files/path-chooser.js';
import { callHost } from '../host/host-client.js';
import { database } from '../state/database.js';
import { navigate } from '../state/route.js';
import { planImport, writeImport } from './import-records.js';

export type ImportRejection = { code: string; message: string; field: string | null };

/** One import at a time, from choosing the file to the commit; the import page shows whichever step it is in. */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; jobId: string; bytesDone: number; bytesTotal: number }
  | { step: 'preview'; preview: PackagePreview; records: ManifestRecords; plan: ReimportPlan; committing: boolean }
  | { step: 'rejected'; rejection: ImportRejection };

export const useImportFlow = create<ImportStep>(() => ({ step: 'idle' }));

const pollInterval = 200;

/** Bumped whenever an import starts or ends, so a poll left over from an earlier one stops. */
let generation = 0;

const rejectionOf = (error: unknown): ImportRejection =>
  error instanceof HostFailure
    ? { code: error.code, message: error.message, field: error.field ?? null }
    : { code: 'failed', message: error instanceof Error ? error.message : String(error), field: null };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const follow = async (jobId: string, mine: number): Promise<void> => {
  for (;;) {
    const state = await callHost('package.job', { jobId });
    if (mine !== generation) return;
    if (state.state === 'running') {
      useImportFlow.setState({ step: 'reading', jobId, bytesDone: state.bytesDone, bytesTotal: state.bytesTotal });
      await sleep(pollInterval);
      if (mine !== generation) return;
      continue;
    }
    if (state.state === 'rejected') return useImportFlow.setState({ step: 'rejected', rejection: state.error });
    const records = manifestToRecords(state.preview.manifest);
    const plan = await planImport(database, records);
    if (mine === generation) useImportFlow.setState({ step: 'preview', preview: state.preview, records, plan, committing: false });
    return;
  }
};

const discardCurrent = async () => {
  const current = useImportFlow.getState();
  const jobId = current.step === 'reading' ? current.jobId : current.step === 'preview' ? current.preview.jobId : null;
  generation += 1;
  useImportFlow.setState({ step: 'idle' });
  if (jobId) await callHost('package.discard', { jobId }).catch(() => undefined);
};

/**
 * Starts reading a package: a `path` from a drop or the in-app chooser, no path under Electron where the
 * host's native dialog asks, `origin: 'demo'` for the bundled demo, or a `downloadId` the host fetched from
 * the bureau. The host stages and checks it; nothing reaches the database before `confirmImport`.
 */
export const inspectPackage = async (source: HostArgs<'package.inspect'>): Promise<void> => {
  await discardCurrent();
  const mine = generation;
  try {
    const { jobId } = await callHost('package.inspect', source);
    if (mine !== generation) return void callHost('package.discard', { jobId }).catch(() => undefined);
    useImportFlow.setState({ step: 'reading', jobId, bytesDone: 0, bytesTotal: 0 });
    navigate('meetings', 'import');
    await follow(jobId, mine);
  } catch (error) {
    if (error instanceof HostFailure && error.code === 'cancelled') return;
    if (mine !== generation) return;
    useImportFlow.setState({ step: 'rejected', rejection: rejectionOf(error) });
    navigate('meetings', 'import');
  }
};

/** 「导入评审包」: the file chooser, then the import. */
export const chooseAndInspectPackage = async (title: string): Promise<void> => {
  const path = await choosePath({ mode: 'open', title, extensions: [packageFileExtension] });
  if (path === null) return;
  await inspectPackage(path === undefined ? {} : { path });
};

/** Moves the staged files into the store, then writes every record and the audit entry in one transaction. */
export const confirmImport = async (): Promise<{ meetingId: string; title: string }> => {
  const current = useImportFlow.getState();
  if (current.step !== 'preview' || current.committing) throw new Error('没有待确认的导入');
  const { preview, records } = current;
  useImportFlow.setState({ ...current, committing: true });
  try {
    const stored = await callHost('package.commit', { jobId: preview.jobId });
    const storedHashes = new Set(stored.materials.map((material) => material.sha256));
    const missing = records.materials.find((material) => !storedHashes.has(material.sha256));
    if (missing) throw new Error(`材料未能存入本机：${missing.path}`);
    await writeImport(database, records, {
      action: 'package.import',
      details: { packageId: preview.manifest.packageId, fileName: preview.fileName, bytes: preview.bytes, signature: preview.signature.status, keyId: preview.signature.keyId },
    });
  } catch (error) {
    useImportFlow.setState({ ...current, committing: false });
    throw error;
  }
  generation += 1;
  useImportFlow.setState({ step: 'idle' });
  navigate('meetings', records.meeting.id);
  return { meetingId: records.meeting.id, title: records.meeting.title };
};

/** 「取消」: the host deletes what it staged; nothing was written here. */
export const cancelImport = async (): Promise<void> => {
  await discardCurrent();
  navigate('meetings');
};
