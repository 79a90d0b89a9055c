import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronMissingMessage, findElectronBinary } from '../../scripts/electron-binary.js';
import { screenshotPath } from './support/workstation.js';

const binary = findElectronBinary(process.cwd());
if (binary === null) console.warn(`跳过真实 Electron 端到端测试：${electronMissingMessage}`);

/** Runs only where the Electron binary exists; the browser-shell suite covers the same renderer everywhere else. */
test.describe('the desktop app under real Electron', () => {
  test.skip(binary === null, electronMissingMessage);

  test('opens the Chinese empty state over IPC with the security baseline in force', async () => {
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.'],
      env: { ...process.env, ZZ_DATA_DIR: await mkdtemp(join(tmpdir(), 'zz-electron-data-')) },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByText('还没有审评会')).toBeVisible();
      expect(window.url()).toMatch(/^app:\/\/workstation\//);
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { zz?: { call?: unknown } }).zz?.call)).toBe('function');
      await window.screenshot({ path: screenshotPath('electron-empty-state') });
    } finally {
      await app.close();
    }
  });
});
