import { z } from 'zod';
import type { Language } from '../settings/settings.js';

/** Validation messages follow the UI language so a rejected field reads naturally to the user. */
export const applyValidationLocale = (language: Language): void => {
  z.config(language === 'zh-CN' ? z.locales.zhCN() : z.locales.en());
};
