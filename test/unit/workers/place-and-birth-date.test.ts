import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { workerDryRun } from './import-support.ts';

// Lists from desa offices head the NIK "NO. INDUK KEPENDUDUKAN" or "Nomor KTP", and write the
// birth as "TEMPAT/TGL LAHIR": place, comma, date (walk 34: the NIK column was not found, and
// every row was refused for its birth date).

const dir = tempDir('lindung-place-birth-');

describe('a desa list with "TEMPAT/TGL LAHIR"', () => {
  it('reads the date after the place, and finds the NIK under its long and its KTP names', async () => {
    const app = await badungApp();
    for (const nikHeader of ['NO. INDUK KEPENDUDUKAN', 'Nomor KTP']) {
      const file = dir.path(`ttl ${nikHeader}.csv`);
      writeFileSync(
        file,
        [
          `${nikHeader};Nama;TEMPAT/TGL LAHIR;Desa;Segmen;Mulai`,
          '5103061203880001;I Made Sudarsana;Negara, 12-03-1988;Dalung;BPU;01/01/2025',
          '5103064507900002;Ni Luh Putu Sukerti;Jembrana, 5 Juli 1990;Dalung;BPU;01/01/2025',
          '5103062208950010;I Ketut Arsana;Denpasar, 30 Februari 1995;Dalung;BPU;01/01/2025',
        ].join('\n'),
      );
      const { result, inspection } = await workerDryRun(app, file, 'daftar desa.csv');
      expect(inspection.mapping.nik, nikHeader).toBe(0);
      expect(inspection.mapping.birthDate, nikHeader).toBe(2);
      expect(result.summary, nikHeader).toMatchObject({ new: 2, invalid: 1 });
      // A day that does not exist after the place is still said as the cell was written.
      const refused = result.rows.find((r) => r.rowNumber === 4)!;
      expect(refused.problems.map((p) => [p.field, p.said?.key])).toContainEqual(['birthDate', 'imports.cells.notADate']);
    }
  });
});

describe('a BPJS list with wages written as money', () => {
  it('reads "Rp 3.500.000", "3.500.000,00" and "3.500.000,-" as whole rupiah, and says how to write one with cents', async () => {
    const app = await badungApp();
    const file = dir.path('upah.csv');
    writeFileSync(
      file,
      [
        'NIK;Nama;Desa;Segmen;Mulai;Penghasilan',
        '5103061203880001;I Made Sudarsana;Dalung;BPU;01/01/2025;Rp 3.500.000',
        '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/01/2025;3.500.000,00',
        '5103062208950010;I Ketut Arsana;Dalung;BPU;01/01/2025;3.500.000,-',
        '5103061509920010;I Wayan Suarta;Dalung;BPU;01/01/2025;3500000.5',
      ].join('\n'),
    );
    const { result, inspection } = await workerDryRun(app, file, 'upah.csv');
    expect(inspection.mapping.income).toBe(5);
    expect(result.summary).toMatchObject({ new: 3, invalid: 1 });
    const refused = result.rows.find((r) => r.rowNumber === 5)!;
    expect(refused.problems.map((p) => [p.field, p.message.id])).toContainEqual(['income', '"3500000.5" bukan jumlah rupiah bulat. Tulis mis. 3500000 atau Rp 3.500.000, tanpa sen.']);
  });
});
