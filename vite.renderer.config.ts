import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer's build, shared by electron-vite (desktop) and `lindung serve` (browser).
export const rendererConfig = {
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    // LINDUNG_RENDERER_OUT lets parallel builds (several test runs) use separate folders.
    outDir: process.env.LINDUNG_RENDERER_OUT ?? fileURLToPath(new URL('./out/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
};

export default defineConfig(rendererConfig);
