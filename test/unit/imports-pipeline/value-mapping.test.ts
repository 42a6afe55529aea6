import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../support/test-db.ts';
import { commit, stage, waitJob, type App } from './support.ts';

// A clerk's file says "Belum Daftar" and "sdh daftar" where the register says PWBD and
// Terdaftar: the dry run lists such values with their counts, the clerk maps each once, and the
// next file from the same source maps itself.
const csv = [
  'Nama Perusahaan;NIB;Kecamatan;Status BPJS',
  'PT Satu;9120000000011;Kuta Utara;Belum Daftar',
  'PT Dua;9120000000012;Kuta Utara;sdh daftar',
  'PT Tiga;9120000000013;Kuta Utara;Belum  daftar',
  'PT Empat;9120000000014;Kuta Utara;terdaftar',
].join('\n');

async function dryRun(app: App, token: string, values?: Record<string, Record<string, string>>) {
  const inspected = await app.call('imports.inspect', { register: 'employer', fileToken: token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'employer', fileToken: token, headerRow, mapping, ...(values ? { values } : {}) });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  return { inspection: inspected.data as Inspection, job, result: job.result as DryRunResult };
}

describe('value mapping', () => {
  it('lists the unknown values of a choice column with their counts, maps them, and remembers it for the source', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'dari cabang.csv');
    writeFileSync(file, csv);
    const first = await dryRun(app, (await stage(app, file, 'dari cabang.csv')).token);
    expect(first.result.summary).toMatchObject({ invalid: 3, new: 1 });
    expect(first.result.unknownValues).toEqual([{ field: 'bpjsStatus', values: [{ text: 'Belum Daftar', count: 2 }, { text: 'sdh daftar', count: 1 }] }]);
    // The choices offered for it are the register's statuses.
    expect(first.inspection.fields.find((f) => f.key === 'bpjsStatus')?.choices?.map((c) => c.value)).toEqual(['terdaftar', 'pwbd', 'pds_tk', 'pds_upah', 'pds_program']);

    // One choice covers the spellings that differ only in case, spaces and punctuation.
    const mapped = await dryRun(app, (await stage(app, file, 'dari cabang.csv')).token, { bpjsStatus: { 'Belum Daftar': 'pwbd', 'sdh daftar': 'terdaftar' } });
    expect(mapped.result.summary).toMatchObject({ invalid: 0, new: 4 });
    expect(mapped.result.unknownValues).toEqual([]);
    const done = await commit(app, mapped.job.id);
    expect(done.status).toBe('done');
    const statuses = app.sqlite.prepare('SELECT name, bpjs_status FROM employer ORDER BY name').raw().all();
    expect(statuses).toEqual([['PT Dua', 'terdaftar'], ['PT Empat', 'terdaftar'], ['PT Satu', 'pwbd'], ['PT Tiga', 'pwbd']]);

    // The next file from the same source comes with the mapping.
    const next = join(dir.path, 'bulan depan.csv');
    writeFileSync(next, csv.replaceAll('912000000001', '912000000002'));
    const again = await app.call('imports.inspect', { register: 'employer', fileToken: (await stage(app, next, 'bulan depan.csv')).token });
    expect(again.ok && again.data.values).toEqual({ bpjsStatus: { 'Belum Daftar': 'pwbd', 'sdh daftar': 'terdaftar' } });
    dir.remove();
  });

  it('shows rows of every status, so each tab of the dry run agrees with its count', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'banyak.csv');
    const rows = Array.from({ length: 1200 }, (_, i) => `Usaha Nomor ${i};${9_150_000_000_000 + i};Kuta Utara;${i % 400 === 0 ? 'entah' : 'terdaftar'}`);
    writeFileSync(file, ['Nama Perusahaan;NIB;Kecamatan;Status BPJS', ...rows].join('\n'));
    const { result } = await dryRun(app, (await stage(app, file, 'banyak.csv')).token);
    expect(result.summary).toMatchObject({ total: 1200, new: 1197, invalid: 3 });
    const byStatus = (status: string) => result.rows.filter((r) => r.status === status);
    expect(byStatus('invalid').map((r) => r.rowNumber)).toEqual([2, 402, 802]);
    expect(byStatus('new')).toHaveLength(500); // the first 500; the count says 1,197
    expect(byStatus('new')[0]).toMatchObject({ rowNumber: 3, name: 'Usaha Nomor 1' });
    expect(result.rowsTruncated).toBe(true);
    dir.remove();
  });

  it('maps a misspelled kecamatan to one of the office\'s kecamatan, as a choice column\'s words are', async () => {
    const app = await badungApp();
    const dir = tempDir();
    const file = join(dir.path, 'salah ketik.csv');
    writeFileSync(file, ['Nama Perusahaan;NIB;Kecamatan', 'PT Satu;9120000000021;Kuta Utra', 'PT Dua;9120000000022;KUTA UTRA', 'PT Tiga;9120000000023;Mengwi'].join('\n'));
    const first = await dryRun(app, (await stage(app, file, 'salah ketik.csv')).token);
    expect(first.result.summary).toMatchObject({ invalid: 2, new: 1 });
    expect(first.result.unknownValues).toEqual([{ field: 'kecamatan', values: [{ text: 'Kuta Utra', count: 2 }] }]);
    // The choices are the office's kecamatan (Kabupaten Badung has six), by name.
    const offered = first.inspection.fields.find((f) => f.key === 'kecamatan')?.choices?.map((c) => c.label.id);
    expect(offered).toEqual(['Abiansemal', 'Kuta', 'Kuta Selatan', 'Kuta Utara', 'Mengwi', 'Petang']);

    const mapped = await dryRun(app, (await stage(app, file, 'salah ketik.csv')).token, { kecamatan: { 'Kuta Utra': 'Kuta Utara' } });
    expect(mapped.result.summary).toMatchObject({ invalid: 0, new: 3 });
    expect((await commit(app, mapped.job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT name, kecamatan_code FROM employer ORDER BY name').raw().all()).toEqual([
      ['PT Dua', '51.03.06'],
      ['PT Satu', '51.03.06'],
      ['PT Tiga', '51.03.02'],
    ]);
    dir.remove();
  });
});
