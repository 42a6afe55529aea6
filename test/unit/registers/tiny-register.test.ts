import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection, UndoCheck } from '../../../core/api/imports.ts';
import { appRegisters } from '../../../core/registers/index.ts';
import { jobEnd } from '../support/jobs.ts';
import { makeTestApp, tempDir } from '../support/test-db.ts';
import { createTinyTables } from './tiny/tables.ts';
import { tinyRegister } from './tiny/tiny-register.ts';

// The proof that the register framework is one: a third register, declared in the test folder
// with two tables (a household and its members, the household's code repeating on each member's
// row), gets a grid, counts, an import with dry run, commit and undo, and a record history,
// with no shared file changed.

async function tinyApp() {
  const app = makeTestApp({ registers: [...appRegisters, tinyRegister] });
  app.sqlite.exec(createTinyTables);
  return app;
}
type App = Awaited<ReturnType<typeof tinyApp>>;

async function importCsv(app: App, csv: string, name: string) {
  const dir = tempDir();
  const file = join(dir.path, name);
  writeFileSync(file, csv);
  const staged = await app.runtime.files.stage(name, (await import('node:fs')).createReadStream(file), 10_000_000);
  dir.remove();
  const inspected = await app.call('imports.inspect', { register: 'tiny_household', fileToken: staged.token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'tiny_household', fileToken: staged.token, headerRow, mapping });
  if (!started.ok) throw new Error(started.error.message);
  const dry = await jobEnd(app.call, started.data);
  if (dry.status !== 'done') throw new Error(dry.error?.message ?? dry.status);
  return { dry, result: dry.result as DryRunResult };
}

async function commit(app: App, jobId: string) {
  const started = await app.call('imports.commit', { jobId });
  if (!started.ok) throw new Error(started.error.message);
  return jobEnd(app.call, started.data);
}

const grid = async (app: App, filterModel: object = {}) => {
  const page = await app.call('registers.list', { register: 'tiny_household', startRow: 0, endRow: 50, filterModel });
  if (!page.ok) throw new Error(page.error.message);
  return page.data;
};

const first = [
  'Kode rumah tangga;Nama rumah tangga;Jenis;Nama anggota;Peran',
  'RT-001;Keluarga Wayan;biasa;Wayan Sudarsana;kepala',
  'RT-001;Keluarga Wayan;biasa;Made Ayu;istri',
  'RT-002;Keluarga Ketut;rentan;Ketut Sari;kepala',
  'RT-001;Keluarga Wayan;biasa;Nyoman Putra;anak',
  'RT-003;Keluarga Gede;entah;Gede Arta;kepala',
].join('\n');

