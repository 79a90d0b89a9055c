import type { HostHandlers } from '../../shared/api/contract.js';
import type { foundationCalls } from '../../shared/api/calls/foundation-calls.js';
import { applyValidationLocale } from '../../shared/i18n/validation-locale.js';
import { createFileService } from './file-service.js';
import { createSettingsService } from './settings-service.js';

import type { HostDeps } from './host-deps.js';

type FoundationHandlers = Pick<HostHandlers, keyof typeof foundationCalls>;

export const createFoundationHandlers = (deps: HostDeps): FoundationHandlers => {
  const settings = createSettingsService(deps.settings);
  const files = createFileService(deps.dialogs);
  return {
    'app.info': async () => ({
      name: deps.appName,
      version: deps.version,
      dataDir: deps.dataDir,
      platform: deps.platform,
      transport: deps.transport,
      nativeDialogs: deps.dialogs !== null,
    }),
    'settings.get': async () => settings.read(),
    'settings.set': async ({ patch }) => {
      const next = settings.update(patch);
      applyValidationLocale(next.language);
      return next;
    },
    'files.browse': async ({ path }) => files.browse(path),
    'files.open': async (args) => {
      const opened = await files.open(args);
      return opened && { path: opened.path, name: opened.name, bytes: opened.bytes, contentBase64: opened.content.toString('base64') };
    },
    'files.save': async ({ contentBase64, ...rest }) => files.save({ ...rest, content: Buffer.from(contentBase64, 'base64') }),
  };
};
