import { describe, expect, it } from 'vitest';
import { analyzeNik, createSetLookup } from '../../../core/reference/nik/index.ts';
import type { NikAnalysis, NikIssueCode } from '../../../core/reference/nik/index.ts';

const lookup = createSetLookup({
  provinces: ['11', '31', '51', '91', '92'],
  regencies: ['11.01', '31.71', '31.74', '51.03', '51.71', '91.01', '92.71'],
  districts: ['11.01.01', '31.71.01', '31.74.05', '51.03.01', '51.03.02', '51.71.01', '91.01.01', '92.71.01'],
});

const TODAY = new Date(Date.UTC(2026, 10, 24)); // 2026-11-24

function analyze(raw: unknown, today = TODAY, fromNumericCell = false): NikAnalysis {
  return analyzeNik(raw, { lookup, today, fromNumericCell });
}

const codes = (issues: readonly { code: NikIssueCode }[]): NikIssueCode[] => issues.map((i) => i.code);

interface Case {
  name: string;
  raw: unknown;
  today?: Date;
  numeric?: boolean;
  valid: boolean;
  errors?: NikIssueCode[];
  warnings?: NikIssueCode[];
  sex?: 'L' | 'P' | null;
  birthDate?: string | null;
  candidates?: string[];
  doubtful?: boolean;
  nik?: string | null;
  repair?: 'clean' | 'repaired' | 'unrepairable';
  confirm?: boolean;
}

