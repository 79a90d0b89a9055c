import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { HostHandlers } from '../../shared/api/contract.js';
import type { packageCalls } from '../../shared/api/calls/package-calls.js';
import { HostFailure } from '../../shared/api/result.js';
import { packageFileExtension } from '../../shared/package/limits.js';
import { decodePublicKey } from '../../shared/package/signature.js';
import { locateDemoPackage } from './demo-package.js';
import { createFileService } from './file-service.js';
import type { HostDeps } from './host-deps.js';
import { addMaterialFile } from './package/material-file.js';
import { createMaterialStore } from './package/material-store.js';
import { createPackageJobs } from './package/package-jobs.js';
import type { BureauKey } from './package/package-reader.js';
import { createStaging } from './package/staging.js';
import { createSettingsService } from './settings-service.js';
import { downloadedPackagePath } from './sync/package-download.js';

type PackageHandlers = Pick<HostHandlers, keyof typeof packageCalls>;

const packageFilters = [{ name: '评审包', extensions: [packageFileExtension] }];
const materialFilters = [{ name: 'PDF 或 Word 文档', extensions: ['pdf', 'docx'] }];

/** A drop names its own file; only a package file is taken, whatever the renderer claims. */
const droppedPackagePath = (path: string | undefined): string => {
  if (path === undefined || !path.toLowerCase().endsWith(`.${packageFileExtension}`)) {
    throw new HostFailure('invalid-arguments', `只能拖放 .${packageFileExtension} 评审包文件`, 'path');
  }
  return resolve(path);
};

const cancelled = () => new HostFailure('cancelled', '已取消选择文件', 'path');

export const createPackageHandlers = (deps: HostDeps): PackageHandlers => {
  const settings = createSettingsService(deps.settings);
  const files = createFileService(deps.dialogs);
  const staging = createStaging(deps.dataDir);
  const store = createMaterialStore(deps.dataDir);
  const bureauKey = (): BureauKey | null => {
    const { bureauKeyId, bureauPublicKey } = settings.read();
    const publicKey = bureauPublicKey ? decodePublicKey(bureauPublicKey) : null;
    return publicKey && { keyId: bureauKeyId, publicKey };
  };
  const jobs = createPackageJobs({ staging, store, bureauKey });

  return {
    'package.inspect': async ({ path, origin = 'chosen', downloadId }) => {
      const chosen =
        downloadId !== undefined
          ? downloadedPackagePath(deps.dataDir, downloadId)
          : origin === 'demo'
            ? await locateDemoPackage(deps.demoPackagePath)
            : origin === 'dropped'
              ? droppedPackagePath(path)
              : await files.chooseOpenPath({ title: '导入评审包', filters: packageFilters, path });
      if (chosen === null) throw cancelled();
      const info = await stat(chosen).catch(() => null);
      if (!info?.isFile()) throw new HostFailure('not-found', `找不到评审包文件：${chosen}`, 'path');
      return { jobId: jobs.start(chosen, info.size) };
    },
    'package.job': async ({ jobId }) => jobs.status(jobId),
    'package.commit': async ({ jobId }) => jobs.commit(jobId),
    'package.discard': async ({ jobId }) => {
      await jobs.discard(jobId);
      return null;
    },
    'materials.read': async ({ sha256 }) => {
      const content = await store.read(sha256);
      return { contentBase64: content.toString('base64'), bytes: content.byteLength };
    },
    'materials.add': async ({ path }) => {
      const chosen = await files.chooseOpenPath({ title: '添加材料', filters: materialFilters, path });
      if (chosen === null) throw cancelled();
      return addMaterialFile(chosen, { staging, store });
    },
  };
};
