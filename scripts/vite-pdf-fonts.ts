import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { fontRoles, pdfFontFiles, pdfFontsFolder } from '../shared/documents/pdf/pdf-fonts.js';

const require = createRequire(import.meta.url);

/** File name in the fonts folder → its path in node_modules. */
const fontFiles = new Map(fontRoles.map((role) => [pdfFontFiles[role].fileName, require.resolve(pdfFontFiles[role].module)]));

/**
 * The PDF renderer embeds the bundled OFL faces (DESIGN.md section 6); the renderer fetches them
 * from `fonts/` next to index.html, served in development and copied into the build.
 */
export const pdfFontAssets = (): Plugin => ({
  name: 'zz-pdf-fonts',
  configureServer(server) {
    server.middlewares.use(`/${pdfFontsFolder}/`, (request, response, next) => {
      const file = fontFiles.get(decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\//, ''));
      if (file === undefined) return next();
      response.setHeader('Content-Type', 'font/ttf');
      createReadStream(file).pipe(response);
    });
  },
  async generateBundle() {
    for (const [fileName, file] of fontFiles) {
      this.emitFile({ type: 'asset', fileName: `${pdfFontsFolder}/${fileName}`, source: await readFile(file) });
    }
  },
});
