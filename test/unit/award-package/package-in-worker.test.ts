import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPackageInWorker, endWarmPackageWorker, warmPackageWorkerId } from '../../../core/award/package/build-in-worker.ts';
import { PackageDocumentError } from '../../../core/award/package/build-package.ts';
import type { PackageSource } from '../../../core/award/package/package-source.ts';
import { sealKeyFor, unseal } from '../../../core/files/sealed-file.ts';
import { setEncryptionOn } from '../../../core/encryption/state.ts';
import { tempDir } from '../support/test-db.ts';
import { makeSource } from './fixture.ts';
import { build } from './helpers.ts';

// The app builds the package on a worker thread that sends its bytes to the main thread, which
// writes (and seals) the file: the same bytes as a build in this thread, its progress, a cancel
// and a failure that leave no file, a sealed file while encryption is on, and a worker that runs
// out of its heap said as such.

const dir = tempDir('lindung-award-package-worker-');
let source: PackageSource;
let inThread: Buffer;
const noProgress = () => {};
const inWorker = (src: PackageSource, out: string, onProgress: (done: number, total: number, phase: string) => void = noProgress, signal = new AbortController().signal) =>
  buildPackageInWorker(src, out, { onProgress, signal });

beforeAll(async () => {
  source = await makeSource(dir.path);
  const zip = join(dir.path, 'in-thread.zip');
  await build(source, zip);
  inThread = readFileSync(zip);
}, 120_000);
afterAll(() => {
  endWarmPackageWorker();
  dir.remove();
});

describe('buildPackageInWorker', () => {
  it('writes the same bytes as a build in this thread, with progress up to the whole', async () => {
    const out = join(dir.path, 'worker.zip');
    const progress: [number, number, string][] = [];
    const built = await inWorker(source, out, (done, total, phase) => progress.push([done, total, phase]));
    expect(readFileSync(out).equals(inThread)).toBe(true);
    expect(built.bytes).toBe(inThread.length);
    expect(progress.at(-1)).toEqual([built.files, built.files, 'selesai']);
    expect(progress.map(([, , phase]) => phase)).toContain('dokumen');
  }, 120_000);

  it('builds the next package on the worker kept warm, the same bytes, and ends it after a while unused', async () => {
    endWarmPackageWorker();
    await inWorker(source, join(dir.path, 'first.zip'));
    const kept = warmPackageWorkerId();
    expect(kept).not.toBeNull();
    const second = join(dir.path, 'second.zip');
    const started = buildPackageInWorker(source, second, { onProgress: noProgress, signal: new AbortController().signal }, undefined, 50);
    expect(warmPackageWorkerId()).toBeNull(); // taken by the second package
    await started;
    expect(readFileSync(second).equals(inThread)).toBe(true);
    expect(warmPackageWorkerId()).toBe(kept);
    await vi.waitFor(() => expect(warmPackageWorkerId()).toBeNull(), { timeout: 30_000, interval: 20 });
  }, 120_000);

  it('removes the partial file when cancelled among the documents', async () => {
    const out = join(dir.path, 'cancelled.zip');
    const stop = new AbortController();
    await expect(inWorker(source, out, (_d, _t, phase) => phase === 'dokumen' && stop.abort(), stop.signal)).rejects.toThrow();
    expect(existsSync(out)).toBe(false);
    expect(warmPackageWorkerId()).toBeNull(); // a cancelled worker is never reused
  }, 120_000);

  it('refuses a document gone from the store, naming it, and leaves no file', async () => {
    const broken = structuredClone(source);
    broken.aspects[0]!.indicators[0]!.items[0]!.documents[0]!.path = join(dir.path, 'gone.bin');
    const out = join(dir.path, 'broken.zip');
    const missing = inWorker(broken, out);
    await expect(missing).rejects.toBeInstanceOf(PackageDocumentError);
    await expect(missing).rejects.toThrow(/Perda Jembrana 5-2023.*tidak ditemukan/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);

  it('seals the file while encryption is on: the same bytes once opened with its key', async () => {
    const out = join(dir.path, 'sealed.zip');
    setEncryptionOn(true);
    try {
      await inWorker(source, out);
    } finally {
      setEncryptionOn(false);
    }
    expect(readFileSync(out).equals(inThread)).toBe(false);
    const key = sealKeyFor(out);
    expect(key).not.toBeNull();
    expect((await unseal(out, key!)).equals(inThread)).toBe(true);
  }, 120_000);

  it('says the package needed more memory than allowed when the worker runs out of its heap, and leaves no file', async () => {
    const out = join(dir.path, 'no-memory.zip');
    const tiny = buildPackageInWorker(source, out, { onProgress: noProgress, signal: new AbortController().signal }, { maxOldGenerationSizeMb: 4, maxYoungGenerationSizeMb: 1 });
    await expect(tiny).rejects.toThrow(/lebih banyak memori/);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});
