import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badungApp, sampleEmployer } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { inspectAndDryRun, stage } from './support.ts';

// A list row that finds a register employer by its NIB but names another firm: most often
// another firm's number typed in. The row still updates (firms do rename), but says so (walk 31).

describe('an identity number with another firm\'s name', { timeout: 120_000 }, () => {
  it('warns at the name when it is far from the register\'s, not when it is the same firm written otherwise', async () => {
    const app = await badungApp();
    const saved = await app.call('employers.save', { ...sampleEmployer, name: 'Apotek Makmur Lestari', confirmRegistrationGaps: true });
    if (!saved.ok) throw new Error(saved.error.message);
    const dir = tempDir();
    const file = join(dir.path, 'daftar.csv');
    writeFileSync(file, ['Nama perusahaan;NIB;Kecamatan', `CV Salah Ketik Nama;${sampleEmployer.nib};Kuta Utara`].join('\n'));
    const { result } = await inspectAndDryRun(app, (await stage(app, file, 'daftar.csv')).token);
    expect(result.summary).toMatchObject({ changed: 1, warnings: 1 });
    expect(result.rows[0]!.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['name', 'warning', 'Nama di berkas "CV Salah Ketik Nama" jauh berbeda dari nama di register "Apotek Makmur Lestari" dengan nomor identitas (NIB, NPWP atau NPP) yang sama: baris ini akan mengganti namanya. Periksa apakah nomornya benar, bukan nomor perusahaan lain.'],
    ]);
    // The same firm written another way: no word.
    const other = join(dir.path, 'daftar2.csv');
    writeFileSync(other, ['Nama perusahaan;NIB;Kecamatan', `APOTEK MAKMUR LESTARI, CV;${sampleEmployer.nib};Kuta Utara`].join('\n'));
    const again = (await inspectAndDryRun(app, (await stage(app, other, 'daftar2.csv')).token)).result;
    expect(again.rows[0]!.problems.filter((p) => p.field === 'name')).toEqual([]);
    dir.remove();
  });
});
