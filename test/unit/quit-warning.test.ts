import { describe, expect, it, vi } from 'vitest';
import { JobRegistry } from '../../core/jobs/job-registry.ts';
import { quitWarning } from '../../core/jobs/quit-warning.ts';

// The desktop window asks before closing while long work runs (closing stops it; a commit rolls
// back whole): the warning names each running job in words, and there is none once they end.

describe('the warning before closing the app', () => {
  it('names the running jobs in both languages and is gone when they end', async () => {
    const jobs = new JobRegistry();
    expect(quitWarning(jobs)).toBeNull();
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    jobs.start('import.commit', async () => {
      await held;
      return { result: null };
    });
    jobs.start('workers.demo', async () => {
      await held;
      return { result: null };
    });
    jobs.start('something.new', async () => {
      await held;
      return { result: null };
    });
    const done = jobs.start('import.dryRun', async () => ({ result: null }));
    await vi.waitFor(() => expect(jobs.get(done.id).status).toBe('done'), { timeout: 30_000 });
    expect(jobs.runningKinds()).toEqual(['import.commit', 'workers.demo', 'something.new']);

    const id = quitWarning(jobs, 'id')!;
    expect(id.body).toContain('Masih berjalan: menyimpan impor, memuat data contoh, pekerjaan panjang.');
    expect(id.body).toContain('tidak tersimpan sama sekali');
    expect([id.wait, id.close]).toEqual(['Tunggu sampai selesai', 'Tutup dan hentikan']);
    const en = quitWarning(jobs, 'en')!;
    expect(en.body).toContain('Still running: saving an import, loading demo data, long work.');

    finish();
    await vi.waitFor(() => expect(jobs.runningKinds()).toEqual([]), { timeout: 30_000 });
    expect(quitWarning(jobs)).toBeNull();
  });
});
