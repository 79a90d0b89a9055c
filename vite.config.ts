import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { pdfFontAssets } from './scripts/vite-pdf-fonts.js';
import { pdfjsAssets } from './scripts/vite-pdfjs-assets.js';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), pdfjsAssets(), pdfFontAssets()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2500,
    // The workstation, and the experts' browser app the meeting-room hub serves; they share chunks.
    rollupOptions: { input: { index: 'renderer/index.html', expert: 'renderer/expert.html' } },
  },
  server: { port: 5173, strictPort: true },
});
