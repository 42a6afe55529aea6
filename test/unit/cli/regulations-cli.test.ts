import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore } from '../../../core/host.ts';
import { signInFirstAdmin } from '../support/accounts.ts';
import { lindungAsAdmin } from '../support/cli-process.ts';
import { tempDir } from '../support/test-db.ts';

// `lindung regulations import|export` as an office runs them: real processes on a real data
// folder, a JDIHN JSON file in (dry run, then commit), the register out as JDIHN JSON and XLSX.
// Exit codes: 0 done, 1 invalid records or a failure. Nothing measures time.

const dir = tempDir('lindung-regulations-cli-');
const lindung = lindungAsAdmin(dir.path);

const records = [
  { idData: 'JBR-2023-48', tahun_pengundangan: '2023', tanggal_pengundangan: '2023-06-02', jenis: 'Peraturan Bupati', noPeraturan: '48', judul: 'Perlindungan Jaminan Sosial Pekerja Rentan', singkatanJenis: 'PERBUP', tempatTerbit: 'Negara', teuBadan: 'Jembrana (Kabupaten)', bidangHukum: 'HAN' },
  { id_data: 'GNY-2018-55', tahun_pengundangan: 2018, jenis: 'PERBUP', no_peraturan: '55', judul: 'Pekerja Rentan Gianyar', singkatan_jenis: 'PERBUP', tempat_terbit: 'Gianyar', teu_badan: 'Gianyar (Kabupaten)' },
];

beforeAll(async () => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  const session = await signInFirstAdmin(core.router);
  const done = await core.router.call('setup.complete', { officeName: 'Disnaker Jembrana', level: 'kabupaten_kota', areaCode: '51.01', timeZone: 'WITA' }, session);
  core.database.close();
  if (!done.ok) throw new Error(done.error.message);
  writeFileSync(join(dir.path, 'jdih.json'), JSON.stringify(records));
  writeFileSync(join(dir.path, 'jdih-rusak.json'), JSON.stringify([...records, { jenis: 'Peraturan Entah', noPeraturan: '1', tahun: 2024, judul: 'Tidak dikenal' }]));
}, 180_000);
afterAll(() => dir.remove());

describe('lindung regulations', { timeout: 600_000 }, () => {
  it('checks a JDIHN file with an unknown jenis and exits 1 naming the record; saves nothing', () => {
    const run = lindung('regulations', 'import', join(dir.path, 'jdih-rusak.json'), '--dry-run');
    expect(run.code).toBe(1);
    expect(run.out).toContain('3 data — baru 2');
    expect(run.out).toMatch(/data ke-3.*Jenis "Peraturan Entah" tidak dikenal/);
  });

  it('imports the JDIHN records, then exports the register as JDIHN JSON and XLSX that read back', async () => {
    const imported = lindung('regulations', 'import', join(dir.path, 'jdih.json'));
    expect(imported.code).toBe(0);
    expect(imported.out).toContain('Tersimpan: 2 baru'); // new: the dry run before saved nothing

    const jsonPath = join(dir.path, 'keluar.json');
    expect(lindung('regulations', 'export', jsonPath).code).toBe(0);
    const out = JSON.parse(readFileSync(jsonPath, 'utf8')) as Record<string, unknown>[];
    expect(out.map((r) => [r.jenis, r.noPeraturan, r.tahun_pengundangan, r.teuBadan]).sort()).toEqual([
      ['Peraturan Bupati', '48', 2023, 'Jembrana (Kabupaten)'],
      ['Peraturan Bupati', '55', 2018, 'Gianyar (Kabupaten)'],
    ]);

    const xlsxPath = join(dir.path, 'keluar.xlsx');
    expect(lindung('regulations', 'export', xlsxPath).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsxPath);
    const text = JSON.stringify(book.worksheets[0]!.getSheetValues());
    expect(text).toContain('Perlindungan Jaminan Sosial Pekerja Rentan');
    expect(text).toContain('Pekerja Rentan Gianyar');
  });
});
