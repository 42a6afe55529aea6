import { regulationInputSchema, type RegulationJenis, type RegulationValues } from '../../api/regulations.ts';
import type { Message } from '../../api/messages/message.ts';
import { msg } from '../../messages.ts';
import * as cells from '../fields/cell-values.ts';
import type { RowIssue } from '../fields/import-field.ts';
import type { CellValue } from '../read/types.ts';

// One row (mapped: field key -> cell) into regulation values, or what is wrong, cell by cell.
// JDIH sites write the jenis in words ("Peraturan Bupati"), in short ("PERBUP") or with the
// issuing body ("Peraturan Bupati Jembrana"): all are read.

const jenisWords: Record<string, RegulationJenis> = {
  perda: 'perda', 'peraturan daerah': 'perda', 'peraturan daerah provinsi': 'perda', 'peraturan daerah kabupaten': 'perda', 'peraturan daerah kota': 'perda',
  pergub: 'pergub', 'peraturan gubernur': 'pergub', perbup: 'perbup', 'peraturan bupati': 'perbup', perwali: 'perwali', perwal: 'perwali', 'peraturan walikota': 'perwali', 'peraturan wali kota': 'perwali',
  kepgub: 'kepgub', 'keputusan gubernur': 'kepgub', kepbup: 'kepbup', 'keputusan bupati': 'kepbup', kepwali: 'kepwali', kepwal: 'kepwali', 'keputusan walikota': 'kepwali', 'keputusan wali kota': 'kepwali',
  se: 'se', 'surat edaran': 'se', 'surat edaran gubernur': 'se', 'surat edaran bupati': 'se', 'surat edaran walikota': 'se', 'surat edaran wali kota': 'se',
  instruksi: 'instruksi', 'instruksi gubernur': 'instruksi', 'instruksi bupati': 'instruksi', 'instruksi walikota': 'instruksi', 'instruksi wali kota': 'instruksi',
  pks: 'pks', mou: 'pks', 'perjanjian kerja sama': 'pks', 'perjanjian kerjasama': 'pks', 'nota kesepahaman': 'pks',
  uu: 'uu', 'undang undang': 'uu', pp: 'pp', 'peraturan pemerintah': 'pp', perpres: 'perpres', 'peraturan presiden': 'perpres', inpres: 'inpres', 'instruksi presiden': 'inpres',
  permen: 'permen', 'peraturan menteri': 'permen', permendagri: 'permen', permenaker: 'permen', 'se menteri': 'se_menteri', 'surat edaran menteri': 'se_menteri', 'se mendagri': 'se_menteri', 'se menaker': 'se_menteri',
  lainnya: 'lainnya', 'lain lain': 'lainnya',
  ...Object.fromEntries(['perda', 'pergub', 'perbup', 'perwali', 'kepgub', 'kepbup', 'kepwali', 'se', 'instruksi', 'pks', 'uu', 'pp', 'perpres', 'inpres', 'permen', 'se_menteri', 'lainnya'].map((j) => [j.replace('_', ' '), j])),
} as Record<string, RegulationJenis>;

/** A jenis from its words; a longer name that starts with known words ("Peraturan Bupati Jembrana") by its longest known start. */
export function readJenis(text: string): RegulationJenis | null {
  const key = cells.choiceKey(text);
  if (jenisWords[key]) return jenisWords[key];
  const words = key.split(' ');
  for (let n = words.length - 1; n > 0; n -= 1) {
    const found = jenisWords[words.slice(0, n).join(' ')];
    if (found) return found;
  }
  return null;
}

export interface ConvertedRegulation {
  values: RegulationValues | null;
  issues: RowIssue[];
}

export function convertRegulationRow(row: Record<string, CellValue | undefined>): ConvertedRegulation {
  const issues: RowIssue[] = [];
  const error = (field: string | null, message: Message) => issues.push({ field, message, severity: 'error' });
  const take = <T>(field: string, result: cells.CellResult<T>, fallback: T): T => {
    if (!result.ok) {
      error(field, result.message);
      return fallback;
    }
    if (result.note) issues.push({ field, message: result.note, severity: 'warning' });
    return result.value;
  };
  const textOf = (field: string, max: number) => take(field, cells.text(row[field], max), '');
  const dateOf = (field: string) => take(field, cells.date(row[field]), null);

  const jenisText = textOf('jenis', 200);
  const jenis = jenisText ? readJenis(jenisText) : null;
  if (jenisText && !jenis) error('jenis', msg('regulations.import.unknownJenis', { value: jenisText }));
  if (!jenisText) error('jenis', msg('regulations.import.required', { label: msg('regulations.fields.jenis') }));
  const tahunText = textOf('tahun', 10);
  const tahun = tahunText ? Number(tahunText) : null;
  if (tahunText && (!Number.isInteger(tahun) || tahun! < 1945 || tahun! > 2100)) error('tahun', msg('imports.cells.notWhole', { value: tahunText }));

  const candidate = {
    jenis: jenis ?? 'lainnya',
    singkatanJenis: textOf('singkatanJenis', 40),
    nomor: take('nomor', cells.identity(row.nomor, 'Nomor'), ''),
    tahun: tahunText && Number.isInteger(tahun) ? tahun : null,
    judul: textOf('judul', 1000),
    teuBadan: textOf('teuBadan', 200),
    tempatPenetapan: textOf('tempatPenetapan', 100),
    tanggalPenetapan: dateOf('tanggalPenetapan'),
    tanggalPengundangan: dateOf('tanggalPengundangan'),
    sumber: textOf('sumber', 300),
    subjek: textOf('subjek', 500),
    bidangHukum: textOf('bidangHukum', 200),
    bahasa: textOf('bahasa', 60),
    lokasi: textOf('lokasi', 200),
    abstrak: textOf('abstrak', 20_000),
    penandatangan: textOf('penandatangan', 200),
    pemrakarsa: textOf('pemrakarsa', 200),
    areaCode: null,
    effectiveDate: dateOf('effectiveDate'),
    jdihnId: take('jdihnId', cells.identity(row.jdihnId, 'ID JDIHN'), '') || null,
    urlDownload: textOf('urlDownload', 2000),
    notes: textOf('notes', 4000),
  };
  if (issues.some((i) => i.severity === 'error')) return { values: null, issues };
  const parsed = regulationInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const i of parsed.error.issues) error(String(i.path[0] ?? '') || null, msg(i.message === 'validation.required' ? 'regulations.import.required' : 'regulations.import.invalid', { label: { key: `regulations.fields.${String(i.path[0] ?? 'judul')}` } }));
    return { values: null, issues };
  }
  return { values: parsed.data, issues };
}
