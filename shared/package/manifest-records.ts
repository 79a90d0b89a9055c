import type { Expert } from '../model/expert.js';
import type { Meeting } from '../model/meeting.js';
import { reviewPhases } from '../model/phase.js';
import type { Material, Submission } from '../model/submission.js';
import { manifestMaterials, type PackageManifest } from './manifest.js';

export type ManifestRecords = {
  meeting: Meeting;
  experts: Expert[];
  submissions: Submission[];
  materials: Material[];
};

/**
 * The Dexie records a package describes. Material ids are their package paths, unique in the package and
 * stable across re-imports, so a re-import can tell which materials changed.
 */
export const manifestToRecords = (manifest: PackageManifest, packageId: string = manifest.packageId): ManifestRecords => {
  const meetingId = manifest.meeting.id;
  return {
    meeting: { ...manifest.meeting, packageId },
    experts: manifest.panel.map((expert) => ({ ...expert, meetingId, present: true })),
    submissions: manifest.submissions.map(({ materials: _materials, ...submission }) => ({
      ...submission,
      meetingId,
      phase: reviewPhases[0],
    })),
    materials: manifestMaterials(manifest).map(({ submissionId, material }) => ({
      ...material,
      id: material.path,
      meetingId,
      submissionId,
    })),
  };
};
