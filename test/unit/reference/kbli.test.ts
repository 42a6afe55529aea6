import { describe, expect, it } from 'vitest';
import { KBLI_2020_DIVISIONS, KBLI_2020_SECTIONS, kbliDivision, kbliSection } from '../../../core/reference/kbli/kbli-2020.ts';
import { analyzeKbliCode, sectionOfKbli } from '../../../core/reference/kbli/kbli-code.ts';

// ISIC Rev. 4 / KBLI 2020 division ranges per section, written out independently of the table.
const RANGES: Record<string, [number, number][]> = {
  A: [[1, 3]],
  B: [[5, 9]],
  C: [[10, 33]],
  D: [[35, 35]],
  E: [[36, 39]],
  F: [[41, 43]],
  G: [[45, 47]],
  H: [[49, 53]],
  I: [[55, 56]],
  J: [[58, 63]],
  K: [[64, 66]],
  L: [[68, 68]],
  M: [[69, 75]],
  N: [[77, 82]],
  O: [[84, 84]],
  P: [[85, 85]],
  Q: [[86, 88]],
  R: [[90, 93]],
  S: [[94, 96]],
  T: [[97, 98]],
  U: [[99, 99]],
};

describe('KBLI 2020 table', () => {
  it('has the 21 sections A–U in order, each named in both languages', () => {
    expect(KBLI_2020_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRSTU');
    for (const s of KBLI_2020_SECTIONS) {
      expect(s.nameId.length, s.code).toBeGreaterThan(3);
      expect(s.nameEn.length, s.code).toBeGreaterThan(3);
    }
    expect(kbliSection('C')?.nameId).toBe('Industri Pengolahan');
    expect(kbliSection('f')?.nameId).toBe('Konstruksi');
    expect(kbliSection('G')?.nameId).toBe('Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor');
    expect(kbliSection('V')).toBeUndefined();
  });

  it('has the 88 divisions, unique, ascending, exactly those of ISIC Rev. 4', () => {
    const codes = KBLI_2020_DIVISIONS.map((d) => d.code);
    expect(codes).toHaveLength(88);
    expect(new Set(codes).size).toBe(88);
    expect([...codes].sort()).toEqual(codes);
    const expected = Object.values(RANGES)
      .flat()
      .flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => String(a + i).padStart(2, '0')));
    expect(codes).toEqual(expected.sort());
  });

  it('maps every division to exactly one existing section, matching the ISIC ranges', () => {
    for (const d of KBLI_2020_DIVISIONS) {
      const inRanges = Object.entries(RANGES)
        .filter(([, ranges]) => ranges.some(([a, b]) => Number(d.code) >= a && Number(d.code) <= b))
        .map(([s]) => s);
      expect(inRanges, d.code).toEqual([d.section]);
      expect(kbliSection(d.section), d.code).toBeDefined();
      expect(d.nameId.length, d.code).toBeGreaterThan(3);
      expect(d.nameEn.length, d.code).toBeGreaterThan(3);
    }
    for (const s of KBLI_2020_SECTIONS) {
      expect(KBLI_2020_DIVISIONS.some((d) => d.section === s.code), s.code).toBe(true);
    }
  });

  it.each([
    ['01', 'A'],
    ['10', 'C'],
    ['41', 'F'],
    ['47', 'G'],
    ['55', 'I'],
    ['56', 'I'],
    ['78', 'N'],
    ['84', 'O'],
    ['99', 'U'],
  ])('division %s is in section %s', (division, section) => {
    expect(kbliDivision(division)?.section).toBe(section);
    expect(sectionOfKbli(division)).toBe(section);
  });

  it('has no divisions 04, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89', () => {
    for (const c of ['00', '04', '34', '40', '44', '48', '54', '57', '67', '76', '83', '89']) expect(kbliDivision(c), c).toBeUndefined();
  });
});

describe('sectionOfKbli', () => {
  it('reads the section from 2–5 digit codes', () => {
    expect(sectionOfKbli('47111')).toBe('G');
    expect(sectionOfKbli('56101')).toBe('I');
    expect(sectionOfKbli('01111')).toBe('A');
    expect(sectionOfKbli('4711')).toBe('G');
    expect(sectionOfKbli('471')).toBe('G');
  });

  it('returns null for malformed codes or unknown divisions', () => {
    for (const bad of ['', '4', 'G', '4711a', '471111', '04111', '34000', ' 47111']) expect(sectionOfKbli(bad), bad).toBeNull();
  });
});

