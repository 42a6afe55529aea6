import { readdirSync, readFileSync } from 'node:fs';
import { jobEnd } from '../support/jobs.ts';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { JobState } from '../../../core/api/jobs.ts';
import { badungApp, loadDemo } from './support.ts';

type App = Awaited<ReturnType<typeof badungApp>>;
const finished = (app: App, job: JobState) => jobEnd(app.call, job);

async function exportView(app: App, input: Record<string, unknown>) {
  const started = await app.call('registers.export', { register: 'employer', ...input });
  if (!started.ok) throw new Error(started.error.message);
  const job = await finished(app, started.data);
  expect(job.status).toBe('done');
  return app.runtime.files.outgoingFile((job.result as DownloadToken).token);
}

describe('employer export', () => {
  it('exports the filtered, sorted view with a heading, identity numbers as text and formulas neutralised', async () => {
    const app = await badungApp();
    await loadDemo(app, 300);
    await app.call('employers.save', { name: '=HYPERLINK("http://x","klik")', nib: '9129999999999', npwp: '012345678901000', kecamatanCode: '51.03.06', bpjsStatus: 'pwbd' });
    const filterModel = { bpjsStatus: { filterType: 'set', values: ['pwbd'] }, kecamatanCode: { filterType: 'set', values: ['51.03.06'] } };
    const expected = await app.call('registers.list', { register: 'employer', startRow: 0, endRow: 1000, filterModel, sortModel: [{ colId: 'name', sort: 'asc' }] });
    if (!expected.ok) throw new Error('list');
    const file = await exportView(app, { format: 'xlsx', filterModel, sortModel: [{ colId: 'name', sort: 'asc' }], columns: ['name', 'nib', 'npwp', 'bpjsStatus', 'kecamatanCode'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.path);
    const sheet = wb.getWorksheet('Perusahaan')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Disperinaker Kabupaten Badung');
    expect(String(sheet.getRow(3).getCell(1).value)).toBe('Saringan: Status BPJS: PWBD; Kecamatan: Kuta Utara');
    expect(String(sheet.getRow(4).getCell(1).value)).toMatch(/^Diekspor .* WITA$/);
    expect(sheet.getRow(6).values).toEqual([undefined, 'Nama perusahaan', 'NIB', 'NPWP', 'Status BPJS', 'Kecamatan']);
    const names = [];
    for (let r = 7; r <= sheet.rowCount; r += 1) names.push(String(sheet.getRow(r).getCell(1).value));
    expect(names).toHaveLength(expected.data.rowCount);
    expect(names).toContain(`'=HYPERLINK("http://x","klik")`);
    const injected = names.indexOf(`'=HYPERLINK("http://x","klik")`) + 7;
    expect(sheet.getRow(injected).getCell(3).value).toBe('01.234.567.8-901.000'); // text as printed, leading zero kept
    expect(sheet.getRow(injected).getCell(3).numFmt).toBe('@');
  });

  it('says the filter and the coded cells in words: operators, two conditions, scale, section, status', async () => {
    const app = await badungApp();
    await loadDemo(app, 300);
    const filterModel = {
      workersTotal: { filterType: 'number', operator: 'AND', conditions: [{ filterType: 'number', type: 'greaterThanOrEqual', filter: 10 }, { filterType: 'number', type: 'lessThan', filter: 1000 }] },
      businessScale: { filterType: 'set', values: ['kecil', 'menengah'] },
      name: { filterType: 'text', type: 'notContains', filter: 'toko' },
      startDate: { filterType: 'date', type: 'inRange', dateFrom: '2000-01-01 00:00:00', dateTo: '2025-12-31 00:00:00' },
    };
    const file = await exportView(app, { format: 'xlsx', filterModel, columns: ['name', 'businessScale', 'kbliSection', 'recordStatus', 'officeType'] });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file.path);
    const sheet = wb.getWorksheet('Perusahaan')!;
    expect(String(sheet.getRow(3).getCell(1).value)).toBe(
      'Saringan: Jumlah tenaga kerja ≥ 10 dan < 1.000; Skala usaha: Kecil, Menengah; Nama perusahaan tidak memuat "toko"; Tanggal mulai usaha antara 01/01/2000 dan 31/12/2025',
    );
    expect(sheet.rowCount).toBeGreaterThan(6);
    for (let r = 7; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      expect(['Kecil', 'Menengah']).toContain(row.getCell(2).value);
      expect(String(row.getCell(3).value)).toMatch(/^[A-U] – \S/); // "I – Penyediaan Akomodasi ..."
      expect(row.getCell(4).value).toBe('Aktif');
      expect(['Kantor pusat', 'Kantor cabang']).toContain(row.getCell(5).value);
    }
  });

  it("names the file by the office's day, not UTC's (03:25 WITA on 7 December is still the 6th in UTC)", async () => {
    const app = await badungApp(() => new Date('2026-12-06T19:25:00Z'));
    await app.call('employers.save', { name: 'PT Dini Hari', nib: '9120001234599', kecamatanCode: '51.03.06' });
    const file = await exportView(app, { format: 'csv' });
    expect(file.name).toBe('Register perusahaan 2026-12-07.csv');
    expect(app.sqlite.prepare("SELECT entity_label FROM audit_log WHERE action = 'export'").pluck().get()).toBe('Register perusahaan 2026-12-07.csv');
  });

  it('exports CSV for Indonesian Excel (BOM, semicolons) and refuses an unknown column', async () => {
    const app = await badungApp();
    await loadDemo(app, 50);
    const file = await exportView(app, { format: 'csv', columns: ['name', 'npwp', 'workersTotal'] });
    const text = readFileSync(file.path, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('"Nama perusahaan";"NPWP";"Jumlah tenaga kerja"');
    expect(text.split('\r\n').filter((l) => l.startsWith('"') && l.includes(';')).length).toBe(51);
    const bad = await app.call('registers.export', { register: 'employer', format: 'csv', filterModel: { secret: { filterType: 'text', type: 'contains', filter: 'x' } } });
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
  });

  it.each(['xlsx', 'csv'] as const)('a cancelled %s export stops part-way, leaves no file behind and frees the register', async (format) => {
    const app = await badungApp();
    await loadDemo(app, 5000);
    const started = await app.call('registers.export', { register: 'employer', format });
    if (!started.ok) throw new Error(started.error.message);
    await app.call('jobs.cancel', { jobId: started.data.id });
    const job = await finished(app, started.data);
    expect(job.status).toBe('cancelled');
    expect(job.progress.done).toBeLessThan(5000); // stopped, not run to the end
    expect(readdirSync(app.runtime.files.outgoing)).toEqual([]);
    const saved = await app.call('employers.save', { name: 'PT Setelah Batal', kecamatanCode: '51.03.06' });
    expect(saved.ok).toBe(true);
  });
});
