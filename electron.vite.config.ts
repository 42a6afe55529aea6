import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config.ts';

// main and preload are bundled for Electron; the renderer reuses the browser build's config.
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true, // better-sqlite3 stays a real module (its N-API binary is unpacked from the asar)
      // Worker threads (the spreadsheet parser, the checkpointer, long writes, the PDF text reader): their own entries, found by main at run time.
      rolldownOptions: { input: { index: 'electron/main.ts', 'parse-worker': 'core/imports/read/parse-worker.ts', 'checkpoint-worker': 'db/checkpoint-worker.ts', 'write-worker': 'db/write-worker.ts', 'backup-worker': 'core/backups/backup-worker.ts', 'extract-worker': 'core/documents/extract-worker.ts', 'package-worker': 'core/award/package/package-worker.ts' } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file with its dependencies inlined.
      externalizeDeps: false,
      isolatedEntries: true,
      rolldownOptions: { input: { preload: 'electron/preload.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    ...rendererConfig,
    build: { ...rendererConfig.build, rolldownOptions: { input: 'renderer/index.html' } },
  },
});
