import type { Criterion } from '../../../shared/model/rubric.js';
import type { Language } from '../../../shared/settings/settings.js';

/** A criterion's guidance as the scoring screen shows it, and the language it is written in. */
export type ShownGuidance = { text: string; checkpoints: string[]; lang: Language; chineseOnly: boolean };

/**
 * The English guidance in the English interface; the Chinese otherwise, and also when a bureau's
 * package gave only Chinese — then marked as the package's own text, as other user data is.
 */
export const guidanceOf = (criterion: Criterion, language: Language): ShownGuidance => {
  if (language === 'en' && criterion.en !== undefined) return { text: criterion.en.guidance, checkpoints: criterion.en.checkpoints, lang: 'en', chineseOnly: false };
  return { text: criterion.guidance, checkpoints: criterion.checkpoints, lang: 'zh-CN', chineseOnly: language === 'en' };
};
