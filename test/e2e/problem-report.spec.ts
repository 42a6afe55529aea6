import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { api, expect, shot, test } from './fixtures.ts';

// "Kirim laporan masalah" on the About page: a ZIP of the application log and versions for IT,
// downloaded like an export, with no database and no personal data in it.

const nik = '3171011501900001';

test('the About page writes a problem report ZIP without the database or a NIK', async ({ app: page, served }, testInfo) => {
  // A record with a NIK-based NPWP, saved through the API the page uses.
  await api(served, 'employers.save', {
    name: 'PT Laporan Uji', legalForm: 'PT', nib: '9120009999991', npwp: nik, npp: 'NN777777', kbliCodes: ['55110'], businessScale: 'kecil',
    address: 'Jl. Uji No. 1', kecamatanCode: '51.03.06', desaCode: null, workersMale: 1, workersFemale: 1, bpjsStatus: 'terdaftar', bpjsProgrammes: ['JKK', 'JKM', 'JHT'],
  });
  await page.goto(`${served.origin}/#/pengaturan/tentang`);
  await expect(page.getByRole('heading', { name: 'Tentang Lindung' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Kirim laporan masalah' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^lindung-laporan-masalah-\d{12}\.zip$/);
  await expect(page.getByTestId('problem-report-saved')).toContainText('Kirim berkas ini kepada petugas TI');
  await shot(page, '90-laporan-masalah');

  const path = testInfo.outputPath('laporan.zip');
  await file.saveAs(path);
  const entries = unzipSync(new Uint8Array(readFileSync(path)));
  const names = Object.keys(entries);
  expect(names).toContain('versions.json');
  expect(names).toContain('logs/lindung.log');
  expect(names.filter((n) => !/^(BACA-README\.txt|versions\.json|logs\/lindung(\.\d+)?\.log)$/.test(n))).toEqual([]);
  for (const name of names) {
    const text = strFromU8(entries[name]!);
    expect(text, name).not.toContain(nik);
    expect(text, name).not.toContain('PT Laporan Uji');
    expect(text, name).not.toContain('SQLite format 3');
  }
  expect(strFromU8(entries['logs/lindung.log']!)).toContain('"event":"start"');
  expect(JSON.parse(strFromU8(entries['versions.json']!)).app.host).toBe('serve');
});
