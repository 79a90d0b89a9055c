import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensurePrivateFolder } from './private-folder.js';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('ensurePrivateFolder', () => {
  it('creates a missing data folder for its owner only', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zz-private-')), 'data', 'nested');
    ensurePrivateFolder(path);
    expect(modeOf(path)).toBe(0o700);
  });

  it('tightens an existing folder others could read', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'zz-private-')), 'data');
    mkdirSync(path, { mode: 0o755 });
    expect(modeOf(path)).not.toBe(0o700);
    ensurePrivateFolder(path);
    expect(modeOf(path)).toBe(0o700);
  });
});
