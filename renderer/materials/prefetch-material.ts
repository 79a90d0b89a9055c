import { inPackageOrder } from '../../shared/materials/material-order.js';
import type { Material } from '../../shared/model/submission.js';
import { database } from '../state/database.js';
import { openMaterial } from './open-material.js';

/** A submission's materials in package order: the order of the reader's switcher, its 送审稿 first. */
export const readMaterials = (meetingId: string, submissionId: string): Promise<Material[]> =>
  database.materials
    .where('[meetingId+submissionId]')
    .equals([meetingId, submissionId])
    .toArray()
    .then(inPackageOrder);

/**
 * Opens the material a reading screen shows first (the one its route names, else the first in
 * package order) while the screen's own code and data still load; the reader then finds it open.
 */
export const prefetchMaterial = (meetingId: string, submissionId: string, materialId?: string): void => {
  readMaterials(meetingId, submissionId)
    .then((materials) => {
      const shown = materialId === undefined ? materials[0] : materials.find((material) => material.id === materialId);
      // A failure is the reader's to show when it opens the material itself.
      if (shown) openMaterial(shown.sha256, shown.mediaType).catch(() => undefined);
    })
    .catch((error: unknown) => console.error('预读材料失败', error));
};
