import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      // No Electron binary exists on CI machines: services are tested in Node against a small stub.
      electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)),
    },
  },
  test: {
    include: ['{shared,node,renderer,electron,bureau,scripts,test}/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    server: { deps: { inline: ['electron-store'] } },
    testTimeout: 20_000,
  },
});
