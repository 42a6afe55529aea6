import type { Message } from '../../api/messages/message.ts';
import { AppError } from '../../app-error.ts';
import { msg } from '../../messages.ts';

// The JDIHN integration JSON that regional JDIH sites publish, read into rows under the
// register's import fields. Sites differ in casing (idData, id_data, tahun_pengundangan,
// tahunPengundangan, noPeraturan, no_peraturan ...): a key is compared without case,
// underscores or dashes. A file that is not JSON, not a list of records, or too big is refused
// whole with a message; a record of the wrong shape names its index (1-based) and field.

export const jdihnLimits = { bytes: 20 * 1024 * 1024, records: 20_000 };

/** A JDIHN key (folded) -> the import field it fills. Earlier keys win when a record has several. */
const keyToField: [string, string][] = [
  ['iddata', 'jdihnId'], ['id', 'jdihnId'],
  ['jenis', 'jenis'], ['jenisperaturan', 'jenis'], ['singkatanjenis', 'singkatanJenis'],
  ['noperaturan', 'nomor'], ['nomor', 'nomor'], ['nomorperaturan', 'nomor'],
  ['tahun', 'tahun'], ['tahunpengundangan', 'tahun'], ['tahunterbit', 'tahun'],
  ['judul', 'judul'], ['teubadan', 'teuBadan'], ['teu', 'teuBadan'],
  ['tempatterbit', 'tempatPenetapan'], ['tempatpenetapan', 'tempatPenetapan'],
  ['tanggalpenetapan', 'tanggalPenetapan'], ['tglpenetapan', 'tanggalPenetapan'],
  ['tanggalpengundangan', 'tanggalPengundangan'], ['tglpengundangan', 'tanggalPengundangan'],
  ['sumber', 'sumber'], ['subjek', 'subjek'], ['bidanghukum', 'bidangHukum'], ['bahasa', 'bahasa'], ['lokasi', 'lokasi'], ['abstrak', 'abstrak'],
  ['penandatangan', 'penandatangan'], ['pemrakarsa', 'pemrakarsa'], ['mulaiberlaku', 'effectiveDate'], ['tanggalberlaku', 'effectiveDate'],
  ['urldownload', 'urlDownload'], ['filedownload', 'urlDownload'],
];
const fieldOfKey = new Map<string, string>();
for (const [key, field] of keyToField) if (!fieldOfKey.has(key)) fieldOfKey.set(key, field);
const rank = new Map(keyToField.map(([key], i) => [key, i]));
const fold = (key: string) => key.toLowerCase().replace(/[_\-\s]/g, '');

export interface JdihnNote {
  record: number;
  field: string;
  message: Message;
}

export interface JdihnRead {
  /** One object per record: import field -> text. */
  rows: Record<string, string>[];
  /** Problems the reader saw, each naming a record: a wrong type is an error, the rest are notes. */
  errors: JdihnNote[];
  notes: JdihnNote[];
}

/** The list of records in a parsed file: an array, or the array under "data" (some sites wrap it). */
function recordsOf(parsed: unknown): unknown[] | null {
  if (Array.isArray(parsed)) return parsed;
  if (parsed && typeof parsed === 'object') {
    const data = (parsed as Record<string, unknown>).data ?? (parsed as Record<string, unknown>).Data;
    if (Array.isArray(data)) return data;
  }
  return null;
}

export function readJdihn(bytes: Buffer, fileName: string): JdihnRead {
  if (bytes.length > jdihnLimits.bytes) {
    throw new AppError('INPUT_TOO_LARGE', msg('regulations.jdihn.tooBig', { file: fileName, size: `${Math.ceil(bytes.length / 1e6)} MB`, limit: `${jdihnLimits.bytes / 1024 / 1024} MB` }));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('INVALID_INPUT', msg('regulations.jdihn.notJson', { file: fileName, detail: String((error as Error).message).slice(0, 120) }));
  }
  const records = recordsOf(parsed);
  if (!records) throw new AppError('INVALID_INPUT', msg('regulations.jdihn.wrongShape', { file: fileName }));
  if (records.length === 0) throw new AppError('INVALID_INPUT', msg('regulations.jdihn.empty', { file: fileName }));
  if (records.length > jdihnLimits.records) throw new AppError('INPUT_TOO_LARGE', msg('regulations.jdihn.tooMany', { file: fileName, n: records.length, limit: jdihnLimits.records }));
  const errors: JdihnNote[] = [];
  const notes: JdihnNote[] = [];
  const rows = records.map((record, i) => {
    const index = i + 1;
    const row: Record<string, string> = {};
    if (!record || typeof record !== 'object' || Array.isArray(record)) {
      errors.push({ record: index, field: '', message: msg('regulations.jdihn.notObject', { record: index }) });
      return row;
    }
    const ranked = new Map<string, number>();
    for (const [key, value] of Object.entries(record as Record<string, unknown>)) {
      const folded = fold(key);
      if (folded === 'status' && typeof value === 'string' && value.trim()) {
        notes.push({ record: index, field: key, message: msg('regulations.jdihn.status', { record: index, value: value.trim().slice(0, 60) }) });
        continue;
      }
      const field = fieldOfKey.get(folded);
      if (!field || value === null || value === undefined || value === '') continue;
      if (typeof value !== 'string' && typeof value !== 'number') {
        errors.push({ record: index, field: key, message: msg('regulations.jdihn.wrongType', { record: index, field: key }) });
        continue;
      }
      const r = rank.get(folded)!;
      if ((ranked.get(field) ?? Infinity) < r) continue; // an earlier key of the same field was there
      ranked.set(field, r);
      row[field] = String(value).trim();
    }
    return row;
  });
  return { rows, errors, notes };
}
