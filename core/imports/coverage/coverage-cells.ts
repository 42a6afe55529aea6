import type { Message } from '../../api/messages/message.ts';
import { aggregateSegments, coverageSourceKinds, denominatorUniverses } from '../../api/coverage-input-kinds.ts';
import { msg } from '../../messages.ts';
import * as cells from '../fields/cell-values.ts';
import type { RowIssue } from '../fields/import-field.ts';
import type { CellValue } from '../read/types.ts';
import type { AreaLookup } from './area-words.ts';

// Reading the cells of a coverage input's row (denominators and aggregates alike): each value
// with the message of what is wrong in its cell. Choice columns read the code, the Indonesian
// and English words, and the usual short forms ("Sakernas", "BPJS TK", "formal").

const words = <T extends string>(values: readonly T[], extra: Record<string, T>): Record<string, T> => ({
  ...Object.fromEntries(values.map((v) => [cells.choiceKey(v), v])),
  ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [cells.choiceKey(k), v])),
});

export const universeWords = words(denominatorUniverses, {
  'penduduk bekerja': 'bekerja', 'bekerja formal': 'bekerja_formal', 'penduduk bekerja formal': 'bekerja_formal', formal: 'bekerja_formal', 'pekerja formal': 'bekerja_formal',
  'bekerja informal': 'bekerja_informal', 'penduduk bekerja informal': 'bekerja_informal', informal: 'bekerja_informal', 'pekerja informal': 'bekerja_informal',
  'usia kerja': 'penduduk_usia_kerja', 'penduduk usia kerja': 'penduduk_usia_kerja', sasaran: 'target_program', 'sasaran program': 'target_program', 'target program': 'target_program',
  'working population': 'bekerja', 'formal workers': 'bekerja_formal', 'informal workers': 'bekerja_informal', other: 'lainnya', 'lain lain': 'lainnya',
});
export const sourceKindWords = words(coverageSourceKinds, {
  bps: 'bps_sakernas', sakernas: 'bps_sakernas', 'bps sakernas': 'bps_sakernas', 'bps (sakernas)': 'bps_sakernas', 'bpjs ketenagakerjaan': 'bpjs', 'bpjs tk': 'bpjs', 'bpjamsostek': 'bpjs',
  capil: 'dukcapil', 'disdukcapil': 'dukcapil', keputusan: 'keputusan', sk: 'keputusan', perbup: 'keputusan', perwali: 'keputusan', kepbup: 'keputusan', 'keputusan bupati': 'keputusan', dinas: 'dinas', disnaker: 'dinas', 'data dinas': 'dinas', other: 'lainnya', 'lain lain': 'lainnya',
});
export const segmentWords = words(aggregateSegments, {
  'penerima upah': 'PU', ppu: 'PU', 'bukan penerima upah': 'BPU', pbpu: 'BPU', 'jasa konstruksi': 'JAKON', jakon: 'JAKON', 'pekerja migran': 'PMI', 'pekerja migran indonesia': 'PMI',
});

/** A row reader: its issues, and a reader per kind of cell that adds to them. */
export function rowReader(row: Record<string, CellValue | undefined>, area: AreaLookup, label: (field: string) => Message) {
  const issues: RowIssue[] = [];
  const error = (field: string, message: Message) => issues.push({ field, message, severity: 'error' });
  const take = <T>(field: string, result: cells.CellResult<T>, fallback: T): T => {
    if (!result.ok) {
      error(field, result.message);
      return fallback;
    }
    if (result.note) issues.push({ field, message: result.note, severity: 'warning' });
    return result.value;
  };
  const required = (field: string, present: boolean) => {
    if (!present) error(field, msg('coverageInputs.importRow.required', { label: label(field) }));
  };
  const text = (field: string, max: number, must = false) => {
    const value = take(field, cells.text(row[field], max), '');
    if (must) required(field, value !== '');
    return value;
  };
  const choice = <T extends string>(field: string, synonyms: Record<string, T>, must: boolean): T | null => {
    const raw = text(field, 200);
    if (!raw) {
      if (must) required(field, false);
      return null;
    }
    const found = synonyms[cells.choiceKey(raw)] ?? null;
    if (!found) error(field, msg('coverageInputs.importRow.unknownChoice', { value: raw, label: label(field), allowed: [...new Set(Object.values(synonyms))].join(', ') }));
    return found;
  };
  return {
    issues,
    error,
    text,
    choice,
    /** A whole number of people; `positive`: more than 0 (a denominator). */
    number(field: string, positive: boolean): number | null {
      if (cells.isBlank(row[field])) {
        required(field, false);
        return null;
      }
      const before = issues.length;
      const n = take(field, cells.count(row[field], 1_000_000_000), 0);
      if (issues.length > before) return null;
      if (positive && n <= 0) error(field, msg('coverageInputs.importRow.notPositive'));
      return n;
    },
    date(field: string): string | null {
      const value = take(field, cells.date(row[field]), null);
      if (value === null && cells.isBlank(row[field])) required(field, false);
      return value;
    },
    area(field: string): string | null {
      const raw = text(field, 200, true);
      if (!raw) return null;
      const code = area(raw);
      if (!code) error(field, msg('coverageInputs.check.unknownArea', { code: raw }));
      return code;
    },
  };
}
