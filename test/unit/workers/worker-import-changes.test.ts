import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';

// The dry run's "Akan diubah" says what a row changes, before → after, in the words the
// person's history will use: a new address, and a period the list continues (its end moved on).

const dir = tempDir('lindung-worker-changes-');
const header = 'NIK;Nama;Alamat;Desa;Segmen;Mulai;Selesai;Sumber dana;Program';

describe('a changed row in the dry run', { timeout: 120_000 }, () => {
  it('lists each field it changes with the value before and after, the period\'s too', async () => {
    const app = await badungApp();
    const first = dir.path('semester 1.csv');
    writeFileSync(first, [header, '5103064507900002;Ni Luh Putu Sukerti;Br. Kaja;Dalung;BPU;01/01/2025;30/06/2025;APBD kabupaten/kota;JKK, JKM'].join('\n'));
    const checked = await workerDryRun(app, first, 'semester 1.csv');
    expect(checked.result.rows[0]!.changes).toBeUndefined();
    expect((await commit(app, checked.job.id)).status).toBe('done');

    const second = dir.path('semester 2.csv');
    writeFileSync(second, [header, '5103064507900002;Ni Luh Putu Sukerti;Br. Kelod;Dalung;BPU;01/07/2025;31/12/2025;APBD kabupaten/kota;JKK, JKM'].join('\n'));
    const { result } = await workerDryRun(app, second, 'semester 2.csv');
    const row = result.rows[0]!;
    expect(row.status).toBe('changed');
    const said = (row.changes ?? []).map((c) => [c.field, c.label.id, c.shownBefore?.id ?? null, c.shownAfter?.id ?? null]);
    expect(said).toContainEqual(['address', 'Alamat', 'Br. Kaja', 'Br. Kelod']);
    expect(said).toContainEqual(['endDate', 'Selesai', '30/06/2025', '31/12/2025']);
    // English words are there for the English screen.
    expect(row.changes!.find((c) => c.field === 'address')!.label.en).toBe('Address');
    // The period's change is said by its fields alone, not named again as "Periode kepesertaan".
    expect(row.changedFields).toEqual(['address']);
    expect((await commit(app, (await workerDryRun(app, second, 'semester 2.csv')).job.id)).status).toBe('done');

    // A period added after a gap has no before → after: it is named by the field that holds the periods.
    const third = dir.path('2026.csv');
    writeFileSync(third, [header, '5103064507900002;Ni Luh Putu Sukerti;Br. Kelod;Dalung;BPU;01/06/2026;;APBD kabupaten/kota;JKK, JKM'].join('\n'));
    const added = (await workerDryRun(app, third, '2026.csv')).result.rows[0]!;
    expect(added.status).toBe('changed');
    expect(added.changedFields).toEqual(['periods']);
    expect(added.changes ?? []).toEqual([]);
  });
});
