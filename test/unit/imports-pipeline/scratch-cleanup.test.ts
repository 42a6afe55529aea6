import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startCore } from '../../../core/host.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, inspectAndDryRun, stage, waitJob } from './support.ts';

// Copies of people's records (the staged spreadsheet, the dry run's plan) stay only while the
// user decides: they are gone once the import is saved, fails, is cancelled or closed, and a
// killed run's are removed by the next start.

const csv = 'Nama Perusahaan,NIB,Kecamatan\nPT Segara Dewata,9120000000001,Kuta Utara\nCV Tirta Amerta,9120000000002,Kuta Utara\n';

/** Every file under a folder (none when it does not exist). */
function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

async function checked(app: Awaited<ReturnType<typeof badungApp>>, name = 'data.csv') {
  const dir = tempDir();
  const path = join(dir.path, name);
  writeFileSync(path, csv);
  const staged = await stage(app, path, name);
  const run = await inspectAndDryRun(app, staged.token);
  expect(run.job.status).toBe('done');
  // While the user decides: the staged file and the plan are there.
  expect(filesIn(app.runtime.files.incoming).length).toBeGreaterThan(0);
  expect(filesIn(app.runtime.files.jobs).filter((f) => f.endsWith('.plan.db'))).toHaveLength(1);
  return { staged, job: run.job };
}

const scratch = (app: Awaited<ReturnType<typeof badungApp>>) => [...filesIn(app.runtime.files.incoming), ...filesIn(app.runtime.files.jobs)];

describe('import scratch files', { timeout: 180_000 }, () => {
  it('are gone after a commit', async () => {
    const app = await badungApp();
    const { job } = await checked(app);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(scratch(app)).toEqual([]);
    // The ended dry run cannot be saved again: said plainly, not an internal error.
    const again = await app.call('imports.commit', { jobId: job.id });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');
    expect(app.errors).toEqual([]);
  });

  it('are gone after a failed commit', async () => {
    const app = await badungApp();
    expect((await commit(app, (await checked(app, 'pertama.csv')).job.id)).status).toBe('done');
    // The same bytes again: the commit fails (already imported).
    const { job } = await checked(app, 'salinan.csv');
    const failed = await commit(app, job.id);
    expect(failed.status).toBe('failed');
    expect(scratch(app)).toEqual([]);
  });

  it('are gone after a cancelled commit', async () => {
    const app = await badungApp();
    const { job } = await checked(app);
    // The commit's job waits at the gate behind a holder queued here (the gate is first come,
    // first served: the call, then the holder, then the job), and is cancelled there.
    const starting = app.call('imports.commit', { jobId: job.id });
    let holding!: () => void;
    const holderRuns = new Promise<void>((resolve) => (holding = resolve));
    let release!: () => void;
    const held = app.runtime.gate.run(() => new Promise<void>((resolve) => ((release = resolve), holding())));
    const started = await starting;
    if (!started.ok) throw new Error(started.error.message);
    await holderRuns;
    expect((await app.call('jobs.cancel', { jobId: started.data.id })).ok).toBe(true);
    release();
    await held;
    expect((await waitJob(app, started.data)).status).toBe('cancelled');
    expect(scratch(app)).toEqual([]);
    expect(app.count('employer')).toBe(0);
  });

  it('are gone when the user closes the import, and a re-check keeps one plan', async () => {
    const app = await badungApp();
    const { staged, job } = await checked(app);
    const inspected = await app.call('imports.inspect', { register: 'employer', fileToken: staged.token });
    if (!inspected.ok) throw new Error(inspected.error.message);
    const recheck = await app.call('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow: inspected.data.headerRow, mapping: inspected.data.mapping });
    if (!recheck.ok) throw new Error(recheck.error.message);
    expect((await waitJob(app, recheck.data)).status).toBe('done');
    expect(filesIn(app.runtime.files.jobs).filter((f) => f.endsWith('.plan.db'))).toHaveLength(1);

    expect((await app.call('imports.discard', { fileToken: staged.token })).ok).toBe(true);
    expect(scratch(app)).toEqual([]);
    const closed = await app.call('imports.commit', { jobId: job.id });
    expect(closed.ok ? null : closed.error.code).toBe('CONFLICT');
    const errorFile = await app.call('imports.errorFile', { jobId: recheck.data.id });
    expect(errorFile.ok ? null : errorFile.error.code).toBe('CONFLICT');
    expect(app.errors).toEqual([]);
  });

  it("a killed run's staged file and plan are removed at the next start", () => {
    const dataDir = tempDir().path;
    // A process that has ended: its id names the folder a killed run would have left.
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    const left = join(dataDir, 'files', `proc-${gone}`);
    mkdirSync(join(left, 'incoming', 'a'.repeat(32)), { recursive: true });
    writeFileSync(join(left, 'incoming', 'a'.repeat(32), 'data.csv'), csv);
    writeFileSync(join(left, 'incoming', `${'a'.repeat(32)}.json`), '{}');
    mkdirSync(join(left, 'jobs'), { recursive: true });
    writeFileSync(join(left, 'jobs', 'x.plan.db'), 'plan');
    // And an older version's shared folders (before files were kept per process), written just now.
    mkdirSync(join(dataDir, 'files', 'jobs'), { recursive: true });
    writeFileSync(join(dataDir, 'files', 'jobs', 'y.plan.db'), 'plan');
    mkdirSync(join(dataDir, 'files', 'incoming'), { recursive: true });
    writeFileSync(join(dataDir, 'files', 'incoming', 'data.csv'), csv);
    const core = startCore({ dataDir, version: 'test', host: 'cli' });
    try {
      expect(existsSync(left)).toBe(false);
      expect(filesIn(join(dataDir, 'files'))).toEqual([]);
    } finally {
      core.database.close();
    }
  });
});
