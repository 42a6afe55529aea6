import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { tempDir } from '../support/test-db.ts';
import { badungApp } from './support.ts';

// A real spreadsheet program opens the export: LibreOffice headless converts it to CSV.
const soffice = spawnSync('which', ['soffice']).status === 0;
if (!soffice) console.log('LibreOffice export check skipped: soffice is not installed (apt-get install -y libreoffice-calc-nogui).');

describe('export opened by LibreOffice', () => {
  it.skipIf(!soffice)('reads the XLSX cleanly, with identity numbers as text and formulas inert', async () => {
    const app = await badungApp();
    await app.call('employers.save', { name: '=1+1', nib: '9120000000123', npwp: '012345678901000', kecamatanCode: '51.03.06' });
    const started = await app.call('registers.export', { register: 'employer', format: 'xlsx', columns: ['name', 'nib', 'npwp'] });
    if (!started.ok) throw new Error(started.error.message);
    let job: JobState = started.data;
    while (job.status === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      const r = await app.call('jobs.get', { jobId: job.id });
      if (r.ok) job = r.data;
    }
    const file = app.runtime.files.outgoingFile((job.result as DownloadToken).token).path;
    const dir = tempDir();
    const xlsx = join(dir.path, 'export.xlsx');
    execFileSync('cp', [file, xlsx]);
    // A profile of its own: another soffice running on the machine holds the default one.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`, '--headless', '--convert-to', 'csv', '--outdir', dir.path, xlsx], { stdio: 'ignore', timeout: 600_000 });
    const csv = readFileSync(join(dir.path, 'export.csv'), 'utf8');
    expect(csv).toContain('Disperinaker Kabupaten Badung');
    expect(csv).toContain('9120000000123');
    expect(csv).toContain('01.234.567.8-901.000'); // as printed, the leading zero kept: text, not a number
    expect(csv).not.toMatch(/(^|,)2(,|$)/m); // "=1+1" was not evaluated
    expect(csv).toContain('=1+1');
    dir.remove();
  }, 180_000);
});
