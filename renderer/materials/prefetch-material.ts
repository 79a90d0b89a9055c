import { inPackageOrder } from '../../shared/materials/material-order.js';
import type { Material } from '../../shared/model/submission.js';
import { readMeeting } from '../meeting/use-meeting.js';
import { openMaterial } from './open-material.js';

/** A submission's materials in package order: the order of the reader's switcher, its 送审稿 first. */
export const materialsOf = (materials: readonly Material[], submissionId: string): Material[] =>
  inPackageOrder(materials.filter((material) => material.submissionId === submissionId));

/**
 * Opens the material a reading screen shows first (the one its route names, else the first in
 * package order) while the screen's own code and data still load; the reader then finds it open.
 */
export const prefetchMaterial = (meetingId: string, submissionId: string, materialId?: string): void => {
  readMeeting(meetingId)
    .then((data) => {
      const materials = materialsOf(data?.materials ?? [], submissionId);
      const shown = materialId === undefined ? materials[0] : materials.find((material) => material.id === materialId);
      // A failure is the reader's to show when it opens the material itself.
      if (shown) openMaterial(shown.sha256, shown.mediaType).catch(() => undefined);
    })
    .catch((error: unknown) => console.error('预读材料失败', error));
};