const cases: Case[] = [
  // --- sex and day ---
  { name: 'male, 1 Jan 1990', raw: '5103010101900001', valid: true, sex: 'L', birthDate: '1990-01-01', errors: [], warnings: [] },
  { name: 'female day 41 = 1st', raw: '5103014101900003', valid: true, sex: 'P', birthDate: '1990-01-01' },
  { name: 'female day 71 = 31st, YY=99 → 1999', raw: '5103017112990004', valid: true, sex: 'P', birthDate: '1999-12-31', candidates: ['1999-12-31'] },
  { name: 'male day 31', raw: '3171013112000001', valid: true, sex: 'L', birthDate: '2000-12-31' },
  { name: 'day 72 invalid', raw: '5103017201900001', valid: false, errors: ['INVALID_DAY'], sex: null, birthDate: null },
  { name: 'day 00 invalid', raw: '5103010001900001', valid: false, errors: ['INVALID_DAY'] },
  { name: 'day 32 invalid', raw: '5103013201900001', valid: false, errors: ['INVALID_DAY'] },
  { name: 'day 35 invalid', raw: '5103013501900001', valid: false, errors: ['INVALID_DAY'] },
  { name: 'day 40 invalid (female day 0)', raw: '5103014001900001', valid: false, errors: ['INVALID_DAY'] },
  { name: 'day 99 invalid', raw: '5103019901900001', valid: false, errors: ['INVALID_DAY'] },
  // --- month / calendar ---
  { name: 'month 00 invalid', raw: '5103011500900001', valid: false, errors: ['INVALID_MONTH'], sex: 'L', birthDate: null },
  { name: 'month 13 invalid', raw: '5103011513900001', valid: false, errors: ['INVALID_MONTH'] },
  { name: 'day and month both invalid', raw: '5103013613900001', valid: false, errors: ['INVALID_DAY', 'INVALID_MONTH'] },
  { name: '30 Feb invalid', raw: '5103013002900001', valid: false, errors: ['INVALID_DATE'], birthDate: null, candidates: [] },
  { name: '31 Apr invalid (female)', raw: '5103017104900001', valid: false, errors: ['INVALID_DATE'] },
  { name: '29 Feb YY=00 → 2000 (1900 not leap)', raw: '5103012902000001', valid: true, birthDate: '2000-02-29', candidates: ['2000-02-29'], doubtful: false },
  { name: '29 Feb YY=00 female', raw: '5103016902000001', valid: true, sex: 'P', birthDate: '2000-02-29' },
  { name: '29 Feb YY=01 invalid', raw: '5103012902010001', valid: false, errors: ['INVALID_DATE'] },
  { name: '29 Feb YY=96 → 1996 (2096 future)', raw: '5103012902960001', valid: true, birthDate: '1996-02-29', candidates: ['1996-02-29'] },
  { name: '29 Feb YY=04 → 2004, 1904 also real', raw: '5103012902040001', valid: true, birthDate: '2004-02-29', candidates: ['2004-02-29', '1904-02-29'], doubtful: false },
  // --- century ---
  { name: 'YY=00 → 2000', raw: '5103010101000001', valid: true, birthDate: '2000-01-01', candidates: ['2000-01-01', '1900-01-01'], doubtful: false },
  { name: 'YY=45: 2045 future → 1945', raw: '5103011708450002', valid: true, sex: 'L', birthDate: '1945-08-17', candidates: ['1945-08-17'] },
  { name: 'YY=26, 10 Mar: 2026 or 1926 → doubtful', raw: '5103011003260001', valid: true, birthDate: '2026-03-10', candidates: ['2026-03-10', '1926-03-10'], doubtful: true, warnings: ['CENTURY_DOUBTFUL'] },
  { name: 'born today: doubtful (age 0 / 100)', raw: '5103012411260001', valid: true, birthDate: '2026-11-24', doubtful: true },
  { name: 'born tomorrow 2026 → 1926 only', raw: '5103012511260001', valid: true, birthDate: '1926-11-25', candidates: ['1926-11-25'], doubtful: false },
  { name: '25 Nov 2025: age 0 / 100 → doubtful', raw: '5103012511250001', valid: true, birthDate: '2025-11-25', doubtful: true },
  { name: '24 Nov 2025: age 1 / 101 → not doubtful', raw: '5103012411250001', valid: true, birthDate: '2025-11-24', candidates: ['2025-11-24', '1925-11-24'], doubtful: false, warnings: [] },
  { name: 'future-only: 29 Feb 00 before 2000', raw: '5103012902000001', today: new Date(Date.UTC(1999, 5, 1)), valid: false, errors: ['FUTURE_BIRTH_DATE'], birthDate: null, candidates: [] },
  { name: 'future-only: 1960 and 2060 both future', raw: '5103010101600001', today: new Date(Date.UTC(1950, 0, 1)), valid: false, errors: ['FUTURE_BIRTH_DATE'] },
  { name: 'today taken as UTC date', raw: '5103012411260001', today: new Date('2026-11-24T23:59:59Z'), valid: true, birthDate: '2026-11-24' },
  // --- serial and regions ---
  { name: 'serial 0000 invalid', raw: '5103014506850000', valid: false, errors: ['SERIAL_ZERO'], sex: 'P', birthDate: '1985-06-05' },
  { name: 'serial 9999 valid', raw: '5103014506859999', valid: true },
  { name: 'unknown province 99', raw: '9901014506850001', valid: false, errors: ['UNKNOWN_PROVINCE'], warnings: [] },
  { name: 'unknown regency 51.99', raw: '5199014506850001', valid: false, errors: ['UNKNOWN_REGENCY'], warnings: [] },
  { name: 'unknown kecamatan 51.03.12: warning only', raw: '5103124506850001', valid: true, errors: [], warnings: ['UNKNOWN_DISTRICT'] },
  { name: 'Papua 92.71.01 as text', raw: '9271014506850001', valid: true, sex: 'P' },
  // --- shape ---
  { name: '15 digits', raw: '510301450685001', valid: false, errors: ['WRONG_LENGTH'], nik: null, repair: 'unrepairable' },
  { name: '17 digits', raw: '51030145068500011', valid: false, errors: ['WRONG_LENGTH'], nik: null },
  { name: 'letter inside', raw: '5103O14506850001', valid: false, errors: ['NOT_DIGITS'], nik: null },
  { name: 'empty', raw: '', valid: false, errors: ['EMPTY'] },
  { name: 'null', raw: null, valid: false, errors: ['EMPTY'] },
  { name: 'object', raw: { nik: '5103014506850001' }, valid: false, errors: ['NOT_TEXT'] },
  // --- spreadsheet damage ---
  { name: 'scientific text', raw: '5.10301E+15', valid: false, errors: ['SCIENTIFIC_NOTATION'], repair: 'unrepairable', nik: null },
  { name: 'scientific number', raw: 5.10301e15, valid: false, errors: ['EXCEL_PRECISION_LOST'], repair: 'unrepairable' },
  { name: 'numeric cell ending in 0', raw: '5103014506850010', numeric: true, valid: false, errors: ['EXCEL_PRECISION_LOST'], repair: 'unrepairable' },
  { name: 'same text, not numeric', raw: '5103014506850010', valid: true, repair: 'clean' },
  { name: 'JS number ending in 1', raw: 5103014506850001, valid: true, repair: 'repaired', confirm: true, nik: '5103014506850001', warnings: ['REPAIR_NEEDS_CONFIRMATION'] },
  { name: 'JS number above MAX_SAFE_INTEGER', raw: Number('9271014506850001'), valid: false, errors: ['UNSAFE_NUMBER'] },
  { name: 'trailing .0', raw: '5103014506850001.0', valid: true, repair: 'repaired', confirm: true, nik: '5103014506850001' },
  { name: 'trailing .00', raw: '5103014506850001.00', valid: true, repair: 'repaired', confirm: true, nik: '5103014506850001' },
  { name: 'spaces inside', raw: '5103 0145 0685 0001', valid: true, repair: 'repaired', confirm: true, nik: '5103014506850001' },
  { name: 'dots inside', raw: '5103.0145.0685.0001', valid: true, repair: 'repaired', confirm: true, nik: '5103014506850001' },
  { name: 'dashes inside', raw: '5103-0145-0685-0001', valid: true, repair: 'repaired', confirm: true },
  { name: 'NBSP inside', raw: '5103\u00A00145\u00A00685\u00A00001', valid: true, repair: 'repaired', confirm: true },
  { name: 'outer whitespace', raw: '  5103014506850001\t', valid: true, repair: 'repaired', confirm: false, nik: '5103014506850001', warnings: [] },
  { name: 'outer NBSP', raw: '\u00A05103014506850001\u00A0', valid: true, repair: 'repaired', confirm: false },
  { name: 'leading apostrophe', raw: "'5103014506850001", valid: true, repair: 'repaired', confirm: false, nik: '5103014506850001' },
  { name: 'clean text', raw: '5103014506850001', valid: true, repair: 'clean', confirm: false, nik: '5103014506850001' },
];

