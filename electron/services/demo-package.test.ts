import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HostFailure } from '../../shared/api/result.js';
import { locateDemoPackage } from './demo-package.js';

const folder = await mkdtemp(join(tmpdir(), 'zz-demo-locate-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

const locate = locateDemoPackage;

describe('locateDemoPackage', () => {
  it('returns the built package', async () => {
    const path = join(folder, 'demo-meeting.zzpkg');
    await writeFile(path, 'PK');
    await expect(locate(path)).resolves.toBe(path);
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
