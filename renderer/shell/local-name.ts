import type { BilingualName } from '../../shared/model/common.js';
import { useAppStore } from '../state/app-store.js';

/** A rubric's or criterion's name in the interface language (both are part of every rubric). */
export const useLocalName = (): ((name: BilingualName) => string) => {
  const language = useAppStore((state) => state.settings.language);
  return (name) => (language === 'en' ? name.en : name.zh);
};
