import { describe, expect, it } from 'vitest';
import { JobRegistry } from '../../../core/jobs/job-registry.ts';
import { releaseFreedHeap } from '../../../core/platform/heap-release.ts';

// V8 pools the pages of a heap that grew and shrank; these tests grow one by ~300 MB of small
// objects, drop them, and look at the process's memory (each test file runs in its own process).

const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

/** Fills the heap with short strings in arrays, returned so the caller decides when they die. */
function fillHeap(): unknown[][] {
  const held: unknown[][] = [];
  for (let block = 0; block < 30; block++) held.push(Array.from({ length: 100_000 }, (_, i) => ({ row: i, text: `baris ${block}-${i}` })));
  return held;
}

describe('giving freed heap back', () => {
  it('returns the pages a dropped heap left, without --expose-gc and without leaving gc exposed', () => {
    const exposedBefore = typeof (globalThis as { gc?: unknown }).gc;
    expect(exposedBefore).toBe('undefined'); // test files run without --expose-gc, as the app does
    const grown = (() => {
      const held = fillHeap();
      expect(held.length).toBe(30);
      return process.memoryUsage.rss();
    })(); // the objects die here
    releaseFreedHeap();
    const after = process.memoryUsage.rss();
    console.log(`rss ${mib(grown)} MB with the objects, ${mib(after)} MB after the release`);
    expect(grown - after).toBeGreaterThan(100 * 2 ** 20);
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });

  it('a job that grew the process gives the freed pages back when it ends', async () => {
    releaseFreedHeap(); // start from a small process
    const jobs = new JobRegistry();
    let grown = 0;
    const { id } = jobs.start('test.grow', async () => {
      const held = fillHeap();
      grown = process.memoryUsage.rss();
      return { result: held.length };
    });
    await expect.poll(() => jobs.get(id).status, { timeout: 60_000 }).toBe('done');
    const after = process.memoryUsage.rss();
    console.log(`rss ${mib(grown)} MB during the job, ${mib(after)} MB after it`);
    expect(jobs.get(id).result).toBe(30);
    expect(grown - after).toBeGreaterThan(100 * 2 ** 20);
  });
});
