import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { HostFailure } from '../../../shared/api/result.js';
import type { PackageJobState, PackagePreview } from '../../../shared/api/calls/package-calls.js';
import { inspectPackage, type BureauKey, type StagedMaterial } from './package-reader.js';
import type { MaterialStore } from './material-store.js';
import type { Staging } from './staging.js';

type CommitResult = { materials: { sha256: string; bytes: number }[] };

type Job = {
  controller: AbortController;
  /** Settles when the background inspection has finished and cleaned up after itself. */
  settled: Promise<void>;
  progress: { bytesDone: number; bytesTotal: number };
  outcome:
    | { state: 'running' }
    | { state: 'ready'; preview: PackagePreview; staged: StagedMaterial[] }
    | { state: 'rejected'; error: { code: string; message: string; field: string | null } }
    | { state: 'committed'; preview: PackagePreview; result: CommitResult };
  committing: Promise<CommitResult> | null;
};

const notReady = (jobId: string) => new HostFailure('job-not-ready', `评审包尚未通过检查，不能导入：${jobId}`, 'jobId');

const describeFailure = (error: unknown, archiveName: string) =>
  error instanceof HostFailure
    ? { code: error.code, message: error.message, field: error.field ?? null }
    : { code: 'io', message: `读取评审包时出错（${(error as Error).message}）：${archiveName}`, field: archiveName };

/**
 * Package imports in flight. Inspection runs in the background while the renderer polls; nothing reaches
 * the material store before `commit`, and a rejection or discard removes the staging folder again.
 */
export const createPackageJobs = (deps: { staging: Staging; store: MaterialStore; bureauKey: () => BureauKey | null }) => {
  const jobs = new Map<string, Job>();

  const jobOf = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new HostFailure('not-found', `导入任务不存在或已结束：${jobId}`, 'jobId');
    return job;
  };

  const run = async (jobId: string, archivePath: string, archiveBytes: number, job: Job): Promise<void> => {
    const fileName = basename(archivePath);
    try {
      const stagingDir = await deps.staging.create(jobId);
      const inspected = await inspectPackage({
        archivePath,
        archiveName: fileName,
        stagingDir,
        bureauKey: deps.bureauKey(),
        signal: job.controller.signal,
        onProgress: (bytesDone, bytesTotal) => {
          job.progress = { bytesDone, bytesTotal };
        },
      });
      const { manifest, signature, warnings } = inspected;
      job.outcome = {
        state: 'ready',
        preview: { jobId, fileName, path: archivePath, bytes: archiveBytes, manifest, signature, warnings },
        staged: inspected.staged,
      };
    } catch (error) {
      await deps.staging.remove(jobId);
      job.outcome = { state: 'rejected', error: describeFailure(error, fileName) };
    }
  };

  const commit = async (jobId: string, job: Job, preview: PackagePreview, staged: StagedMaterial[]): Promise<CommitResult> => {
    for (const material of staged) await deps.store.adopt(material.file, material.sha256, material.bytes);
    await deps.staging.remove(jobId);
    const result = { materials: staged.map(({ sha256, bytes }) => ({ sha256, bytes })) };
    job.outcome = { state: 'committed', preview, result };
    return result;
  };

  return {
    start(archivePath: string, archiveBytes: number): string {
      const jobId = randomUUID();
      const job: Job = {
        controller: new AbortController(),
        settled: Promise.resolve(),
        progress: { bytesDone: 0, bytesTotal: archiveBytes },
        outcome: { state: 'running' },
        committing: null,
      };
      jobs.set(jobId, job);
      job.settled = run(jobId, archivePath, archiveBytes, job);
      return jobId;
    },

    status(jobId: string): PackageJobState {
      const job = jobOf(jobId);
      const { outcome } = job;
      if (outcome.state === 'ready') return { state: 'ready', preview: outcome.preview };
      if (outcome.state === 'rejected') return { state: 'rejected', error: outcome.error };
      if (outcome.state === 'committed') throw new HostFailure('job-committed', `导入任务已提交：${jobId}`, 'jobId');
      return { state: 'running', ...job.progress };
    },

    /** What the checked package holds, before and after its materials are committed: what an import writes. */
    preview(jobId: string): PackagePreview {
      const { outcome } = jobOf(jobId);
      if (outcome.state !== 'ready' && outcome.state !== 'committed') throw notReady(jobId);
      return outcome.preview;
    },

    /** Repeating a commit (say, after a lost reply) returns the same result instead of failing. */
    async commit(jobId: string): Promise<CommitResult> {
      const job = jobOf(jobId);
      const { outcome } = job;
      if (outcome.state === 'committed') return outcome.result;
      if (outcome.state !== 'ready') throw notReady(jobId);
      job.committing ??= commit(jobId, job, outcome.preview, outcome.staged).finally(() => {
        job.committing = null;
      });
      return job.committing;
    },

    async discard(jobId: string): Promise<void> {
      const job = jobs.get(jobId);
      if (!job) return;
      job.controller.abort();
      await job.settled;
      await job.committing?.catch(() => undefined);
      jobs.delete(jobId);
      if (job.outcome.state !== 'committed') await deps.staging.remove(jobId);
    },
  };
};
export type PackageJobs = ReturnType<typeof createPackageJobs>;
