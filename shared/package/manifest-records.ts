import type { Expert } from '../model/expert.js';
import type { Meeting } from '../model/meeting.js';
import { reviewPhases } from '../model/phase.js';
import type { Material, Submission } from '../model/submission.js';
import type { PackageManifest } from './manifest.js';

export type ManifestRecords = {
  meeting: Meeting;
  experts: Expert[];
  submissions: Submission[];
  materials: Material[];
};

/**
 * The Dexie records a package describes. Material ids are their package paths, unique in the package and
 * stable across re-imports, so a re-import can tell which materials changed; each material keeps its
 * place in its submission's list as `position`.
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
    materials: manifest.submissions.flatMap(({ id: submissionId, materials }) =>
      materials.map((material, position) => ({ ...material, id: material.path, meetingId, submissionId, position })),
    ),
  };
};
