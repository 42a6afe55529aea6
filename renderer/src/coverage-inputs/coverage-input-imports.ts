import { registerMessages } from '../i18n/index.ts';
import type { ImportScreenConfig } from '../pages/imports/import-screen-config.ts';
import { coverageInputPaths } from './paths.ts';
import { coverageInputKeys } from './queries.ts';

// The import screens of denominators (BPS tables, Dukcapil extracts) and aggregate inputs (BPJS
// branch totals, a programme's list by category): the shared screens with their words.

registerMessages('coverageImport', {
  id: {
    denominatorTitle: 'Impor penyebut cakupan',
    denominatorIntro: 'Masukkan angka penyebut dari tabel BPS (Sakernas), Dukcapil atau keputusan daerah dalam berkas Excel, LibreOffice atau CSV: satu baris satu angka, dengan wilayah (kode atau nama), yang dihitung, sumber dan tanggal. Tidak ada yang disimpan sebelum Anda memeriksa hasil uji coba.',
    aggregateTitle: 'Impor data agregat cakupan',
    aggregateIntro: 'Masukkan jumlah peserta aktif dari laporan BPJS Ketenagakerjaan cabang atau daftar program: satu baris satu jumlah, dengan wilayah (kode atau nama), segmen atau kategori bila ada, tanggal dan sumber. Tidak ada yang disimpan sebelum Anda memeriksa hasil uji coba.',
    openDenominators: 'Buka daftar penyebut',
    openAggregates: 'Buka data agregat',
    undoBody: 'Impor "{{file}}" tanggal {{when}} akan dibatalkan: {{inserted}} baris yang ditambahkan akan dihapus, {{updated}} baris yang diperbarui akan dikembalikan ke angka sebelumnya.',
    heldNote: 'Penyebut yang sudah dipakai target selalu dibiarkan, apa pun pilihan Anda.',
    heldReason: 'Dipakai target',
  },
  en: {
    denominatorTitle: 'Import coverage denominators',
    denominatorIntro: 'Bring in denominators from BPS (Sakernas) tables, civil-registry extracts or local decrees in Excel, LibreOffice or CSV files: one row one number, with the area (code or name), what it counts, source and date. Nothing is saved before you have checked the trial run.',
    aggregateTitle: 'Import coverage aggregate inputs',
    aggregateIntro: 'Bring in active participant totals from the BPJS branch\'s reports or a programme\'s list: one row one total, with the area (code or name), segment or category where given, date and source. Nothing is saved before you have checked the trial run.',
    openDenominators: 'Open the denominators',
    openAggregates: 'Open the aggregate inputs',
    undoBody: 'The import of "{{file}}" on {{when}} will be undone: the {{inserted}} rows it added will be removed, the {{updated}} it updated will get their earlier numbers back.',
    heldNote: 'Denominators a target uses are always kept, whatever you choose.',
    heldReason: 'Used by a target',
  },
});

const shared = { undoBody: 'coverageImport.undoBody', heldNote: 'coverageImport.heldNote', heldReason: 'coverageImport.heldReason' };

export const denominatorImport: ImportScreenConfig = {
  register: 'coverage_denominator',
  path: coverageInputPaths.denominatorImport.slice(1),
  registerPath: coverageInputPaths.denominators,
  navOrder: 11,
  labels: { title: 'coverageImport.denominatorTitle', intro: 'coverageImport.denominatorIntro', openRegister: 'coverageImport.openDenominators', ...shared },
  refreshKeys: [coverageInputKeys.all],
};

export const aggregateImport: ImportScreenConfig = {
  register: 'coverage_aggregate',
  path: coverageInputPaths.aggregateImport.slice(1),
  registerPath: coverageInputPaths.aggregates,
  navOrder: 21,
  labels: { title: 'coverageImport.aggregateTitle', intro: 'coverageImport.aggregateIntro', openRegister: 'coverageImport.openAggregates', ...shared },
  refreshKeys: [coverageInputKeys.all],
};