describe('a third register on the framework, declared in the test folder', () => {
  it('imports parents and children with a repeating key, shows them in its grid and counts, and undoes them whole', async () => {
    const app = await tinyApp();
    const { dry, result } = await importCsv(app, first, 'rumah tangga.csv');
    // Rows 2, 3 and 5 are one household: new once, its members added by each row.
    expect(result.summary).toMatchObject({ total: 5, new: 4, invalid: 1 });
    expect(result.rows.find((r) => r.status === 'invalid')).toMatchObject({ rowNumber: 6, problems: [{ field: 'kind', value: 'entah' }] });
    expect(result.unknownValues).toEqual([{ field: 'kind', values: [{ text: 'entah', count: 1 }] }]);
    const done = await commit(app, dry.id);
    expect(done.status).toBe('done');
    expect(app.count('tiny_household')).toBe(2);
    expect(app.count('tiny_member')).toBe(4);
    // Each member points at its household.
    expect(app.sqlite.prepare('SELECT h.code, m.name FROM tiny_member m JOIN tiny_household h ON h.id = m.household_id ORDER BY m.id').raw().all()).toEqual([
      ['RT-001', 'Wayan Sudarsana'],
      ['RT-001', 'Made Ayu'],
      ['RT-002', 'Ketut Sari'],
      ['RT-001', 'Nyoman Putra'],
    ]);
    // The change trail names each table; one audit row for the whole import.
    expect(app.sqlite.prepare("SELECT table_name, count(*) FROM import_change GROUP BY 1 ORDER BY 1").raw().all()).toEqual([['tiny_household', 2], ['tiny_member', 4]]);
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'import'").pluck().get()).toBe(1);

    // Its grid, filtered and sorted through its own whitelist, and its counts.
    const page = await grid(app);
    expect(page.rows.map((r) => [r.code, r.name, r.members])).toEqual([['RT-001', 'Keluarga Wayan', 3], ['RT-002', 'Keluarga Ketut', 1]]);
    expect((await grid(app, { kind: { filterType: 'set', values: ['rentan'] } })).rows.map((r) => r.code)).toEqual(['RT-002']);
    const counts = await app.call('registers.counts', { register: 'tiny_household', by: 'kind' });
    expect(counts.ok && counts.data).toEqual({ total: 2, values: { biasa: 1, rentan: 1 } });
    // Its export: the view as shown, in the register's own words (headings and values).
    const exported = await app.call('registers.export', { register: 'tiny_household', format: 'csv', filterModel: { kind: { filterType: 'set', values: ['rentan'] } } });
    if (!exported.ok) throw new Error(exported.error.message);
    const exportJob = await jobEnd(app.call, exported.data);
    expect(exportJob.status).toBe('done');
    const file = app.runtime.files.outgoingFile((exportJob.result as { token: string }).token);
    const text = readFileSync(file.path, 'utf8');
    expect(text).toContain('Register rumah tangga');
    expect(text).toContain('Saringan: Jenis: Rentan');
    expect(text).toContain('"Kode";"Nama";"Jenis";"Anggota"');
    expect(text).toContain('"RT-002";"Keluarga Ketut";"Rentan";"1"');
    expect(text).not.toContain('RT-001');
    const unknownColumn = await app.call('registers.list', { register: 'tiny_household', startRow: 0, endRow: 10, filterModel: { nib: { filterType: 'text', type: 'contains', filter: '1' } } });
    expect(!unknownColumn.ok && unknownColumn.error.message).toBe('Kolom "nib" tidak dikenal untuk saringan.');

    // A second file: a known household gets a new name and one new member; a known member is not added twice.
    const second = await importCsv(app, ['Kode rumah tangga;Nama rumah tangga;Nama anggota', 'RT-002;Keluarga Ketut Sari;Ketut Sari', 'RT-002;Keluarga Ketut Sari;Luh Dewi'].join('\n'), 'bulan depan.csv');
    expect(second.result.summary).toMatchObject({ total: 2, changed: 2, new: 0 });
    expect((await commit(app, second.dry.id)).status).toBe('done');
    expect(app.sqlite.prepare("SELECT name FROM tiny_household WHERE code = 'RT-002'").pluck().get()).toBe('Keluarga Ketut Sari');
    expect(app.sqlite.prepare("SELECT count(*) FROM tiny_member m JOIN tiny_household h ON h.id = m.household_id WHERE h.code = 'RT-002'").pluck().get()).toBe(2);
    // The record's history shows the import that renamed it.
    const ketut = page.rows.find((r) => r.code === 'RT-002')!;
    const history = await app.call('registers.history', { register: 'tiny_household', uid: String(ketut.uid) });
    expect(history.ok && history.data.map((h) => [h.action, h.batch?.fileName, h.changes.map((c) => c.field)])).toEqual([
      ['import-update', 'bulan depan.csv', ['name']],
      ['import-create', 'rumah tangga.csv', []],
    ]);

    // Undo the second import, then the first: children go before their parents; nothing is left.
    const batches = await app.call('imports.history', { register: 'tiny_household' });
    if (!batches.ok) throw new Error(batches.error.message);
    // What the undo will reverse, by kind of record: the renamed household and its new member apart.
    const checked = await app.call('imports.undoCheck', { batchUid: batches.data[0]!.uid });
    if (!checked.ok) throw new Error(checked.error.message);
    expect(((await jobEnd(app.call, checked.data)).result as UndoCheck).byEntity).toEqual([
      { entity: 'tiny_household', added: 0, updated: 1, edited: 0, held: 0 },
      { entity: 'tiny_member', added: 1, updated: 0, edited: 0, held: 0 },
    ]);
    for (const batch of batches.data) {
      const started = await app.call('imports.undo', { batchUid: batch.uid });
      if (!started.ok) throw new Error(started.error.message);
      expect((await jobEnd(app.call, started.data)).status).toBe('done');
      if (batch === batches.data[0]) expect(app.sqlite.prepare("SELECT name FROM tiny_household WHERE code = 'RT-002'").pluck().get()).toBe('Keluarga Ketut');
    }
    expect(app.count('tiny_household')).toBe(0);
    expect(app.count('tiny_member')).toBe(0);
    expect(app.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('gives its template and its error file in its own words', async () => {
    const app = await tinyApp();
    const template = await app.call('imports.template', { register: 'tiny_household' });
    expect(template.ok && template.data.fileName).toBe('Templat rumah tangga.xlsx');
    const { dry } = await importCsv(app, first, 'rumah tangga.csv');
    const errors = await app.call('imports.errorFile', { jobId: dry.id });
    expect(errors.ok && errors.data.fileName).toBe('rumah tangga - kesalahan.xlsx');
  });
});
