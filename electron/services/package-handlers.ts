import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { HostHandlers } from '../../shared/api/contract.js';
import type { packageCalls } from '../../shared/api/calls/package-calls.js';
import { HostFailure } from '../../shared/api/result.js';
import { packageFileExtension } from '../../shared/package/limits.js';
import { locateDemoPackage } from './demo-package.js';
import { createFileService } from './file-service.js';
import type { HostDeps } from './host-deps.js';
import { addMaterialFile } from './package/material-file.js';
import type { PackageServices } from './package/package-services.js';
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

/** Staging and checking packages, and the content store's files; `meeting.import` commits what they staged. */
export const createPackageHandlers = (deps: HostDeps, { staging, materials, jobs }: PackageServices): PackageHandlers => {
  const files = createFileService(deps.dialogs);

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
    'package.discard': async ({ jobId }) => {
      await jobs.discard(jobId);
      return null;
    },
    'materials.read': async ({ sha256 }) => {
      const content = await materials.read(sha256);
      return { contentBase64: content.toString('base64'), bytes: content.byteLength };
    },
    'materials.add': async ({ path }) => {
      const chosen = await files.chooseOpenPath({ title: '添加材料', filters: materialFilters, path });
      if (chosen === null) throw cancelled();
      return addMaterialFile(chosen, { staging, store: materials });
    },
  };
};
