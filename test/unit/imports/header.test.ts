import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employerFields } from '../../../core/imports/employers/employer-fields.ts';
import { headerNamesOf } from '../../../core/imports/guessed-mapping.ts';
import { findHeaderRow, joinedHeaderNames, normalizeHeader } from '../../../core/imports/read/header.ts';
import { workerFields } from '../../../core/imports/workers/worker-fields.ts';
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

describe('which header texts name a field', () => {
  it('the field key is not a header text: "Name", "#NAME?", "Security Name" name nothing', () => {
    const h = findHeaderRow([row(1, ['Name', '#NAME?', 'Security Name', 'Nama Perusahaan'])], { synonyms: { name: ['Nama Perusahaan'] }, rowNumber: 1 })!;
    expect(h.columns.map((c) => c.field)).toEqual([null, null, null, 'name']);
    expect(Object.fromEntries(h.fields)).toEqual({ name: 3 });
  });

  it('whole-header texts match only the whole header; the register\'s own synonyms also inside', () => {
    const synonyms = { name: { synonyms: ['nama perusahaan'], wholeHeaders: ['company name', 'perusahaan'] } };
    const fieldOf = (text: string) => findHeaderRow([row(1, [text])], { synonyms, rowNumber: 1 })!.columns[0]!;
    expect(fieldOf('Company Name')).toMatchObject({ field: 'name', match: 'whole' });
    expect(fieldOf('Perusahaan')).toMatchObject({ field: 'name', match: 'whole' });
    expect(fieldOf('Nama Perusahaan (sesuai akta)')).toMatchObject({ field: 'name', match: 'words' });
    expect(fieldOf('Previous Company Name').field).toBeNull();
    expect(fieldOf('NPWP Perusahaan').field).toBeNull();
  });

  it('a column whose whole header names the field wins over an earlier one that only contains it', () => {
    const h = findHeaderRow([row(1, ['Alamat Pemilik', 'Nama', 'Alamat'])], { synonyms: { address: ['alamat'] }, rowNumber: 1 })!;
    expect(h.fields.get('address')).toBe(2);
    const only = findHeaderRow([row(1, ['Alamat Pemilik', 'Nama'])], { synonyms: { address: ['alamat'] }, rowNumber: 1 })!;
    expect(only.fields.get('address')).toBe(0);
  });

  it('counts the rows with values above the header (skipped, never imported)', () => {
    expect(findHeaderRow(agencyRows, { synonyms: EMPLOYER_SYNONYMS })!.rowsAbove).toBe(1);
    const deep = [...Array.from({ length: 17 }, (_, i) => row(i + 1, [`Catatan ${i + 1}`])), row(18, ['Nama Perusahaan', 'NIK']), row(19, ['PT A', '1'])];
    const h = findHeaderRow(deep, { synonyms: EMPLOYER_SYNONYMS })!;
    expect(h).toMatchObject({ rowNumber: 18, rowsAbove: 17 });
  });
});

