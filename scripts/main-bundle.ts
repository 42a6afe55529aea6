// How the main process's code is bundled: electron.vite.config.ts builds the app with it, and
// the bench builds core the same way (bench/app-bundle.ts), so the memory it measures is what
// ships rather than Node's TypeScript loader's.
import { workerEntries } from '../db/worker-code.ts';

/**
 * Pure-JS dependencies bundled into main (tree-shaken) instead of loaded from node_modules.
 * Loading drizzle-orm's some 450 modules one by one made V8 grow its young generation to the
 * full, and the process kept ~120 MB of it (bench/award.ts: 331 MB before the first package job,
 * 207 MB bundled). Native modules (better-sqlite3, argon2) and packages that read their own files
 * at run time (pdfkit's fonts, exceljs) stay external.
 */
export const bundledDependencies = ['drizzle-orm', 'zod', 'i18next', 'uuid'];

/** The worker threads' entries, each emitted as `<name>.js` beside main (db/worker-code.ts). */
export const workerInputs: Record<string, string> = { ...workerEntries };
