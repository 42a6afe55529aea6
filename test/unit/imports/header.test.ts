import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerFields } from '../../../core/imports/employers/employer-fields.ts';
import { findHeaderRow, normalizeHeader } from '../../../core/imports/read/header.ts';
import { readRows } from '../../../core/imports/read/reader.ts';
import type { RawRow } from '../../../core/imports/read/types.ts';
import { prototypeIsClean, tempDir, writeAgencyXlsx } from './fixtures.ts';

const EMPLOYER_SYNONYMS = {
  name: ['Nama Perusahaan', 'Nama Pemberi Kerja', 'Perusahaan'],
  ownerNik: ['NIK Pemilik', 'NIK'],
  founded: ['Tanggal Berdiri', 'Tgl Berdiri'],
};

const row = (rowNumber: number, cells: RawRow['cells']): RawRow => ({ sheet: 'S', rowNumber, cells });

const tmp = tempDir();
const agencyRows: RawRow[] = [];
beforeAll(async () => {
  await writeAgencyXlsx(tmp.path('agency.xlsx'));
  for await (const r of readRows(tmp.path('agency.xlsx'))) agencyRows.push(r);
});
afterAll(() => tmp.remove());

describe('findHeaderRow', () => {
  it('finds the header below a title row and an empty row in a real workbook', () => {
    const h = findHeaderRow(agencyRows, { synonyms: EMPLOYER_SYNONYMS })!;
    expect(h.rowNumber).toBe(3);
    expect(h.overridden).toBe(false);
    expect(h.names).toEqual(['No', 'Nama Perusahaan', 'NIK Pemilik', 'NIK Teks', 'Tanggal Berdiri', 'Jumlah', 'Dicatat']);
    expect(Object.fromEntries(h.fields)).toEqual({ name: 1, ownerNik: 2, founded: 4 });
    expect(h.candidates[0]!.rowNumber).toBe(3);
  });

  it('finds it without synonyms too (most text cells, data rows with numbers lose)', () => {
    expect(findHeaderRow(agencyRows)!.rowNumber).toBe(3);
  });

  it('matches synonyms ignoring case, accents, punctuation and extra words', () => {
    const rows = [
      row(1, ['Laporan']),
      row(4, ['NO.', 'nama  PERUSAHAAN', 'No. NIK', 'Tgl. Berdiri (dd/mm/yyyy)']),
      row(5, [1, 'PT A', '5103120101900001', { date: '2001-01-01' }]),
    ];
    const h = findHeaderRow(rows, { synonyms: EMPLOYER_SYNONYMS })!;
    expect(h.rowNumber).toBe(4);
    expect(h.columns.map((c) => c.field)).toEqual([null, 'name', 'ownerNik', 'founded']);
    expect(normalizeHeader('  Tgl. Bérdiri ')).toBe('tgl berdiri');
  });

  it('prefers the row naming known fields over a row with more text', () => {
    const rows = [
      row(1, ['Dinas', 'Tenaga', 'Kerja', 'Kabupaten', 'Badung', 'Tahun', '2025']),
      row(2, ['Nama Perusahaan', 'NIK Pemilik']),
      row(3, ['PT A', '5103120101900001']),
    ];
    expect(findHeaderRow(rows, { synonyms: EMPLOYER_SYNONYMS })!.rowNumber).toBe(2);
  });

  it('respects the caller override', () => {
    const h = findHeaderRow(agencyRows, { synonyms: EMPLOYER_SYNONYMS, rowNumber: 1 })!;
    expect(h.overridden).toBe(true);
    expect(h.rowNumber).toBe(1);
    expect(h.names).toEqual(['DATA PERUSAHAAN KAB. BADUNG 2025']);
    expect(findHeaderRow(agencyRows, { rowNumber: 2 })).toBeNull(); // row 2 is empty
  });

  it('only looks at the first maxScanRows rows', () => {
    const rows = [row(1, [1, 2, 3]), ...Array.from({ length: 30 }, (_, i) => row(i + 2, [i, i * 2])), row(40, ['Nama Perusahaan', 'NIK'])];
    expect(findHeaderRow(rows, { synonyms: EMPLOYER_SYNONYMS, maxScanRows: 20 })).toBeNull();
    expect(findHeaderRow(rows, { synonyms: EMPLOYER_SYNONYMS, maxScanRows: 50 })!.rowNumber).toBe(40);
  });

  it('headers and synonyms named __proto__ or constructor pollute nothing', () => {
    const rows = [row(1, ['__proto__', 'constructor', 'polluted']), row(2, ['a', 'b', 'c'])];
    const h = findHeaderRow(rows, { synonyms: JSON.parse('{"__proto__":["__proto__"],"constructor":["constructor"]}') as Record<string, string[]> })!;
    expect(h.rowNumber).toBe(1);
    expect(h.fields.get('__proto__')).toBe(0);
    expect(h.fields.get('constructor')).toBe(1);
    expect(prototypeIsClean()).toBe(true);
  });
});

describe('header names inside longer texts', () => {
  // The rule, written the slow way: the longest synonym found as whole words, the earliest
  // listed on a tie.
  function slowField(text: string, synonyms: Record<string, readonly string[]>): string | null {
    const padded = ` ${normalizeHeader(text)} `;
    let best: string | null = null;
    let bestLen = 0;
    for (const [field, list] of Object.entries(synonyms)) {
      for (const syn of [field, ...list].map(normalizeHeader)) {
        if (syn && syn.length > bestLen && padded.includes(` ${syn} `)) {
          best = field;
          bestLen = syn.length;
        }
      }
    }
    return best;
  }

  it('finds the same field as searching for every synonym (generated headers)', () => {
    const synonyms = Object.fromEntries(employerFields.map((f) => [f.key, f.synonyms]));
    const pieces = [...new Set(employerFields.flatMap((f) => f.synonyms))];
    const noise = ['No.', '(wajib)', 'sesuai akta', 'Kode', '2024', 'Data', 'TK', '/', 'Jumlah', 'laki-laki'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...noise), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join(' ');
        if (!normalizeHeader(text)) return;
        const found = findHeaderRow([row(1, [text, 'x'])], { synonyms, rowNumber: 1 })!.columns[0]!.field;
        expect(found).toBe(slowField(text, synonyms));
      }),
      { numRuns: 3000 },
    );
  });
});
