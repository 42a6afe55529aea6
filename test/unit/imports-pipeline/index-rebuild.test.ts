import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobState } from '../../../core/api/jobs.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, inspectAndDryRun, stage, undo, waitJob, type App } from './support.ts';

// A large import builds the register's secondary indexes anew instead of adding a row at a time
// (commit-import.ts). Whatever happens, the schema must come out as it went in: after the
// commit, after a cancelled commit (rolled back), and after the undo.

const rows = 100_000;
const triggers = (app: App) => app.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'employer' ORDER BY name").all() as { name: string; sql: string }[];
const indexes = (app: App) => app.sqlite.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'employer' ORDER BY name").all() as { name: string; sql: string }[];

async function dryRunOf(app: App) {
  const dir = tempDir();
  const file = join(dir.path, 'besar.csv');
  const lines = ['Nama Perusahaan;NIB;Kecamatan;Status BPJS;Jumlah TK'];
  for (let i = 0; i < rows; i += 1) lines.push(`Usaha Besar ${i};${String(7_000_000_000_000 + i)};Kuta Utara;terdaftar;${1 + (i % 50)}`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const dry = await inspectAndDryRun(app, (await stage(app, file, 'besar.csv')).token);
  dir.remove();
  expect(dry.result.summary.new).toBe(rows);
  return dry.job;
}

describe('a large import builds the indexes anew', { timeout: 900_000 }, () => {
  it('leaves every index as it was, after a cancelled commit, a commit and an undo; the grid reads along them', async () => {
    const app = await badungApp();
    const before = indexes(app);
    const triggersBefore = triggers(app);
    expect(before.map((i) => i.name)).toContain('employer_grid_name_idx');

    const cancelled = await app.call('imports.commit', { jobId: (await dryRunOf(app)).id });
    if (!cancelled.ok) throw new Error(cancelled.error.message);
    await app.call('jobs.cancel', { jobId: (cancelled.data as JobState).id });
    expect((await waitJob(app, cancelled.data as JobState, 600_000)).status).toBe('cancelled');
    expect(app.count('employer')).toBe(0);
    expect(indexes(app)).toEqual(before);
    expect(triggers(app)).toEqual(triggersBefore);

    const done = await commit(app, (await dryRunOf(app)).id);
    expect(done.status, JSON.stringify(done.error)).toBe('done');
    expect(app.count('employer')).toBe(rows);
    expect(indexes(app)).toEqual(before);
    // The search index, the name words and the counts were filled once after the rows, their triggers back.
    expect(triggers(app)).toEqual(triggersBefore);
    expect(app.sqlite.prepare("SELECT count(*) FROM employer_fts WHERE employer_fts MATCH 'usaha'").pluck().get()).toBe(rows);
    expect(app.sqlite.prepare("SELECT rowid FROM employer_fts WHERE employer_fts MATCH '7000000000007'").pluck().all()).toHaveLength(1);
    expect(app.sqlite.prepare("SELECT n FROM employer_word_total WHERE word = 'usaha'").pluck().get()).toBe(rows);
    expect(app.sqlite.prepare("SELECT status, value, n FROM record_total WHERE register = 'employer' AND n > 0").all()).toEqual([{ status: 'aktif', value: 'terdaftar', n: rows }]);
    expect(app.sqlite.prepare('SELECT sum(n) FROM employer_workforce_total').pluck().get()).toBe(rows);
    expect(app.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const plan = app.sqlite.prepare("EXPLAIN QUERY PLAN SELECT e.id FROM employer e INDEXED BY employer_grid_name_idx WHERE e.record_status = 'aktif' ORDER BY e.name_fold, e.id LIMIT 100").all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX employer_grid_name_idx/);
    const page = await app.call('registers.list', { register: 'employer', startRow: rows - 100, endRow: rows, sortModel: [{ colId: 'name', sort: 'asc' }], filterModel: { recordStatus: { filterType: 'set', values: ['aktif'] } } });
    expect(page.ok && page.data.rows.length).toBe(100);
    // Every index holds every row (a count along each one).
    for (const { name } of before) {
      if (name.includes('head_office')) continue; // partial: only branches
      expect(app.sqlite.prepare(`SELECT count(*) FROM employer INDEXED BY ${name}`).pluck().get(), name).toBe(rows);
    }

    const undone = await undo(app, (done.result as { batch: { uid: string } }).batch.uid);
    expect(undone.status, JSON.stringify(undone.error)).toBe('done');
    expect(app.count('employer')).toBe(0);
    expect(indexes(app)).toEqual(before);
    // The search index was filled anew (core/imports/search-rebuild.ts): empty, its trigger back.
    expect(triggers(app)).toEqual(triggersBefore);
    expect(app.sqlite.prepare("SELECT count(*) FROM employer_fts WHERE employer_fts MATCH 'usaha'").pluck().get()).toBe(0);
    expect(app.sqlite.prepare("SELECT count(*) FROM record_total WHERE register = 'employer' AND n > 0").pluck().get()).toBe(0);
  });
});