describe('a header of two rows (a heading merged over sub-columns, as government tables have it)', () => {
  const employer = headerNamesOf(employerFields);
  const workers = headerNamesOf(workerFields);

  it('joins each sub-column to its heading and reads the sub-column\'s own name first (walk 36: the women and the total were dropped)', () => {
    const rows = [
      row(4, ['No', 'Nama Perusahaan', 'NIB', '', 'Alamat', 'Kecamatan', 'Jumlah Tenaga Kerja', '', '', 'Status BPJS']),
      row(5, ['', '', '', '', '', '', 'L', 'P', 'Jumlah']),
      row(6, [1, 'PT Jembrana Bahari Lestari', '9120001234601', '', 'Jl. Pelabuhan No. 1', 'Negara', 30, 10, 40, 'terdaftar']),
    ];
    const h = findHeaderRow(rows, { synonyms: employer })!;
    expect(h).toMatchObject({ rowNumber: 4, subHeaderRow: 5 });
    expect(h.names.slice(6, 9)).toEqual(['Jumlah Tenaga Kerja / L', 'Jumlah Tenaga Kerja / P', 'Jumlah Tenaga Kerja / Jumlah']);
    expect([h.fields.get('workersMale'), h.fields.get('workersFemale'), h.fields.get('workersTotal')]).toEqual([6, 7, 8]);
    // Chosen by hand, the same.
    expect(findHeaderRow(rows, { synonyms: employer, rowNumber: 4 })!.subHeaderRow).toBe(5);
  });

  it('a period\'s dates under one heading: "AWAL" is the start, "AKHIR" the end', () => {
    const rows = [
      row(3, ['NO', 'NIK', 'NAMA', 'SEGMEN', 'TANGGAL KEPESERTAAN']),
      row(4, ['', '', '', '', 'AWAL', 'AKHIR']),
      row(5, [1, '5101041506880801', 'KADEK AWAL AKHIR', 'BPU', '01/01/2025', '31/12/2025']),
    ];
    const h = findHeaderRow(rows, { synonyms: workers })!;
    expect(h).toMatchObject({ rowNumber: 3, subHeaderRow: 4 });
    expect(h.names).toEqual(['NO', 'NIK', 'NAMA', 'SEGMEN', 'TANGGAL KEPESERTAAN / AWAL', 'TANGGAL KEPESERTAAN / AKHIR']);
    expect([h.fields.get('startDate'), h.fields.get('endDate')]).toEqual([4, 5]);
    // Headings merged down into both rows (as the reader fills them): the lower row names every column itself.
    const filled = findHeaderRow([rows[0]!, row(4, ['NO', 'NIK', 'NAMA', 'SEGMEN', 'AWAL', 'AKHIR']), rows[2]!], { synonyms: workers })!;
    expect([filled.fields.get('startDate'), filled.fields.get('endDate')]).toEqual([4, 5]);
  });

  it('a data row or a row of column numbers under the header is never taken for its second row', () => {
    const header = ['NIK', 'Nama', 'Alamat', ''];
    // All text (a CSV), with a note in the column the header leaves empty.
    expect(joinedHeaderNames(header, ['5101041506880801', 'Kadek', 'Br. Kaja', 'catatan'])).toBeNull();
    expect(joinedHeaderNames(header, ['Nengah', 'Kadek', 'Br. Kaja', 'catatan'])).toBeNull();
    expect(joinedHeaderNames(['No', 'Nama', 'Jumlah TK', ''], ['(1)', '(2)', '(3)', '(4)'])).toBeNull();
    expect(joinedHeaderNames(['Nama', 'Jumlah TK', ''], ['PT A', 'L', 'P'])).toBeNull();
    expect(joinedHeaderNames(['Nama', 'Jumlah TK', ''], ['', 12, 3])).toBeNull();
  });
});

describe('header names inside longer texts', () => {
  // The rule, written the slow way: the whole header if it is any of a field's texts; else the
  // longest of the register's own synonyms found as whole words, the earliest listed on a tie.
  // Whole-header texts and field keys never count inside.
  function slowField(text: string, fields: typeof employerFields): string | null {
    const whole = normalizeHeader(text);
    for (const f of fields) if ([...f.synonyms, ...(f.wholeHeaders ?? [])].map(normalizeHeader).includes(whole)) return f.key;
    const padded = ` ${whole} `;
    let best: string | null = null;
    let bestLen = 0;
    for (const f of fields) {
      for (const syn of f.synonyms.map(normalizeHeader)) {
        if (syn && syn.length > bestLen && padded.includes(` ${syn} `)) {
          best = f.key;
          bestLen = syn.length;
        }
      }
    }
    return best;
  }

  it('finds the same field as searching for every synonym (generated headers)', () => {
    const synonyms = Object.fromEntries(employerFields.map((f) => [f.key, { synonyms: f.synonyms, wholeHeaders: f.wholeHeaders }]));
    const pieces = [...new Set(employerFields.flatMap((f) => [...f.synonyms, ...(f.wholeHeaders ?? []), f.key]))];
    const noise = ['No.', '(wajib)', 'sesuai akta', 'Kode', '2024', 'Data', 'TK', '/', 'Jumlah', 'laki-laki', 'Name', 'P', 'L'];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom(...noise), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join(' ');
        if (!normalizeHeader(text)) return;
        const found = findHeaderRow([row(1, [text, 'x'])], { synonyms, rowNumber: 1 })!.columns[0]!.field;
        expect(found).toBe(slowField(text, employerFields));
      }),
      { numRuns: 3000 },
    );
  });
});
