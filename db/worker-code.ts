// Where each worker thread's code is: one list for the app, its bundler and the bench. Node runs
// the .ts sources as they are (type stripping, under vitest too: a worker is a plain Node
// thread); a bundled host (electron-vite, bench/app-bundle.ts) emits each entry as `<name>.js`
// beside its main file and says so once with useBuiltWorkers.

/** Each worker's source, from the repository's root: the bundler's entries. */
export const workerEntries = {
  'parse-worker': 'core/imports/read/parse-worker.ts',
  'checkpoint-worker': 'db/checkpoint-worker.ts',
  'write-worker': 'db/write-worker.ts',
  'backup-worker': 'core/backups/backup-worker.ts',
  'extract-worker': 'core/documents/extract-worker.ts',
  'package-worker': 'core/award/package/package-worker.ts',
} as const;
export type WorkerName = keyof typeof workerEntries;

// Through a variable: bundlers rewrite `new URL('…', import.meta.url)` into asset imports.
const here = import.meta.url;
const sourceRoot = new URL('../', here);
let builtFolder: URL | null = null;
const replaced = new Map<WorkerName, URL>();

/** A bundled host: its workers are `<name>.js` in this folder. */
export function useBuiltWorkers(folder: URL): void {
  builtFolder = folder;
}

/** Tests: a worker's code elsewhere (e.g. a file that does not exist); null puts it back. */
export function replaceWorkerCode(name: WorkerName, url: URL | null): void {
  if (url) replaced.set(name, url);
  else replaced.delete(name);
}

export function workerCode(name: WorkerName): URL {
  return replaced.get(name) ?? (builtFolder ? new URL(`./${name}.js`, builtFolder) : new URL(workerEntries[name], sourceRoot));
}
