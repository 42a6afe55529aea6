import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, stage, waitJob, type App } from './support.ts';

// A mapping the user corrected is remembered by header text: the next file with the same headers
// in another order, and the error file made from the first, map the same way.

async function workbook(path: string, rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  for (const row of rows) ws.addRow(row);
  await wb.xlsx.writeFile(path);
}

async function inspect(app: App, token: string): Promise<Inspection> {
  const r = await app.call('imports.inspect', { register: 'employer', fileToken: token });
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

describe('remembered column mappings', { timeout: 180_000 }, () => {
  it('follow the header text: reordered columns and the error file get the corrected mapping', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const first = join(dir.path, 'bpjs januari.xlsx');
    await workbook(first, [
      ['Nama Badan Usaha', 'NIB', 'Kolom Petugas', 'Kecamatan'],
      ['PT Satu Segara', '9120000000101', 'dikunjungi Januari', 'Kuta Utara'],
      ['PT Dua Segara', '9120000000102', 'belum dikunjungi', 'Kecamatan Entah'],
    ]);
    const staged = await stage(app, first, 'bpjs januari.xlsx');
    const inspection = await inspect(app, staged.token);
    expect(inspection.mappingRemembered).toBe(false);
    expect(inspection.mapping.notes ?? null).toBeNull(); // "Kolom Petugas" is no known header
    // The clerk maps it to the notes by hand, checks and saves.
    const mapping = { ...inspection.mapping, notes: 2 };
    const started = await app.call('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow: inspection.headerRow, mapping });
    if (!started.ok) throw new Error(started.error.message);
    const dry = await waitJob(app, started.data);
    expect((dry.result as DryRunResult).summary).toMatchObject({ new: 1, invalid: 1 });
    // The error file is taken at the check, as the screen offers it (the plan goes with the commit).
    const errorFile = await app.call('imports.errorFile', { jobId: dry.id });
    if (!errorFile.ok) throw new Error(errorFile.error.message);
    expect((await commit(app, dry.id)).status).toBe('done');
    expect(app.sqlite.prepare("SELECT notes FROM employer WHERE name = 'PT Satu Segara'").pluck().get()).toBe('dikunjungi Januari');

    // February's file: the same headers, in another order.
    const second = join(dir.path, 'bpjs februari.xlsx');
    await workbook(second, [
      ['Kecamatan', 'Kolom Petugas', 'NIB', 'Nama Badan Usaha'],
      ['Mengwi', 'dikunjungi Februari', '9120000000103', 'PT Tiga Segara'],
    ]);
    const reordered = await inspect(app, (await stage(app, second, 'bpjs februari.xlsx')).token);
    expect(reordered.mappingRemembered).toBe(true);
    expect(reordered.mapping).toMatchObject({ kecamatan: 0, notes: 1, nib: 2, name: 3 });

    // The error file of January's check: its two extra columns do not make it another layout.
    const fixed = await inspect(app, (await stage(app, app.runtime.files.outgoingFile(errorFile.data.token).path, 'bpjs januari - kesalahan.xlsx')).token);
    expect(fixed.mappingRemembered).toBe(true);
    expect(fixed.mapping).toMatchObject({ name: 0, nib: 1, notes: 2, kecamatan: 3 });
    dir.remove();
  });
});
