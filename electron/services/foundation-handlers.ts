import { HostFailure } from '../../shared/api/result.js';
import type { HostHandlers } from '../../shared/api/contract.js';
import type { foundationCalls } from '../../shared/api/calls/foundation-calls.js';
import { applyValidationLocale } from '../../shared/i18n/validation-locale.js';
import { backupFileExtension, backupFileSchema } from '../../shared/backup/backup-file.js';
import { createFileService } from './file-service.js';
import { createSettingsService } from './settings-service.js';

import type { HostDeps } from './host-deps.js';

const backupFilters = [{ name: '审评工作站备份', extensions: [backupFileExtension] }];

const decodeBackup = (path: string, content: Buffer) => {
  let json: unknown;
  try {
    json = JSON.parse(content.toString('utf8'));
  } catch {
    throw new HostFailure('invalid-backup', `不是有效的备份文件（无法解析 JSON）：${path}`, 'path');
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw new HostFailure('invalid-backup', `不是有效的备份文件（${field || '格式'}：${issue?.message ?? '无效'}）：${path}`, 'path');
  }
  return parsed.data;
};

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
    'backup.export': async ({ backup, path }) => {
      const stamp = backup.createdAt.slice(0, 10);
      return files.save({
        title: '导出备份',
        defaultName: `审评工作站备份-${stamp}.${backupFileExtension}`,
        filters: backupFilters,
        path,
        content: JSON.stringify(backup),
      });
    },
    'backup.import': async ({ path }) => {
      const opened = await files.open({ title: '从备份恢复', filters: backupFilters, path });
      return opened && { path: opened.path, backup: decodeBackup(opened.path, opened.content) };
    },
  };
};
