import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, inspectAndDryRun, stage } from './support.ts';

// What offices write under a table (a JUMLAH row with its sum, the place and date, the signing
// official) is not the register's data: those rows are refused with a word each, never added as
// firms. The sheet is one LibreOffice wrote (so the sum is a stored number, as Excel leaves it).

const soffice = spawnSync('which', ['soffice']).status === 0;
if (!soffice) console.log('Rows under a table: LibreOffice is not installed, the CSV is read instead (apt-get install -y libreoffice-calc-nogui).');

const csv = [
  'DAFTAR PERUSAHAAN KECAMATAN KUTA UTARA;;;',
  ';;;',
  'Nama Usaha;NIB;Kecamatan;Jumlah TK',
  'PT Segara Biru;9120000000201;Kuta Utara;40',
  'CV Dalung Asri;9120000000202;Kuta Utara;110',
  ';;;',
  'JUMLAH;;;150',
  'Badung, 31 Oktober 2026;;;',
  'Kepala Bidang;;;',
  'NIP. 19700512 199803 1 007;;;',
].join('\r\n');

describe('rows under the table', () => {
  it('are refused with a word each and never become firms', { timeout: 300_000 }, async () => {
    const app = await badungApp();
    const dir = tempDir();
    const source = join(dir.path, 'rekap kuta utara.csv');
    writeFileSync(source, `${csv}\r\n`);
    let file = source;
    if (soffice) {
      execFileSync('soffice', [`-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`, '--headless', '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', dir.path, source], { stdio: 'ignore', timeout: 120_000 });
      file = join(dir.path, 'rekap kuta utara.xlsx');
    }
    const { job, result } = await inspectAndDryRun(app, (await stage(app, file, file.split('/').pop())).token);
    dir.remove();
    expect(result.summary).toMatchObject({ new: 2, invalid: 4 });
    const refused = result.rows.filter((r) => r.status === 'invalid').map((r) => [r.rowNumber, r.problems[0]?.said?.key]);
    expect(refused).toEqual([
      [7, 'imports.names.total'],
      [8, 'imports.names.signature'],
      [9, 'imports.names.signature'],
      [10, 'imports.names.signature'],
    ]);
    // One sentence each, not a "required" per empty column besides.
    expect(result.rows.filter((r) => r.status === 'invalid').map((r) => r.problems.length)).toEqual([1, 1, 1, 1]);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT name FROM employer ORDER BY name').pluck().all()).toEqual(['CV Dalung Asri', 'PT Segara Biru']);
  });
});
