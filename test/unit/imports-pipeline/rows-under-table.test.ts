import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, inspectAndDryRun, stage } from './support.ts';

// What offices write under a table (a JUMLAH row with its sum, the place and date, the signing
// official), a printed list's page footer and its header again on the next page, the row of
// column numbers under the header: none is the register's data. Those rows are left out with a
// sentence each (walk 36: each was an invalid row with four errors), never added as firms, never
// counted as data or as errors. The sheet is one LibreOffice wrote (so the sum is a stored number,
// as Excel leaves it).

const soffice = spawnSync('which', ['soffice']).status === 0;
if (!soffice) console.log('Rows under a table: LibreOffice is not installed, the CSV is read instead (apt-get install -y libreoffice-calc-nogui).');

const csv = [
  'DAFTAR PERUSAHAAN KECAMATAN KUTA UTARA;;;',
  ';;;',
  'Nama Usaha;NIB;Kecamatan;Jumlah TK',
  '(1);(2);(3);(4)',
  'PT Segara Biru;9120000000201;Kuta Utara;40',
  'Halaman 1 dari 2;;;',
  'Nama Usaha;NIB;Kecamatan;Jumlah TK',
  'CV Dalung Asri;9120000000202;Kuta Utara;110',
  ';;;',
  'JUMLAH;;;150',
  'TOTAL PERUSAHAAN;;;2',
  'Badung, 31 Oktober 2026;;;',
  'Kepala Bidang;;;',
  'NIP. 19700512 199803 1 007;;;',
].join('\r\n');

describe('rows under the table', () => {
  it('are left out with a sentence each, never become firms and are no errors', { timeout: 300_000 }, async () => {
    const app = await badungApp();
    const dir = tempDir();
    const source = join(dir.path, 'rekap kuta utara.csv');
    writeFileSync(source, `${csv}\r\n`);
    let file = source;
    if (soffice) {
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`, '--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', dir.path, source], { stdio: 'ignore', timeout: 120_000 });
      file = join(dir.path, 'rekap kuta utara.xlsx');
    }
    const { job, result, inspection } = await inspectAndDryRun(app, (await stage(app, file, file.split('/').pop())).token);
    // The mapping screen's sample values leave them out too (walk 37: "(2) · PT Segara Biru").
    expect(inspection.preview.filter((r) => r.notData).map((r) => r.rowNumber)).toEqual([4, 6, 7, 10, 11, 12]);
    dir.remove();
    expect(result.summary).toMatchObject({ total: 2, new: 2, invalid: 0, skipped: 8 });
    const skipped = result.rows.filter((r) => r.status === 'skipped').map((r) => [r.rowNumber, r.problems.map((p) => [p.severity, p.said?.key])]);
    expect(skipped).toEqual([
      [4, [['warning', 'imports.notData.columnNumbers']]],
      [6, [['warning', 'imports.notData.line']]],
      [7, [['warning', 'imports.notData.repeatedHeader']]],
      [10, [['warning', 'imports.notData.line']]],
      [11, [['warning', 'imports.notData.line']]],
      [12, [['warning', 'imports.notData.line']]],
      [13, [['warning', 'imports.notData.line']]],
      [14, [['warning', 'imports.notData.line']]],
    ]);
    expect(result.rows.find((r) => r.rowNumber === 10)!.problems[0]!.message.id).toBe('"JUMLAH": baris ini bukan data (jumlah, tanda tangan, catatan atau nomor halaman), jadi dilewati.');
    // Not data, so not warnings of the data either.
    expect(result.summary.warnings).toBe(0);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT name FROM employer ORDER BY name').pluck().all()).toEqual(['CV Dalung Asri', 'PT Segara Biru']);
  });
});
