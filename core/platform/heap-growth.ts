import { setFlagsFromString } from 'node:v8';

// How far V8 lets a heap grow between two full collections. Left to itself it grows the old
// generation up to four times what was alive after the last one; a million-row import's check
// makes garbage fast, so the app's heap went from ~60 MB alive to 260 MB, and pages V8 once
// took stay in its pool (counted in the process's memory) for the rest of the session. With
// 20%, a 1,000,000-employer import peaked 50-170 MB lower (bench/import-only.ts, four pairs of
// runs), for a check some 3-5 s longer (of 21-32 s; more collections); bench/million.ts: 832 to
// 611 MB for a million employers, 487 to 419 MB for 100,000. Process-wide: workers' heaps too.
//
// Set at run time because the desktop app cannot pass V8 flags to its main process from
// inside: Node and Electron both keep V8's flags writable after start for this call.

/** The growth step, in percent of the heap alive after a full collection. */
export const heapGrowingPercent = 20;

/** Applies the growth step to the process (core's start does, for every host; again is harmless). */
export function keepHeapGrowthSmall(): void {
  setFlagsFromString(`--heap-growing-percent=${heapGrowingPercent}`);
}
