import type { ReviewType } from '../model/review-type.js';
import type { BuiltinRubric } from '../model/rubric.js';
import { zzbInitiationRubric } from './zzb-initiation.js';
import { zzbPeriodicRubric } from './zzb-periodic.js';
import { zzbTechnicalRubric } from './zzb-technical.js';

export const builtinRubrics: Readonly<Record<ReviewType, BuiltinRubric>> = {
  technical: zzbTechnicalRubric,
  initiation: zzbInitiationRubric,
  periodic: zzbPeriodicRubric,
};
