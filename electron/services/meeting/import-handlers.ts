import type { importCalls } from '../../../shared/api/calls/import-calls.js';
import type { HostHandlers } from '../../../shared/api/contract.js';
import { manifestToRecords } from '../../../shared/package/manifest-records.js';
import type { PackageServices } from '../package/package-services.js';
import { requireWorkstation } from './actor.js';
import { planRecords, requireUnblocked, writeRecords } from './import-records.js';
import type { MeetingDeps } from './meeting-deps.js';

type ImportHandlers = Pick<HostHandlers, keyof typeof importCalls>;

/** A staged review package into the store; the records come from the manifest the host checked when staging it. */
export const createImportHandlers = ({ store, now }: MeetingDeps, { jobs }: PackageServices): ImportHandlers => ({
  'meeting.planImport': async ({ jobId }, caller) => {
    requireWorkstation(caller);
    const records = manifestToRecords(jobs.preview(jobId).manifest);
    return store.read((tx) => planRecords(tx, records));
  },

  'meeting.import': async ({ jobId }, caller) => {
    requireWorkstation(caller);
    const { manifest, fileName, bytes, signature } = jobs.preview(jobId);
    const records = manifestToRecords(manifest);
    // Checked before the materials move too, so a blocked package leaves the content store as it was.
    requireUnblocked(store.read((tx) => planRecords(tx, records)));
    await jobs.commit(jobId);
    const source = { packageId: manifest.packageId, fileName, bytes, signature: signature.status, keyId: signature.keyId };
    await store.write({ meetingId: records.meeting.id }, (tx) => writeRecords(tx, records, { action: 'package.import', details: source }, now()));
    // Done with: a repeated call finds no job rather than importing the same package twice.
    await jobs.discard(jobId);
    return { meetingId: records.meeting.id, title: records.meeting.title };
  },
});
