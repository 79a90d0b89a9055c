import { create } from 'zustand';
import type { ImportPlan } from '../../shared/api/calls/import-calls.js';
import type { PackagePreview } from '../../shared/api/calls/package-calls.js';
import type { HostArgs } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import { manifestToRecords, type ManifestRecords } from '../../shared/package/manifest-records.js';
import { packageFileExtension } from '../../shared/package/limits.js';
import { choosePath } from '../files/path-chooser.js';
import { callHost } from '../host/host-client.js';
import { navigate } from '../state/route.js';

export type ImportRejection = { code: string; message: string; field: string | null };

/**
 * One import at a time, from choosing the file to the commit; the import page shows whichever step it is in.
 * `records` are what the preview lists, read from the manifest; the host derives its own when it imports.
 */
export type ImportStep =
  | { step: 'idle' }
  | { step: 'reading'; jobId: string; bytesDone: number; bytesTotal: number }
  | { step: 'preview'; preview: PackagePreview; records: ManifestRecords; plan: ImportPlan; committing: boolean }
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
    const plan = await callHost('meeting.planImport', { jobId });
    if (mine === generation) useImportFlow.setState({ step: 'preview', preview: state.preview, records: manifestToRecords(state.preview.manifest), plan, committing: false });
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
 * the bureau. The host stages and checks it; nothing reaches the meeting store before `confirmImport`.
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

/** The host moves the staged files into its content store and writes every record with the audit entry, in one step. */
export const confirmImport = async (): Promise<{ meetingId: string; title: string }> => {
  const current = useImportFlow.getState();
  if (current.step !== 'preview' || current.committing) throw new Error('没有待确认的导入');
  useImportFlow.setState({ ...current, committing: true });
  let imported: { meetingId: string; title: string };
  try {
    imported = await callHost('meeting.import', { jobId: current.preview.jobId });
  } catch (error) {
    // Work recorded since the preview may now block the import: show the plan as the host sees it.
    const plan = await callHost('meeting.planImport', { jobId: current.preview.jobId }).catch(() => current.plan);
    useImportFlow.setState({ ...current, plan, committing: false });
    throw error;
  }
  generation += 1;
  useImportFlow.setState({ step: 'idle' });
  navigate('meetings', imported.meetingId);
  return imported;
};

/** 「取消」: the host deletes what it staged; nothing was written here. */
export const cancelImport = async (): Promise<void> => {
  await discardCurrent();
  navigate('meetings');
};
