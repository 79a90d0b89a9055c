import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../shared/settings/settings.js';

/** electron-store under Electron and its base `conf` in the browser shell: both expose the whole store as `.store`. */
export type SettingsBackend = { store: Record<string, unknown> };

export const createSettingsService = (backend: SettingsBackend) => {
  const read = (): Settings => {
    const parsed = settingsSchema.safeParse({ ...defaultSettings, ...backend.store });
    return parsed.success ? parsed.data : defaultSettings;
  };
  return {
    read,
    update(patch: SettingsPatch): Settings {
      const next = settingsSchema.parse({ ...read(), ...patch });
      backend.store = next;
      return next;
    },
  };
};
