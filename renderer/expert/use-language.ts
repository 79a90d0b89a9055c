import { applyValidationLocale } from '../../shared/i18n/validation-locale.js';
import { translator } from '../../shared/i18n/translate.js';
import type { Language } from '../../shared/settings/settings.js';
import { useAppStore } from '../state/app-store.js';

const storageKey = 'zz-expert-language';

/** The expert's language lives on their device (the workstation's settings are not theirs to change); Chinese first. */
export const applyStoredLanguage = (): void => {
  const language: Language = localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
  adopt(language);
};

const adopt = (language: Language) => {
  applyValidationLocale(language);
  document.documentElement.lang = language;
  useAppStore.setState((state) => ({ settings: { ...state.settings, language }, t: translator(language) }));
};

export const useLanguageToggle = () => {
  const language = useAppStore((state) => state.settings.language);
  return () => {
    const next: Language = language === 'zh-CN' ? 'en' : 'zh-CN';
    localStorage.setItem(storageKey, next);
    adopt(next);
  };
};