describe('analyzeKbliCode', () => {
  it('accepts 5-digit codes', () => {
    const r = analyzeKbliCode('47111');
    expect(r).toMatchObject({ valid: true, code: '47111', level: 'kelompok', division: '47', section: 'G', repaired: false, needsConfirmation: false });
    expect(r.sectionName?.id).toBe('Perdagangan Besar dan Eceran; Reparasi dan Perawatan Mobil dan Sepeda Motor');
    expect(r.divisionName?.id).toBe('Perdagangan Eceran, Bukan Mobil dan Sepeda Motor');
    expect(r.issues).toEqual([]);
    expect(analyzeKbliCode('56101')).toMatchObject({ valid: true, section: 'I', division: '56' });
    expect(analyzeKbliCode(' 01111 ')).toMatchObject({ valid: true, code: '01111', section: 'A', repaired: false });
    expect(analyzeKbliCode(47111)).toMatchObject({ valid: true, code: '47111', section: 'G' });
  });

  it('restores the leading zero of a 4-digit code, asking for confirmation', () => {
    for (const input of ['1111', 1111, '1111.0']) {
      const r = analyzeKbliCode(input);
      expect(r, String(input)).toMatchObject({ valid: true, code: '01111', division: '01', section: 'A', repaired: true, needsConfirmation: true });
      expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['leading-zero-restored', 'confirm']]);
      expect(r.issues[0]!.message.id).toContain('01111');
      expect(r.issues[0]!.message.en).toContain('leading zero');
    }
    expect(analyzeKbliCode(1111).issues[0]!.message.id).toContain('sel angka');
    expect(analyzeKbliCode(5610).issues[0]!.message.id).toContain('subgolongan 4 digit 5610');
  });

  it('keeps a 4-digit code when told the column holds subgolongan codes', () => {
    const r = analyzeKbliCode('5610', { fourDigits: 'subgolongan' });
    expect(r).toMatchObject({ valid: true, code: '5610', level: 'subgolongan', section: 'I', repaired: false, needsConfirmation: false });
    expect(r.issues.map((i) => i.code)).toEqual(['not-five-digit']);
  });

  it('keeps a 4-digit code when adding a zero would give a division that does not exist (04..)', () => {
    const r = analyzeKbliCode('4711');
    expect(r).toMatchObject({ valid: true, code: '4711', level: 'subgolongan', section: 'G', repaired: false });
    expect(r.issues.map((i) => i.severity)).toEqual(['info']);
  });

  it('accepts shorter codes with an info note, and a lost zero on a 1-digit division', () => {
    expect(analyzeKbliCode('47')).toMatchObject({ valid: true, level: 'golongan-pokok', section: 'G' });
    expect(analyzeKbliCode('471')).toMatchObject({ valid: true, level: 'golongan', section: 'G' });
    expect(analyzeKbliCode('47').issues.map((i) => i.code)).toEqual(['not-five-digit']);
    expect(analyzeKbliCode(1)).toMatchObject({ valid: true, code: '01', section: 'A', repaired: true, needsConfirmation: true });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['G', 'not-digits'],
    ['47A11', 'not-digits'],
    ['abc', 'not-digits'],
    ['471111', 'too-long'],
    ['04111', 'unknown-division'],
    ['34000', 'unknown-division'],
    ['04', 'unknown-division'],
    ['34', 'unknown-division'],
    ['4', 'unknown-division'],
  ])('rejects %j (%s)', (input, issue) => {
    const r = analyzeKbliCode(input);
    expect(r.valid).toBe(false);
    expect(r.code).toBeNull();
    expect(r.section).toBeNull();
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([[issue, 'error']]);
    expect(r.issues[0]!.message.id.length).toBeGreaterThan(10);
    expect(r.issues[0]!.message.en.length).toBeGreaterThan(10);
  });

  it('rejects negative and fractional numbers', () => {
    expect(analyzeKbliCode(-47111)).toMatchObject({ valid: false, issues: [{ code: 'not-integer' }] });
    expect(analyzeKbliCode(4711.5)).toMatchObject({ valid: false, issues: [{ code: 'not-integer' }] });
    expect(analyzeKbliCode(null)).toMatchObject({ valid: false, issues: [{ code: 'empty' }] });
  });
});
