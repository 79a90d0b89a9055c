import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const pdfjsRoot = fileURLToPath(new URL('../node_modules/pdfjs-dist/', import.meta.url));

/**
 * pdf.js fetches these at run time by URL: Adobe CMaps for CJK fonts a PDF names but does not embed
 * (宋体 in many drafts), the standard 14 fonts, and the image decoders' wasm. They ship inside the
 * app under `pdfjs/` so the reader never reaches for a CDN.
 */
const folders = ['cmaps', 'standard_fonts', 'wasm'];
export const pdfjsAssetsPath = 'pdfjs';

export const pdfjsAssets = (): Plugin => ({
  name: 'zz-pdfjs-assets',
  configureServer(server) {
    server.middlewares.use(`/${pdfjsAssetsPath}/`, (request, response, next) => {
      const relative = normalize(decodeURIComponent((request.url ?? '').split('?')[0] ?? ''));
      const [folder] = relative.split(/[\\/]/).filter(Boolean);
      const file = join(pdfjsRoot, relative);
      if (folder === undefined || !folders.includes(folder) || !file.startsWith(pdfjsRoot + folder + sep)) return next();
      stat(file).then(
        (found) => (found.isFile() ? createReadStream(file).pipe(response) : next()),
        () => next(),
      );
    });
  },
  async generateBundle() {
    for (const folder of folders) {
      for (const name of await readdir(join(pdfjsRoot, folder))) {
        const source = await readFile(join(pdfjsRoot, folder, name));
        this.emitFile({ type: 'asset', fileName: `${pdfjsAssetsPath}/${folder}/${name}`, source });
      }
    }
  },
});
