import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { addAggregate, addDenominator } from '../../../core/coverage/input-rows.ts';
import { addPerson, badungApp, bpu } from './support.ts';

// The coverage files as a reader holds them: each breakdown's value in the office's words
// ("Buruh harian", "APBD kabupaten/kota"), never a list's snake_case code in the PDF; the total's
// title says the whole area.

async function exported(format: 'pdf' | 'xlsx') {
  const app = await badungApp();
  addDenominator(app.ctx, { name: 'Penduduk bekerja Badung', value: 400, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung', asOfDate: '2024-08-31' });
  await addPerson(app, 31, [bpu('2024-01-01')], { category: 'buruh_harian' });
  await addPerson(app, 32, [bpu('2024-02-01')], { category: 'petani' });
  addAggregate(app.ctx, { areaCode: '51.03', sourceKind: 'dinas', source: 'Dinas per kategori', asOfDate: '2024-03-31', segment: 'BPU', funding: 'apbd_kabkota', category: 'buruh_harian', count: 40 });
  const file = await app.call('coverage.export', { format, at: '2024-05-31', by: ['category', 'funding', 'segment', 'kecamatan'] });
  if (!file.ok) throw new Error(file.error.message);
  return { app, path: app.runtime.files.outgoingFile(file.data.token).path };
}

describe('coverage files in words', () => {
  it('prints list labels, not codes, in the PDF', async () => {
    const { path } = await exported('pdf');
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' }).replace(/\u00a0/g, ' ');
    // Each list's value in words: in the table's label and in the slice an aggregate figure stands for.
    for (const words of ['Buruh harian', 'Petani', 'APBD kabupaten/kota']) expect(text).toContain(words);
    // (the slice wraps in its narrow cell: read without the layout, one cell's lines after another)
    const cells = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    for (const words of ['Sumber dana: APBD kabupaten/kota', 'Kategori pekerja rentan: Buruh harian', 'Segmen: Bukan Penerima Upah (BPU)']) expect(cells).toContain(words);
    for (const code of ['buruh_harian', 'apbd_kabkota', 'petani ', 'segment=', 'funding=']) expect(text).not.toContain(code);
    // The region codes people use stay, in their own column.
    expect(text.split(/\s+/)).toContain('51.03.06');
    // The whole area's table is titled as such, never "Total" nor "per Total".
    expect(text).toContain('Cakupan kepesertaan seluruh wilayah');
    expect(text).not.toMatch(/^Total$|per Total/m);
  });

  it('keeps the codes for machines in the XLSX beside the words', async () => {
    const { path } = await exported('xlsx');
    const workbook = XLSX.read(readFileSync(path));
    const book = workbook.SheetNames.map((name) => ({ name, rows: XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[name]!, { header: 1 }) }));
    const category = book.find((s) => s.name === 'Kategori pekerja rentan')!;
    const header = category.rows.findIndex((r) => r[0] === 'Uraian');
    expect(category.rows[header]!.slice(0, 2)).toEqual(['Uraian', 'Kode']);
    expect(category.rows.slice(header + 1).map((r) => r.slice(0, 2))).toEqual([['Buruh harian', 'buruh_harian'], ['Petani', 'petani']]);
    const funding = book.find((s) => s.name === 'Sumber dana')!;
    expect(funding.rows.some((r) => String(r[3]).includes('Kategori pekerja rentan: Buruh harian'))).toBe(true);
    expect(JSON.stringify(funding.rows)).not.toContain('category=');
  });
});
