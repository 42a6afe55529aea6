import { coverageSourceKinds, denominatorUniverses } from '../../api/coverage-input-kinds.ts';
import type { Message } from '../../api/messages/message.ts';
import type { ImportField } from '../fields/import-field.ts';

// The denominator import's columns, with the header texts of BPS tables and offices' own lists.

export const coverageWord = (key: string): Message => ({ key: `coverageInputs.fields.${key}` });
const field = (key: string, example: string, synonyms: string[], extra: Partial<ImportField> = {}): ImportField => ({ key, label: coverageWord(key), example, synonyms, ...extra });

export const sourceKindField = field('sourceKind', 'BPS (Sakernas)', ['jenis sumber', 'sumber data', 'asal data'], { required: true, choices: coverageSourceKinds.map((value) => ({ value, label: { key: `coverageInputs.sourceKind.${value}` } })) });
export const sourceField = field('source', 'BPS Provinsi Bali, Sakernas Agustus 2022', ['sumber', 'keterangan sumber', 'referensi'], { required: true, wholeHeaders: ['source'] });
export const asOfField = (example: string) => field('asOfDate', example, ['tanggal data', 'per tanggal', 'posisi', 'keadaan', 'tanggal'], { required: true, wholeHeaders: ['date', 'as of'] });
export const areaField = (example: string) => field('areaCode', example, ['kode wilayah', 'wilayah', 'kabupaten kota', 'kab kota', 'kecamatan', 'provinsi', 'daerah'], { required: true, wholeHeaders: ['area', 'region'] });
export const notesField = field('notes', '', ['catatan', 'keterangan'], { wholeHeaders: ['notes'] });
export const categoryField = field('category', '', ['kategori', 'kategori rentan', 'kelompok', 'jenis pekerja rentan'], { wholeHeaders: ['category'] });

export const denominatorFields: ImportField[] = [
  field('name', 'Penduduk bekerja formal Bali, Sakernas Agustus 2022', ['nama penyebut', 'nama', 'uraian', 'indikator'], { required: true, wholeHeaders: ['name'] }),
  field('value', '1214028', ['jumlah orang', 'jumlah', 'nilai', 'angka', 'penyebut'], { required: true, wholeHeaders: ['value', 'total'] }),
  areaField('51'),
  field('universe', 'Penduduk bekerja formal', ['yang dihitung', 'cakupan penduduk', 'jenis penyebut', 'kelompok penduduk'], { required: true, choices: denominatorUniverses.map((value) => ({ value, label: { key: `coverageInputs.universe.${value}` } })) }),
  categoryField,
  sourceKindField,
  sourceField,
  asOfField('31/08/2022'),
  notesField,
];
