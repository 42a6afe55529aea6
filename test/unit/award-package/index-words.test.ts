import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readableAnnexName, readableTableTitle } from '../../../core/award/freeze-tables.ts';
import type { FrozenTable } from '../../../core/award/package/package-source.ts';
import { planPackage } from '../../../core/award/package/package-layout.ts';
import { writeIndexPdf } from '../../../core/award/pdf/index-pdf.ts';
import { tempDir } from '../support/test-db.ts';
import { makeSource } from './fixture.ts';

// What a jury reads in the index: the frozen month said in words (when it was frozen, by whom),
// never the snapshot's uid (that is for manifest.json); tables whose words and identifiers (NPP,
// NIK, codes, numbers, dates) are never split over two lines, however many columns share the page;
// annex names in Indonesian words, earlier names read in today's words.

const dir = tempDir('lindung-award-index-words-');
afterAll(() => dir.remove());

/** The PDF's lines as pdftotext reads them (no folding: a word cut over two lines shows as two pieces). */
const lines = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).split('\n').map((l) => l.trim());

const npps = ['12345678', '91200000000021', '91200000000022', '30019876543'];
const nik = '5101014107850003';

/** The follow-up list with an owner's NIK and a status beside it: ten columns, each narrow, the kind that split "Kepesertaan" and an NPP in two. */
function wideTable(): FrozenTable {
  const columns: FrozenTable['columns'] = [
    { key: 'name', label: 'Pemberi kerja', kind: 'text' },
    { key: 'npp', label: 'NPP', kind: 'text' },
    { key: 'nik', label: 'NIK pemilik', kind: 'text' },
    { key: 'kecamatan', label: 'Kecamatan', kind: 'text' },
    { key: 'status', label: 'Kepesertaan', kind: 'text' },
    { key: 'kind', label: 'Tindak lanjut', kind: 'text' },
    { key: 'date', label: 'Tanggal', kind: 'date' },
    { key: 'letter', label: 'Nomor surat', kind: 'text' },
    { key: 'outcome', label: 'Hasil', kind: 'text' },
    { key: 'done', label: 'Selesai', kind: 'text' },
  ];
  const rows = npps.map((npp, i) => ({
    name: ['PT Segara Kencana Abadi Perkasa', 'CV Tirta Amerta', 'UD Sari Merta Jembrana', 'Koperasi Nelayan Pengambengan'][i]!,
    npp,
    nik,
    kecamatan: ['Pekutatan', 'Mendoyo', 'Melaya', 'Jembrana'][i]!,
    status: 'Kepesertaan sebagian',
    kind: 'Teguran tertulis pertama',
    date: '2025-03-1' + i,
    letter: `560/${1234 + i}/Disnakerperin/2025`,
    outcome: 'Pekerja didaftarkan bertahap sampai Juni 2025.',
    done: i % 2 ? 'Ya' : 'Tidak',
  }));
  return { title: 'Pemberi kerja yang ditindaklanjuti', notes: [], columns, rows };
}

describe('the index PDF', () => {
  it('says when the month was frozen and by whom, without the snapshot uid', async () => {
    const source = await makeSource(dir.path, { documents: 0 });
    const uid = '3f2b8c1e-9d4a-4e7b-a1c2-5d6e7f8a9b0c';
    source.approval = { ...source.approval, snapshotUid: uid, snapshotFrozenAt: '2025-09-03T02:15:00.000Z', snapshotFrozenBy: 'Ni Kadek Ayu Lestari' };
    const file = join(dir.path, 'frozen-words.pdf');
    writeFileSync(file, await writeIndexPdf(source, planPackage(source)));
    const text = lines(file).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Bulan Agustus 2025 (dihitung per 31 Agustus 2025), dibekukan 3 September 2025 pukul 10.15 WITA oleh Ni Kadek Ayu Lestari');
    expect(text).not.toContain(uid);
    expect(text).not.toContain(uid.slice(0, 8));
    expect(text).not.toMatch(/snapshot/i);
  }, 120_000);

  it('keeps every word, NPP, NIK, number and date of a wide table whole on its line', async () => {
    const source = await makeSource(dir.path, { documents: 0 });
    source.aspects[0]!.indicators[0]!.items[0]!.table = wideTable();
    const file = join(dir.path, 'wide-table.pdf');
    writeFileSync(file, await writeIndexPdf(source, planPackage(source)));
    const read = lines(file);
    const whole = (word: string) => read.some((l) => l.split(/\s+/).includes(word));
    for (const npp of npps) expect(whole(npp), npp).toBe(true);
    expect(read.filter((l) => l.split(/\s+/).includes(nik))).toHaveLength(npps.length);
    for (const word of ['Kepesertaan', '560/1234/Disnakerperin/2025', 'Pengambengan', 'didaftarkan', 'Selesai']) expect(whole(word), word).toBe(true);
    // A date is one value: never over two lines.
    expect(read.some((l) => l.includes('10 Maret 2025'))).toBe(true);
    // No piece of a split word: no line holds a fragment of an NPP or "Kepesertaan" alone.
    for (const npp of npps) for (let cut = 5; cut < npp.length - 2; cut++) expect(read).not.toContain(npp.slice(0, cut));
    expect(read.some((l) => /^Kepeserta-?$/.test(l) || l === 'an')).toBe(false);
  }, 120_000);
});

describe('annex names and titles', () => {
  it('reads names and titles frozen by an earlier version in Indonesian words', () => {
    expect(readableAnnexName('cakupan-segment-2025-12.xlsx')).toBe('cakupan-per-segmen-desember-2025.xlsx');
    expect(readableAnnexName('cakupan-total-2025-12.xlsx')).toBe('cakupan-seluruh-wilayah-desember-2025.xlsx');
    expect(readableAnnexName('cakupan-category-2025-12.xlsx')).toBe('cakupan-per-kategori-rentan-desember-2025.xlsx');
    expect(readableAnnexName('cakupan-kecamatan-2025-12.xlsx')).toBe('cakupan-per-kecamatan-desember-2025.xlsx');
    expect(readableAnnexName('program-pekerja-rentan-2025-2025.xlsx')).toBe('program-pekerja-rentan-2025.xlsx');
    expect(readableAnnexName('kepatuhan-pemberi-kerja-2025-12-31.xlsx')).toBe('kepatuhan-pemberi-kerja-per-31-desember-2025.xlsx');
    expect(readableAnnexName('Cakupan per desa')).toBe('Cakupan per desa');
    expect(readableTableTitle('Cakupan kepesertaan per Total, Kabupaten Jembrana, Desember 2025')).toBe('Cakupan kepesertaan seluruh wilayah, Kabupaten Jembrana, Desember 2025');
    expect(readableTableTitle('Cakupan per Kategori pekerja rentan, Desember 2025')).toBe('Cakupan per kategori pekerja rentan, Desember 2025');
    expect(readableTableTitle('Data regulasi')).toBe('Data regulasi');
  });
});
