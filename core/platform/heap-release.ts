import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8 keeps the pages a heap once used in a pool, counted in the process's memory, after the
// objects on them are gone: an office's first start (the reference data's 91,000 regions) left
// ~150 MB so, and a million-row check ~150 MB more. Ordinary collections never give the pool
// back; a "last resort" one (V8's CollectAllAvailableGarbage) does: 296 to 140 MB after a first
// start. It takes a full collection or two, so it runs only after long work that grew the process.
//
// `gc` is V8's own function; the hosts start without --expose-gc, so it is taken from a fresh
// context with the flag set for that moment (the flag is process-wide: set back at once). Like
// heap-growth.ts this needs V8's flags writable after start (Node and Electron keep them so; a
// V8 with frozen flags would stop the process, which no catch can prevent). A runtime without the
// gc extension, or refusing its options, skips the release.

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
/** undefined: not looked for yet; null: this runtime gives none (the release is then skipped). */
let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  const exposed = (globalThis as { gc?: Collect }).gc;
  if (exposed) return (collect = exposed);
  try {
    setFlagsFromString('--expose-gc');
    const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
    collect = typeof found === 'function' ? (found as Collect) : null;
  } catch {
    collect = null; // no gc extension in this runtime: memory stays as V8 keeps it
  } finally {
    try {
      setFlagsFromString('--no-expose-gc');
    } catch {
      // as above
    }
  }
  return collect;
}

/** Gives the heap pages V8 holds free back to the system (a full collection: after long work only). Never throws. */
export function releaseFreedHeap(): void {
  try {
    collector()?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } catch {
    collect = null; // a V8 that refuses these options: not asked again
  }
}

/** Growth of the process's memory during a job from which its end gives freed heap back. */
const worthReleasing = 64 * 1024 * 1024;

/** Call at the start of long work; the returned function, at its end, releases if the process grew. */
export function releaseAfterGrowth(): () => void {
  const before = process.memoryUsage.rss();
  return () => {
    if (process.memoryUsage.rss() - before > worthReleasing) releaseFreedHeap();
  };
}
