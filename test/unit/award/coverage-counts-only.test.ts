import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { FrozenTable } from '../../../core/award/package/package-source.ts';
import { newPdf, pdfBytes } from '../../../core/award/pdf/pdf-base.ts';
import { drawTable } from '../../../core/award/pdf/pdf-table.ts';
import { addDenominator } from '../../../core/coverage/input-rows.ts';
import { tempDir } from '../support/test-db.ts';
import { filledForPackage, packageBytes } from './package-support.ts';
import { indicatorUid, ok, saveItem } from './support.ts';

// A coverage table per segment has no denominator in any row (no one publishes workers per
// segment): the index prints it without the empty denominator and percent columns, with a note
// saying why, and its XLSX annex keeps the columns with the same note; a table per kecamatan with
// a denominator keeps its columns, a row of it without one showing "—".

const dir = tempDir('lindung-award-counts-only-');
afterAll(() => dir.remove());

const note = 'Tidak ada penyebut per segmen (jumlah pekerja per segmen tidak dicatat); tabel ini memuat jumlah peserta saja.';

/** The index's text from a table's title to the line naming its annex, whitespace folded (a header wrapped over lines reads word by word). */
function tableText(text: string, title: string): string {
  const start = text.indexOf(title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  return text.slice(start, text.indexOf('Tabel ini juga sebagai lampiran', start));
}

describe('a coverage table of counts alone in the package', () => {
  it('leaves out its empty denominator and percent columns and says why, while a table with a denominator keeps them', async () => {
    const { world, cycle } = await filledForPackage();
    const { app } = world;
    // A denominator for the people's own kecamatan, in a month frozen again with it.
    addDenominator(app.ctx, { name: 'Penduduk bekerja Kuta Utara', value: 50, areaCode: '51.03.06', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung, Kecamatan Dalam Angka 2024', asOfDate: '2024-08-31' });
    const snapshotUid = ok(await app.call('coverage.freeze', { month: '2025-12' })).uid;
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'C.1'), kind: 'coverage', title: 'Cakupan per kecamatan', coverage: { snapshotUid, dimension: 'kecamatan' }, state: 'siap' });
    ok(await app.callAs('kepala_dinas', 'award.approve', { cycleUid: cycle.uid, snapshotUid }));

    const entries = unzipSync(new Uint8Array(await packageBytes(app, cycle.uid)));
    const index = join(dir.path, 'indeks.pdf');
    writeFileSync(index, entries['00-indeks.pdf']!);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', index, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

    const segment = tableText(text, 'Cakupan kepesertaan per segmen');
    expect(segment).toContain(note);
    expect(segment).toContain('Peserta aktif');
    // "Penyebut", "Nama penyebut", "Sumber penyebut", "Tanggal penyebut", "Cakupan (%)": none printed.
    const columns = segment.replace(note, '');
    expect(columns).not.toMatch(/penyebut/i);
    expect(columns).not.toContain('(%)');

    const kecamatan = tableText(text, 'Cakupan kepesertaan per kecamatan');
    for (const header of ['Penyebut', 'penyebut', '(%)', '4,00 %']) expect(kecamatan, header).toContain(header);
    expect(kecamatan).toContain('Penduduk bekerja Kuta Utara');
    expect(kecamatan).not.toContain('tabel ini memuat jumlah peserta saja');

    // The XLSX annex keeps every column (machines read it) and carries the same note.
    const annex = Object.keys(entries).find((p) => /^lampiran\/cakupan-per-segmen-/.test(p))!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(entries[annex]!) as never);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value))));
    expect(cells).toContain(note);
    expect(cells).toContain('Penyebut');
    expect(cells).toContain('Cakupan (%)');
  }, 120_000);

  it('keeps the columns of a table where only some rows have a denominator, a row without one showing "—"', async () => {
    const column = (key: string, label: string, kind: FrozenTable['columns'][number]['kind'] = 'text') => ({ key, label, kind });
    const table: FrozenTable = {
      title: 'Cakupan kepesertaan per kecamatan',
      notes: [],
      columns: [column('label', 'Uraian'), column('numerator', 'Peserta aktif', 'integer'), column('denominator', 'Penyebut', 'integer'), column('denominatorName', 'Nama penyebut'), column('percent', 'Cakupan (%)', 'percent')],
      rows: [
        { label: 'Kuta Utara', numerator: 2, denominator: 50, denominatorName: 'Penduduk bekerja Kuta Utara', percent: 4 },
        { label: 'Mengwi', numerator: 3, denominator: null, denominatorName: '', percent: null },
      ],
    };
    const doc = newPdf({ title: 'Tabel', author: 'Uji', subject: 'Uji', at: '2026-11-24T02:00:00.000Z' });
    drawTable(doc, table, { x: doc.page.margins.left, width: 400 });
    const file = join(dir.path, 'mixed.pdf');
    writeFileSync(file, await pdfBytes(doc));
    const lines = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\n');
    expect(lines.some((l) => l.includes('Penyebut') && l.includes('Cakupan (%)'))).toBe(true);
    expect(lines.find((l) => l.includes('Kuta Utara'))).toContain('4,00 %');
    expect((lines.find((l) => l.includes('Mengwi'))!.match(/—/g) ?? []).length).toBe(3);
  });
});
