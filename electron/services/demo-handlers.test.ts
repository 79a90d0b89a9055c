import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HostFailure } from '../../shared/api/result.js';
import { createDemoHandlers } from './demo-handlers.js';
import type { HostDeps } from './host-deps.js';

const folder = await mkdtemp(join(tmpdir(), 'zz-demo-locate-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const locate = (demoPackagePath: string | undefined) => {
  const deps: HostDeps = {
    appName: '浙江制造标准审评工作站',
    version: '0.0.0',
    dataDir: folder,
    platform: 'linux',
    transport: 'http',
    dialogs: null,
    settings: { store: {} },
    ...(demoPackagePath === undefined ? {} : { demoPackagePath }),
  };
  return createDemoHandlers(deps)['demo.locate']({});
};

describe('demo.locate', () => {
  it('returns the built package', async () => {
    const path = join(folder, 'demo-meeting.zzpkg');
    await writeFile(path, 'PK');
    await expect(locate(path)).resolves.toEqual({ path });
  });

  it('tells how to build the package when it is missing', async () => {
    const path = join(folder, 'missing', 'demo-meeting.zzpkg');
    const failure = await locate(path).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HostFailure);
    expect((failure as HostFailure).message).toBe(`示例评审包尚未生成：请先运行 npm run build:demo（应在 ${path}）`);
  });

  it('refuses where no demo ships', async () => {
    await expect(locate(undefined)).rejects.toThrow('此版本未附带示例评审包');
  });
});
