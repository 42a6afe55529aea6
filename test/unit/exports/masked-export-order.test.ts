import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { PersonInput } from '../../../core/api/workers.ts';
import { badungApp } from '../employers/support.ts';
import { waitJob, type App } from '../imports-pipeline/support.ts';

// A masked export hides a NIK's middle digits (the birth date) and writes the birth date as its
// year: a view sorted by NIK or birth date would give that order away row by row. Masked, such a
// view is written in the register's usual order (by name, then id), and the heading says so.
// Masking is asked for whenever the export holds a NIK or a birth date.

// Saved in this order (ids): Sukerti, Ayu, Sudarsana. By name: Sudarsana, Ayu, Sukerti. By NIK and
// by birth date: Sudarsana (1985), Sukerti (1990), Ayu (1995).
const people: PersonInput[] = [
  { nik: '5103064507900002', name: 'Ni Luh Putu Sukerti', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' },
  { nik: '5103066208950004', name: 'Ni Kadek Ayu', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' },
  { nik: '5103061203850001', name: 'I Made Sudarsana', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' },
].map((p) => ({ ...p, periods: [{ segment: 'BPU', startDate: '2025-01-01', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'Daftar desa 2025' }] }) as PersonInput);

async function office() {
  const app = await badungApp();
  for (const person of people) {
    const saved = await app.call('workers.save', person);
    if (!saved.ok) throw new Error(saved.error.message);
  }
  return app;
}

async function exported(app: App, input: Record<string, unknown>): Promise<string> {
  const started = await app.call('registers.export', { register: 'worker', format: 'csv', filterModel: {}, ...input });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  expect(job.status).toBe('done');
  return readFileSync(app.runtime.files.outgoingFile((job.result as DownloadToken).token).path, 'utf8');
}

/** The people in the order the file lists them. */
const order = (csv: string) =>
  csv
    .split('\r\n')
    .map((line) => people.find((p) => line.includes(`"${p.name}"`))?.name.split(' ').at(-1))
    .filter(Boolean);

const lastExportAudit = (app: App) => JSON.parse(app.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1").pluck().get() as string) as Record<string, unknown>;

describe('a masked export', { timeout: 120_000 }, () => {
  it('sorted by NIK or birth date on screen is written by name, and its heading says why', async () => {
    const app = await office();
    const columns = ['nik', 'name', 'birthDate'];

    // Unmasked, the view's order as asked.
    const plain = await exported(app, { columns, sortModel: [{ colId: 'nik', sort: 'asc' }] });
    expect(order(plain)).toEqual(['Sudarsana', 'Sukerti', 'Ayu']);
    expect(plain).not.toContain('Diurutkan');

    // Masked: by name instead (the asked direction goes with the NIK), said under the mask's note.
    const byNik = await exported(app, { columns, maskNik: true, sortModel: [{ colId: 'nik', sort: 'desc' }] });
    expect(order(byNik)).toEqual(['Sudarsana', 'Ayu', 'Sukerti']);
    expect(byNik).toContain('"NIK disamarkan (6 digit awal dan 4 digit akhir); tanggal lahir hanya tahunnya, sebab digit yang disamarkan memuat tanggal lahir"\r\n"Diurutkan menurut Nama, bukan menurut NIK seperti di layar, sebab urutan itu membuka tanggal lahir yang disamarkan"\r\n');
    expect(byNik).toContain('"510306******0004";"Ni Kadek Ayu";"1995"');
    // The change log says the masking in words (the NIK column's name does not make 'masked' a NIK).
    const entry = await app.call('audit.get', { id: app.sqlite.prepare("SELECT max(id) FROM audit_log WHERE action = 'export'").pluck().get() as number });
    if (!entry.ok) throw new Error(entry.error.message);
    expect(entry.data.changes.filter((c) => ['nik', 'birthDates'].includes(c.field)).map((c) => [c.label.id, c.shownAfter])).toEqual([
      ['NIK', { id: 'disamarkan (6 digit awal dan 4 digit akhir)', en: 'masked (first 6 and last 4 digits)' }],
      ['Tanggal lahir', { id: 'tahunnya saja (NIK disamarkan)', en: 'the year only (NIKs masked)' }],
    ]);

    // A sort key that reveals nothing stays; the birth date after it gives way to the name.
    const bySexThenBirth = await exported(app, { columns, maskNik: true, sortModel: [{ colId: 'sex', sort: 'asc' }, { colId: 'birthDate', sort: 'asc' }] });
    expect(order(bySexThenBirth)).toEqual(['Sudarsana', 'Ayu', 'Sukerti']);
    expect(bySexThenBirth).toContain('"Diurutkan menurut Jenis kelamin, Nama, bukan menurut Tanggal lahir seperti di layar, sebab urutan itu membuka tanggal lahir yang disamarkan"');

    // A sort that reveals nothing is kept, without a word.
    const byName = await exported(app, { columns, maskNik: true, sortModel: [{ colId: 'name', sort: 'desc' }] });
    expect(order(byName)).toEqual(['Sukerti', 'Ayu', 'Sudarsana']);
    expect(byName).not.toContain('Diurutkan');
  });

  it('covers the birth date without the NIK column: its year only, by name, audited', async () => {
    const app = await office();
    const masked = await exported(app, { columns: ['name', 'birthDate'], maskNik: true, sortModel: [{ colId: 'birthDate', sort: 'desc' }] });
    expect(order(masked)).toEqual(['Sudarsana', 'Ayu', 'Sukerti']);
    expect(masked).toContain('"Tanggal lahir (tahun)"');
    expect(masked).toContain('"Ni Luh Putu Sukerti";"1990"');
    expect(masked).not.toContain('05/07/1990');
    expect(masked).toContain('"Tanggal lahir hanya tahunnya, sebab tanggal lahir adalah digit NIK yang disamarkan"\r\n"Diurutkan menurut Nama, bukan menurut Tanggal lahir seperti di layar, sebab urutan itu membuka tanggal lahir yang disamarkan"\r\n');
    expect(lastExportAudit(app)).toMatchObject({ columns: ['name', 'birthDate'], birthDates: 'year' });
    expect(lastExportAudit(app)).not.toHaveProperty('nik');

    // Not masked: the full date, in the view's order; the audit says so.
    const plain = await exported(app, { columns: ['name', 'birthDate'], sortModel: [{ colId: 'birthDate', sort: 'desc' }] });
    expect(order(plain)).toEqual(['Ayu', 'Sukerti', 'Sudarsana']);
    expect(plain).toContain('"Ni Luh Putu Sukerti";"05/07/1990"');
    expect(lastExportAudit(app)).toMatchObject({ birthDates: 'full' });

    // Nothing the masking covers: nothing to mask, the view's order kept.
    const names = await exported(app, { columns: ['name', 'sex'], maskNik: true, sortModel: [{ colId: 'nik', sort: 'asc' }] });
    expect(order(names)).toEqual(['Sudarsana', 'Sukerti', 'Ayu']);
    expect(names).not.toContain('disamarkan');
  });
});
