import { regulationJenis } from '../../api/regulation-kinds.ts';
import type { Message } from '../../api/messages/message.ts';
import type { ImportField } from '../fields/import-field.ts';

// The regulation register's importable columns, with the header texts JDIH sites' spreadsheet
// exports and offices' own lists use. The JDIHN JSON reader writes its records under these
// fields' labels, so both files go through the one pipeline.

const word = (key: string): Message => ({ key: `regulations.fields.${key}` });
const field = (key: string, example: string, synonyms: string[], extra: Partial<ImportField> = {}): ImportField => ({ key, label: word(key), example, synonyms, ...extra });

export const regulationFields: ImportField[] = [
  field('jenis', 'Perbup', ['jenis', 'jenis peraturan', 'jenis dokumen', 'bentuk peraturan'], { required: true, choices: regulationJenis.map((value) => ({ value, label: { key: `regulations.jenis.${value}` } })) }),
  field('singkatanJenis', 'Perbup', ['singkatan jenis', 'singkatan'], { wholeHeaders: ['singkatanjenis', 'singkatan_jenis'] }),
  field('nomor', '48', ['nomor', 'no peraturan', 'nomor peraturan', 'no'], { identity: true, wholeHeaders: ['nomor', 'nopperaturan', 'no_peraturan', 'number'] }),
  field('tahun', '2023', ['tahun', 'tahun terbit', 'tahun peraturan'], { wholeHeaders: ['year'] }),
  field('judul', 'Peraturan Bupati tentang Perlindungan Jaminan Sosial Ketenagakerjaan bagi Pekerja Rentan', ['judul', 'judul peraturan', 'tentang'], { required: true, wholeHeaders: ['title'] }),
  field('teuBadan', 'Jembrana (Kabupaten)', ['teu badan', 't e u badan', 'teu', 'pengarang'], { wholeHeaders: ['teubadan', 'teu_badan'] }),
  field('tempatPenetapan', 'Negara', ['tempat penetapan', 'tempat terbit', 'tempat ditetapkan'], { wholeHeaders: ['tempatterbit', 'tempat_terbit'] }),
  field('tanggalPenetapan', '', ['tanggal penetapan', 'tgl penetapan', 'tanggal ditetapkan', 'ditetapkan tanggal']),
  field('tanggalPengundangan', '', ['tanggal pengundangan', 'tgl pengundangan', 'tanggal diundangkan', 'diundangkan tanggal']),
  field('sumber', 'BD Kab. Jembrana 2023 No. 48', ['sumber', 'lembaran daerah', 'berita daerah']),
  field('subjek', 'Ketenagakerjaan', ['subjek', 'subyek', 'kata kunci']),
  field('bidangHukum', 'Hukum Administrasi Negara', ['bidang hukum'], { wholeHeaders: ['bidanghukum', 'bidang_hukum'] }),
  field('bahasa', 'Indonesia', ['bahasa'], { wholeHeaders: ['language'] }),
  field('lokasi', 'Bagian Hukum', ['lokasi', 'lokasi dokumen']),
  field('abstrak', '', ['abstrak', 'ringkasan', 'abstraksi'], { wholeHeaders: ['abstract'] }),
  field('penandatangan', '', ['penandatangan', 'ditandatangani oleh']),
  field('pemrakarsa', '', ['pemrakarsa', 'pemrakarsa perangkat daerah', 'opd pemrakarsa']),
  field('effectiveDate', '', ['mulai berlaku', 'tanggal berlaku', 'tgl berlaku']),
  field('jdihnId', '', ['id jdihn', 'iddata', 'id data'], { identity: true, wholeHeaders: ['iddata', 'id_data'] }),
  field('urlDownload', '', ['tautan unduhan', 'url download', 'file download', 'tautan'], { wholeHeaders: ['urldownload', 'url_download'] }),
  field('notes', '', ['catatan', 'keterangan'], { wholeHeaders: ['notes', 'remarks'] }),
];