describe('analyzeNik: edge-case table', () => {
  it.each(cases)('$name', (c) => {
    const a = analyze(c.raw, c.today ?? TODAY, c.numeric ?? false);
    expect(a.valid).toBe(c.valid);
    expect(a.valid).toBe(a.errors.length === 0);
    if (c.errors) expect(codes(a.errors)).toEqual(c.errors);
    if (c.warnings) expect(codes(a.warnings)).toEqual(c.warnings);
    if (c.sex !== undefined) expect(a.sex).toBe(c.sex);
    if (c.birthDate !== undefined) expect(a.birthDate).toBe(c.birthDate);
    if (c.candidates) expect(a.birthDateCandidates).toEqual(c.candidates);
    if (c.doubtful !== undefined) expect(a.centuryDoubtful).toBe(c.doubtful);
    if (c.nik !== undefined) expect(a.nik).toBe(c.nik);
    if (c.repair) expect(a.repair.outcome).toBe(c.repair);
    if (c.confirm !== undefined) expect(a.repair.needsConfirmation).toBe(c.confirm);
    for (const i of [...a.errors, ...a.warnings, ...a.repair.changes]) {
      expect(i.message.id.length).toBeGreaterThan(10);
      expect(i.message.en.length).toBeGreaterThan(10);
      expect(i.message.id).not.toBe(i.message.en);
    }
  });
});

describe('analyzeNik: derived fields', () => {
  it('splits a NIK into dotted region codes, serial, sex and date', () => {
    const a = analyze('5103014506850123');
    expect(a).toMatchObject({
      input: '5103014506850123',
      nik: '5103014506850123',
      valid: true,
      provinceCode: '51',
      regencyCode: '51.03',
      districtCode: '51.03.01',
      serial: '0123',
      sex: 'P',
      birthDate: '1985-06-05',
      centuryDoubtful: false,
    });
  });

  it('keeps the parsed codes of an invalid NIK for display', () => {
    const a = analyze('5199014506850001');
    expect(a.regencyCode).toBe('51.99');
    expect(a.errors[0]?.message.id).toContain('51.99');
    expect(a.errors[0]?.message.en).toContain('51.99');
  });

  it('does not check the regency when the province is unknown', () => {
    expect(codes(analyze('9999014506850001').errors)).toEqual(['UNKNOWN_PROVINCE']);
  });

  it('never calls the region a domicile', () => {
    const a = analyze('5103124506850001');
    expect(a.warnings[0]?.message.en.toLowerCase()).not.toContain('domicile');
    expect(a.warnings[0]?.message.id.toLowerCase()).not.toContain('domisili');
  });

  it('names both years in the doubtful-century warning', () => {
    const w = analyze('5103011003260001').warnings.find((x) => x.code === 'CENTURY_DOUBTFUL');
    expect(w?.message.id).toContain('1926');
    expect(w?.message.id).toContain('2026');
    expect(w?.message.en).toContain('1926');
  });

  it('reports all independent errors together', () => {
    const a = analyze('9901013213900000');
    expect(codes(a.errors)).toEqual(['UNKNOWN_PROVINCE', 'INVALID_DAY', 'INVALID_MONTH', 'SERIAL_ZERO']);
  });

  it('gives the raw value as text in input', () => {
    expect(analyze(5103014506850001).input).toBe('5103014506850001');
    expect(analyze(undefined).input).toBe('');
    expect(analyze('  x ').input).toBe('  x ');
  });

  it('rejects an invalid today', () => {
    expect(() => analyzeNik('5103014506850001', { lookup, today: new Date(Number.NaN) })).toThrow(TypeError);
  });

  it('treats fromNumericCell as false by default for strings', () => {
    expect(analyzeNik('5103014506850010', { lookup, today: TODAY }).valid).toBe(true);
  });
});
