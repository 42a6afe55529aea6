import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config.ts';
import { bundledDependencies, workerInputs } from './scripts/main-bundle.ts';

// main and preload are bundled for Electron; the renderer reuses the browser build's config.
export default defineConfig({
  main: {
    build: {
      // Dependencies stay real modules (better-sqlite3's N-API binary is unpacked from the asar),
      // except the pure-JS ones bundled for memory (scripts/main-bundle.ts).
      externalizeDeps: { exclude: bundledDependencies },
      // Worker threads (parser, checkpointer, long writes, backups, PDF text, the award package): their own entries, found by main at run time.
      rolldownOptions: { input: { index: 'electron/main.ts', ...workerInputs } },
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
