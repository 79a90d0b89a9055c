import type { ReviewType } from '../model/review-type.js';
import type { Rubric } from '../model/rubric.js';
import { zzbInitiationRubric } from './zzb-initiation.js';
import { zzbPeriodicRubric } from './zzb-periodic.js';
import { zzbTechnicalRubric } from './zzb-technical.js';

export const builtinRubrics: Readonly<Record<ReviewType, Rubric>> = {
  technical: zzbTechnicalRubric,
  initiation: zzbInitiationRubric,
  periodic: zzbPeriodicRubric,
};
