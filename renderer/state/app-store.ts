import { create } from 'zustand';
import type { HostValue } from '../../shared/api/contract.js';
import { applyValidationLocale } from '../../shared/i18n/validation-locale.js';
import { translator, type Translate } from '../../shared/i18n/translate.js';
import { defaultSettings, type Settings, type SettingsPatch } from '../../shared/settings/settings.js';
import { callHost } from '../host/host-client.js';

type AppInfo = HostValue<'app.info'>;

type AppState = {
  status: 'loading' | 'ready' | 'unreachable';
  problem: string | null;
  info: AppInfo | null;
  settings: Settings;
  t: Translate;
  load(): Promise<void>;
  /** Resolves only once the host has written the settings to disk. */
  saveSettings(patch: SettingsPatch): Promise<Settings>;
};

const adopt = (settings: Settings) => {
  applyValidationLocale(settings.language);
  document.documentElement.lang = settings.language;
  return { settings, t: translator(settings.language) };
};

export const useAppStore = create<AppState>((set) => ({
  status: 'loading',
  problem: null,
  info: null,
  settings: defaultSettings,
  t: translator(defaultSettings.language),
  async load() {
    try {
      const [info, settings] = await Promise.all([callHost('app.info', {}), callHost('settings.get', {})]);
      set({ status: 'ready', info, ...adopt(settings) });
    } catch (error) {
      set({ status: 'unreachable', problem: (error as Error).message });
    }
  },
  async saveSettings(patch) {
    const settings = await callHost('settings.set', { patch });
    set(adopt(settings));
    return settings;
  },
}));

export const useT = (): Translate => useAppStore((state) => state.t);
