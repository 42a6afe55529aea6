import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import type { ProgrammeInput } from '../../../core/api/programmes.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, stage, undo, waitJob, type App } from '../imports-pipeline/support.ts';

// A programme's list names the vulnerable-worker programme that pays ("Program pembayar"): by
// its name, or its name and year when one name is used in two years. An unknown name is an
// error that says how to fix it; the period names the programme; the import's undo removes it.

const dir = tempDir('lindung-paying-programme-');
const programme = (name: string, year: number): ProgrammeInput => ({ name, year, funding: 'apbd_kabkota', package: ['JKK', 'JKM'], budget: 1_000_000, legalBasis: '', targets: [] });

async function dryRun(app: App, lines: string[]) {
  const file = dir.path(`list-${lines.length}.csv`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  const staged = await stage(app, file, 'daftar program.csv');
  const inspected = await app.call('imports.inspect', { register: 'worker', fileToken: staged.token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  expect(mapping).toMatchObject({ programmes: 7, payingProgramme: 8 });
  const started = await app.call('imports.dryRun', { register: 'worker', fileToken: staged.token, headerRow, mapping });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  return { job, result: job.result as DryRunResult };
}

describe('the paying programme column of a worker list', { timeout: 300_000 }, () => {
  it('names a programme by name or by name and year, refuses an unknown or ambiguous one, and is undone with the import', async () => {
    const app = await badungApp();
    for (const [name, year] of [['PPR APBD', 2025], ['PPR APBD', 2026], ['PPR Desa', 2026]] as const) {
      const saved = await app.call('programmes.save', programme(name, year));
      if (!saved.ok) throw new Error(saved.error.message);
    }
    const { job, result } = await dryRun(app, [
      'NIK;Nama;Desa;Kategori;Segmen;Mulai;Sumber dana;Program;Program pembayar',
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;Petani;BPU;01/01/2026;APBD kabupaten/kota;JKK, JKM;ppr apbd', // in the period's year: 2026
      '5103061203850001;I Made Sudarsana;Dalung;Nelayan;BPU;01/03/2025;APBD kabupaten/kota;JKK, JKM;PPR APBD 2025',
      '5103062208950004;Ni Kadek Ayu;Dalung;Petani;BPU;01/01/2026;APBDes (dana desa);JKK, JKM;PPR Desa',
      '5103061509920005;I Komang Arta;Dalung;Petani;BPU;01/01/2024;APBD kabupaten/kota;JKK, JKM;PPR APBD', // 2024: neither year
      '5103062003910006;I Ketut Rai;Dalung;Petani;BPU;01/01/2026;APBD kabupaten/kota;JKK, JKM;Program Entah',
    ]);
    expect(result.summary).toMatchObject({ total: 5, new: 3, invalid: 2 });
    const problems = (row: number) => result.rows.find((r) => r.rowNumber === row)!.problems.map((p) => [p.field, p.message.id]);
    expect(problems(5)).toEqual([['payingProgramme', 'Ada beberapa program bernama "PPR APBD" (2025, 2026). Tulis nama dengan tahunnya, mis. "PPR APBD 2026".']]);
    expect(problems(6)[0]![0]).toBe('payingProgramme');
    expect(problems(6)[0]![1]).toMatch(/^Program pembayar "Program Entah" tidak ada di daftar Program pekerja rentan\./);

    const done = await commit(app, job.id);
    expect(done.status).toBe('done');
    const named = app.sqlite.prepare('SELECT p.nik, wp.name, wp.year FROM participation_period pp JOIN person p ON p.id = pp.person_id JOIN worker_programme wp ON wp.id = pp.programme_id ORDER BY p.nik').raw().all();
    expect(named).toEqual([
      ['5103061203850001', 'PPR APBD', 2025],
      ['5103062208950004', 'PPR Desa', 2026],
      ['5103064507900002', 'PPR APBD', 2026],
    ]);
    const page = await app.call('programmes.list', {});
    if (!page.ok) throw new Error(page.error.message);
    expect(page.data.map((p) => [p.name, p.year, p.enrolled])).toEqual(expect.arrayContaining([['PPR APBD', 2026, 1], ['PPR Desa', 2026, 1]]));

    const batchUid = (done.result as { batch: { uid: string } }).batch.uid;
    expect((await undo(app, batchUid)).status).toBe('done');
    expect(app.count('participation_period')).toBe(0);
    expect(app.count('worker_programme')).toBe(3);
  });
});
