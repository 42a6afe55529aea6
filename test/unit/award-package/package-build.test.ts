import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { strFromU8 } from 'fflate';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PackageDocumentError } from '../../../core/award/package/build-package.ts';
import { manifestSchema } from '../../../core/award/package/manifest.ts';
import type { PackageSource } from '../../../core/award/package/package-source.ts';
import { tempDir } from '../support/test-db.ts';
import { makeSource } from './fixture.ts';
import { build, entriesOf, hasSoffice, libreOfficeCsv, pdfPages, pdfText } from './helpers.ts';

// The evidence package built from a whole approved cycle (real PDFs on disk, a PNG logo, a
// narrative, frozen tables): a ZIP `unzip -t` accepts, laid out by aspect and indicator, with a
// manifest listing every other file, an index PDF whose text names every aspect, annexes
// LibreOffice opens, the same bytes twice (even in another time zone), and no file left behind
// by a cancel or a failure.

const dir = tempDir('lindung-award-package-');
let source: PackageSource;
const zip = join(dir.path, 'paket.zip');
let built: { files: number; bytes: number; sha256: string };
const progress: [number, number, string][] = [];

beforeAll(async () => {
  source = await makeSource(dir.path);
  built = await build(source, zip, (done, total, phase) => progress.push([done, total, phase]));
}, 120_000);
afterAll(() => dir.remove());

