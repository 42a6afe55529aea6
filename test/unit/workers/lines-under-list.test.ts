import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { workerDryRun } from './import-support.ts';

// A desa's list ends with its total and the perbekel's signature, written in whatever column
// the sheet had room in (walk 34: "Mengetahui," under Kategori). Each such row is left out with one
// sentence (no error), and its words are not offered as a Kategori rentan to map. LibreOffice writes the sheet
// (the quoted NIK kept as text, as a clerk types it).

const csv = [
  'NIK;Nama;Desa;Kategori;Segmen;Mulai',
  '"5103064507900002";Ni Luh Putu Sukerti;Dalung;Petani;BPU;01/01/2025',
  ';;;;;',
  ';JUMLAH;;1 orang;;',
  ';;;Mengetahui,;;',
  ';;;Perbekel Dalung;;',
  ';;;I Made Perbekel;;',
].join('\r\n');

describe('lines under a worker list', () => {
  it('are left out with one sentence each, and their words are no Kategori to map', { timeout: 300_000 }, async () => {
    const app = await badungApp();
    const dir = tempDir();
    const source = join(dir.path, 'daftar dalung.csv');
    writeFileSync(source, `${csv}\r\n`);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`, '--headless', '--infilter=CSV:59,34,76,1,,1033,true', '--convert-to', 'xlsx', '--outdir', dir.path, source], { stdio: 'ignore', timeout: 120_000 });
    const { result } = await workerDryRun(app, join(dir.path, 'daftar dalung.xlsx'), 'daftar dalung.xlsx');
    dir.remove();
    expect(result.summary).toMatchObject({ total: 2, new: 1, invalid: 1, skipped: 3 });
    expect(result.rows.filter((r) => r.status === 'skipped').map((r) => [r.rowNumber, r.problems.map((p) => p.said?.key)])).toEqual([
      [4, ['imports.notData.line']],
      [5, ['imports.notData.line']],
      [6, ['imports.notData.line']],
    ]);
    // A name alone under the list is not a signature line: the row says what it lacks.
    expect(result.rows.find((r) => r.rowNumber === 7)!.problems.map((p) => p.said?.key)).toEqual(expect.arrayContaining(['workers.import.nikRequired']));
    expect(result.rows.find((r) => r.rowNumber === 5)!.problems[0]!.message.id).toBe('"Mengetahui,": baris ini bukan data (jumlah, tanda tangan, catatan atau nomor halaman), jadi dilewati.');
    const categories = result.unknownValues.find((u) => u.field === 'category')?.values.map((v) => v.text) ?? [];
    expect(categories).not.toContain('Mengetahui,');
    expect(categories).not.toContain('Perbekel Dalung');
  });
});
