import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';

// A BPJS list in capitals over the register's names (walk 34): the same person, not a change;
// its sex and birth date, the NIK's own, are not "new" either. A register name in capitals
// takes the list's mixed case.

const dir = tempDir('lindung-name-case-');
const dalung = { kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' };
const bpu = { segment: 'BPU' as const, startDate: '2025-01-01', endDate: null, programmes: ['JKK' as const, 'JKM' as const], funding: 'apbd_kabkota', source: 'Daftar desa' };

describe('a list whose names differ from the register only in capitals', () => {
  it('leaves the name and counts the row unchanged; a name in capitals takes the mixed case', async () => {
    const app = await badungApp();
    for (const [nik, name] of [['5103064507900002', 'Ni Luh Putu Sukerti'], ['5103061203880001', 'I MADE SUDARSANA']] as const) {
      const saved = await app.call('workers.save', { nik, name, ...dalung, periods: [bpu] });
      if (!saved.ok) throw new Error(saved.error.message);
    }
    const file = dir.path('bpjs.csv');
    writeFileSync(
      file,
      [
        'NIK;Nama;L/P;Tgl Lahir;Desa;Segmen;Mulai',
        '5103064507900002;NI LUH PUTU SUKERTI;P;05/07/1990;Dalung;BPU;01/01/2025',
        '5103061203880001;I Made Sudarsana;L;12/03/1988;Dalung;BPU;01/01/2025',
      ].join('\n'),
    );
    const { job, result } = await workerDryRun(app, file, 'bpjs.csv');
    expect(result.summary).toMatchObject({ unchanged: 1, changed: 1, invalid: 0 });
    const changed = result.rows.find((r) => r.rowNumber === 3)!;
    expect(changed.changes?.map((c) => c.label.id)).toEqual(['Nama']);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT name, sex_typed, birth_date_typed FROM person ORDER BY nik').raw().all()).toEqual([
      ['I Made Sudarsana', null, null],
      ['Ni Luh Putu Sukerti', null, null],
    ]);
  });
});