describe('buildPackage', () => {
  it('writes a ZIP that unzip -t accepts, with the index, narratives, annexes, documents and the manifest', () => {
    const test = execFileSync('unzip', ['-t', zip], { encoding: 'utf8' });
    expect(test).toContain('No errors detected');
    const names = Object.keys(entriesOf(zip));
    expect(names[0]).toBe('00-indeks.pdf');
    expect(names[names.length - 1]).toBe('manifest.json');
    expect(names).toContain('naratif/C.1 Desa Terlindungi.pdf');
    expect(names).toContain('lampiran/Cakupan per desa.xlsx');
    expect(names).toContain('dokumen/A Regulasi dan Kebijakan Daerah/1/Perda Jembrana 5-2023 Perlindungan Pekerja Rentan.pdf');
    // Three documents of one name in one folder are numbered; nothing climbs out of its folder.
    expect(names.filter((n) => n.startsWith('dokumen/C Inovasi dan Sosialisasi/1/Laporan sosialisasi'))).toHaveLength(3);
    expect(names).toContain('dokumen/C Inovasi dan Sosialisasi/1/Laporan sosialisasi (3).pdf');
    expect(names.every((n) => !n.split('/').includes('..') && !/[<>:"\\|?*]/.test(n))).toBe(true);
    expect(built.files).toBe(names.length);
    expect(built.bytes).toBe(readFileSync(zip).length);
    expect(progress.at(-1)).toEqual([built.files, built.files, 'selesai']);
  });

  it('lists every other file in manifest.json with its SHA-256, size and origin, and the snapshot it was made from', async () => {
    const entries = entriesOf(zip);
    const manifest = manifestSchema.parse(JSON.parse(strFromU8(entries['manifest.json']!)));
    expect(manifest.snapshot).toEqual({ uid: 'snap-2025-08', month: '2025-08', at: '2025-08-31' });
    expect(manifest.approval.approverNip).toBe(source.office.headNip);
    expect(manifest.files.map((f) => f.path).sort()).toEqual(Object.keys(entries).filter((n) => n !== 'manifest.json').sort());
    const { createHash } = await import('node:crypto');
    for (const file of manifest.files) {
      const bytes = entries[file.path]!;
      expect(file.size).toBe(bytes.length);
      expect(file.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    const perda = source.aspects[0]!.indicators[0]!.items[0]!.documents[0]!;
    expect(manifest.files.find((f) => f.path.endsWith('Perda Jembrana 5-2023 Perlindungan Pekerja Rentan.pdf'))).toMatchObject({ sha256: perda.sha256, size: perda.size, origin: { kind: 'document', item: 'ev-perda', sha256: perda.sha256 } });
    expect(manifest.files[0]).toMatchObject({ path: '00-indeks.pdf', origin: { kind: 'index' } });
    expect(manifest.files.find((f) => f.path === 'lampiran/Cakupan per desa.xlsx')?.origin).toEqual({ kind: 'annex' });
  });

  it('writes an index PDF whose text names every aspect, indicator, item and document path, with page x of y', () => {
    const out = join(dir.path, 'index');
    mkdirSync(out, { recursive: true });
    const index = join(out, '00-indeks.pdf');
    writeFileSync(index, entriesOf(zip)['00-indeks.pdf']!);
    const text = pdfText(index);
    const pages = pdfPages(index);
    expect(text).toContain('DAFTAR ISI');
    for (const aspect of source.aspects) expect(text).toContain(aspect.title);
    for (const item of source.aspects.flatMap((a) => a.indicators.flatMap((i) => i.items))) expect(text).toContain(item.title);
    expect(text).toContain('NIP 197203151998031007');
    expect(text).toContain('Data beku');
    expect(text).toContain('Langkah yang ditempuh'); // the narrative's heading
    expect(text).toContain(`Halaman ${pages} dari ${pages}`);
    expect(text).toContain('dokumen/A Regulasi dan Kebijakan Daerah/1/Perda Jembrana 5-2023');
  });

  it.skipIf(!hasSoffice)('writes XLSX annexes LibreOffice headless opens, with their rows and notes', () => {
    const out = join(dir.path, 'annexes');
    mkdirSync(out, { recursive: true });
    const entries = entriesOf(zip);
    const files = Object.keys(entries)
      .filter((n) => n.startsWith('lampiran/'))
      .map((n) => {
        const file = join(out, basename(n));
        writeFileSync(file, entries[n]!);
        return file;
      });
    libreOfficeCsv(out, files);
    for (const file of files) expect(existsSync(file.replace(/\.xlsx$/, '.csv'))).toBe(true);
    const desa = readFileSync(join(out, 'Cakupan per desa.csv'), 'utf8');
    expect(desa).toContain('Cakupan kepesertaan per desa, Agustus 2025');
    expect(desa).toContain('Desa Negara 001');
    expect(desa).toContain('Sakernas Agustus 2024');
    // The context lines from the catalogue, dates in words and in the office's zone.
    expect(desa).toContain('Data beku bulan Agustus 2025 (dihitung per 31 Agustus 2025); disetujui 14 Oktober 2025 oleh');
    expect(desa.split('\n').filter((l) => l.startsWith('Desa ')).length).toBe(source.annexes[0]!.table.rows.length);
    // The data date is a date LibreOffice reads as one, shown the Indonesian way.
    expect(desa).toMatch(/Desa Negara 001,.*,31\/08\/2025/);
  }, 600_000);
  if (!hasSoffice) console.log('LibreOffice check of the annexes skipped: soffice is not installed (apt-get install -y libreoffice-calc-nogui).');

  it('writes date columns of the annexes as real dates (they sort and filter as dates), numbers as numbers', () => {
    const entries = entriesOf(zip);
    const name = Object.keys(entries).find((n) => n.endsWith('Cakupan per desa.xlsx'))!;
    const sheet = XLSX.read(entries[name]!, { cellNF: true }).Sheets[XLSX.read(entries[name]!).SheetNames[0]!]!;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    const headerAt = rows.findIndex((r) => Array.isArray(r) && r.includes('Tanggal data'));
    const dateColumn = (rows[headerAt] as unknown[]).indexOf('Tanggal data');
    const cell = sheet[XLSX.utils.encode_cell({ r: headerAt + 1, c: dateColumn })]!;
    expect(cell.t).toBe('n');
    expect(cell.z).toBe('dd/mm/yyyy');
    // Excel's day count from 30 December 1899 to 31 August 2025.
    expect(cell.v).toBe((Date.UTC(2025, 7, 31) - Date.UTC(1899, 11, 30)) / 86_400_000);
    // A percent is a number shown with two decimals, as the coverage page shows it.
    const percent = sheet[XLSX.utils.encode_cell({ r: headerAt + 1, c: (rows[headerAt] as unknown[]).indexOf('Cakupan') })]!;
    expect(percent.t).toBe('n');
    expect(percent.z).toBe('0.00" %"');
  });

  it('gives the same bytes from the same source, in another time zone too', async () => {
    const again = join(dir.path, 'again.zip');
    const zoned = join(dir.path, 'zoned.zip');
    const second = await build(source, again);
    const tz = process.env.TZ;
    process.env.TZ = 'Asia/Jayapura';
    try {
      await build(source, zoned);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
    expect(second.sha256).toBe(built.sha256);
    expect(readFileSync(again).equals(readFileSync(zip))).toBe(true);
    expect(readFileSync(zoned).equals(readFileSync(zip))).toBe(true);
  }, 120_000);

  it('removes the partial file when cancelled, at the start or among the documents', async () => {
    const early = join(dir.path, 'early.zip');
    const stop = new AbortController();
    await expect(build(source, early, () => stop.abort(), stop.signal)).rejects.toThrow();
    expect(existsSync(early)).toBe(false);

    const late = join(dir.path, 'late.zip');
    const later = new AbortController();
    await expect(build(source, late, (_d, _t, phase) => phase === 'dokumen' && later.abort(), later.signal)).rejects.toThrow();
    expect(existsSync(late)).toBe(false);
  });

  it('refuses a document gone from the store or changed there, naming it, and leaves no file', async () => {
    const broken = structuredClone(source);
    broken.aspects[0]!.indicators[0]!.items[0]!.documents[0]!.path = join(dir.path, 'gone.bin');
    const out = join(dir.path, 'broken.zip');
    const missing = build(broken, out);
    await expect(missing).rejects.toBeInstanceOf(PackageDocumentError);
    await expect(missing).rejects.toThrow(/Perda Jembrana 5-2023.*tidak ditemukan/);
    expect(existsSync(out)).toBe(false);

    const changed = structuredClone(source);
    changed.aspects[0]!.indicators[0]!.items[0]!.documents[0]!.sha256 = 'f'.repeat(64);
    await expect(build(changed, out)).rejects.toThrow(/berubah di penyimpanan/);
    expect(existsSync(out)).toBe(false);
  });
});
