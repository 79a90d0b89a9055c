// Bundles the Electron main process and preload into CommonJS files Electron loads directly.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'electron');

const common = {
  bundle: true,
  format: 'cjs',
  // Provided by Electron itself at run time; requiring the npm package would try to download a binary.
  external: ['electron'],
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  build({
    ...common,
    // electron-store and conf are ESM-only; bundling them lets the CommonJS main load them without a loader.
    platform: 'node',
    // pdf.js finds its fake worker and Node polyfills beside its own file: bundled, it cannot read a draft.
    external: [...common.external, 'pdfjs-dist'],
    entryPoints: ['electron/main.ts'],
    outfile: join(outdir, 'main.cjs'),
  }),
  build({
    ...common,
    // A sandboxed preload may require only `electron`: the browser platform makes any Node import fail the build.
    platform: 'browser',
    // The contract pulls in zod (with its locales); minified, the preload parses quickly on every page load.
    minify: true,
    entryPoints: ['electron/preload.ts'],
    outfile: join(outdir, 'preload.cjs'),
  }),
]);

console.log(`Electron main and preload bundled into ${outdir}`);
