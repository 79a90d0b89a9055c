import { stat } from 'node:fs/promises';
import type { demoCalls } from '../../shared/api/calls/demo-calls.js';
import type { HostHandlers } from '../../shared/api/contract.js';
import { HostFailure } from '../../shared/api/result.js';
import type { HostDeps } from './host-deps.js';

type DemoHandlers = Pick<HostHandlers, keyof typeof demoCalls>;

const notBuilt = (path: string) => new HostFailure('not-found', `示例评审包尚未生成：请先运行 npm run build:demo（应在 ${path}）`, 'path');

export const createDemoHandlers = (deps: HostDeps): DemoHandlers => ({
  'demo.locate': async () => {
    const path = deps.demoPackagePath;
    if (path === undefined) throw new HostFailure('not-found', '此版本未附带示例评审包', 'path');
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) throw notBuilt(path);
    return { path };
  },
});
