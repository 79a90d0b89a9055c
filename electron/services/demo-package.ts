import { stat } from 'node:fs/promises';
import { HostFailure } from '../../shared/api/result.js';

const notBuilt = (path: string) => new HostFailure('not-found', `示例评审包尚未生成：请先运行 npm run build:demo（应在 ${path}）`, 'path');

/** The built demo package: the host resolves it itself, so the renderer never names a path for it. */
export const locateDemoPackage = async (demoPackagePath: string | undefined): Promise<string> => {
  if (demoPackagePath === undefined) throw new HostFailure('not-found', '此版本未附带示例评审包', 'path');
  const info = await stat(demoPackagePath).catch(() => null);
  if (!info?.isFile()) throw notBuilt(demoPackagePath);
  return demoPackagePath;
};
