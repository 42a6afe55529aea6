// Run as its own Node process by big-files.test.ts: reads one file through readInWorker and
// prints what it saw and what it cost, so the figures are the read's alone (not the test's).
import { readInWorker } from '../../../core/imports/read/read-in-worker.ts';
import type { RawRow, ReadProgress } from '../../../core/imports/read/types.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: node measure-read.ts FILE');
const started = performance.now();
let rows = 0;
let first: RawRow | null = null;
let last: RawRow | null = null;
let lastProgress: ReadProgress | null = null;
let progressCalls = 0;
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 50);
const job = readInWorker(file, {
  onProgress: (p) => {
    progressCalls++;
    lastProgress = p;
  },
});
for await (const b of job) {
  rows += b.rows.length;
  first ??= b.rows[0] ?? null;
  last = b.rows.at(-1) ?? last;
}
await job.exited;
clearInterval(sampler);
const seconds = (performance.now() - started) / 1000;
process.stdout.write(
  JSON.stringify({ rows, first, last, lastProgress, progressCalls, seconds, peakRssMb: peakRss / 1048576, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
