import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The published Bali figures as the spreadsheets an office receives them in: the BPS Sakernas
// table (by area name, as BPS writes it) and the BPJS branch totals with Denpasar's APBD list by
// category, plus rows a clerk gets wrong. Written as CSV, then saved as XLSX by LibreOffice.
// No test runner's imports here: the e2e spec reads the same rows.

export const sakernasRows = [
  ['Uraian', 'Jumlah', 'Wilayah', 'Yang dihitung', 'Jenis sumber', 'Sumber', 'Tanggal data'],
  ['Penduduk bekerja Bali, Sakernas Agustus 2022', '2607070', 'Bali', 'Penduduk bekerja', 'BPS', 'BPS Provinsi Bali, Sakernas Agustus 2022', '31/08/2022'],
  ['Penduduk bekerja formal Bali, Sakernas Agustus 2022', '1214028', 'Provinsi Bali', 'formal', 'Sakernas', 'BPS Provinsi Bali, Sakernas Agustus 2022', '31/08/2022'],
  ['Penduduk bekerja informal Bali, Sakernas Agustus 2022', '1393042', '51', 'informal', 'BPS (Sakernas)', 'BPS Provinsi Bali, Sakernas Agustus 2022', '31/08/2022'],
];

const apbd: [string, number][] = [
  ['Sulinggih', 233], ['Pemangku', 156], ['Pecalang', 33], ['Kelian adat', 342], ['Petengen', 274], ['Penyarikan', 274],
  ['Jumantik', 413], ['Nelayan', 349], ['Petani', 1462], ['Penerima PKH', 1579], ['Linmas', 300], ['Pegawai non-ASN', 5302],
];

export const aggregateHeader = ['Kode wilayah', 'Segmen', 'Kategori', 'Sumber dana', 'Jumlah peserta aktif', 'Per tanggal', 'Jenis sumber', 'Sumber'];
const bpjs = 'BPJS Ketenagakerjaan Kanwil Bali Nusra, peserta aktif per 30 November 2023';
const list = 'Daftar peserta BPJS Ketenagakerjaan dibiayai APBD Kota Denpasar 2025';
export const aggregateGoodRows = [
  ['51', 'PU', '', '', '538504', '30/11/2023', 'BPJS Ketenagakerjaan', bpjs],
  ['51', 'BPU', '', '', '298595', '30/11/2023', 'BPJS', bpjs],
  ['51.04', '', '', '', '130300', '30/09/2025', 'BPJS', 'BPJS Ketenagakerjaan, peserta aktif Kabupaten Gianyar per 30 September 2025'],
  ...apbd.map(([category, count]) => ['Kota Denpasar', 'BPU', category, 'APBD kabupaten/kota', String(count), '31/01/2025', 'Data dinas', list]),
];
/** Rows 17 to 20 of the file: a negative count, an unknown area, an impossible date, no source. */
export const aggregateBadRows = [
  ['51.03', 'PU', '', '', '-5', '30/11/2023', 'BPJS', bpjs],
  ['99.99', 'PU', '', '', '100', '30/11/2023', 'BPJS', bpjs],
  ['51.03', 'BPU', '', '', '100', '31/02/2023', 'BPJS', bpjs],
  ['51.03', 'JAKON', '', '', '100', '30/11/2023', 'BPJS', ''],
];

const csvCell = (v: string) => (/[;"\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** Writes the rows as a semicolon CSV and has LibreOffice save it as XLSX; the XLSX's path. */
export function libreOfficeXlsx(dir: string, name: string, rows: string[][]): string {
  const csv = join(dir, `${name}.csv`);
  writeFileSync(csv, rows.map((r) => r.map(csvCell).join(';')).join('\n'));
  // Its own profile folder: another soffice (another test) may be running.
  const profile = mkdtempSync(join(tmpdir(), 'lindung-soffice-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--infilter=CSV:59,34,76,1', '--convert-to', 'xlsx', '--outdir', dir, csv], { stdio: 'ignore', timeout: 300_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(dir, `${name}.xlsx`);
}
