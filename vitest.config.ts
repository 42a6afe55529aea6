import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // Generous: tests run real SQLite, workers, LibreOffice and CLI processes on shared CI
    // machines that are slow at times; no test measures speed.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // Tests print why they skip; keep that output visible.
    silent: false,
  },
});
