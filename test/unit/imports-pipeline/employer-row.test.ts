import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { render } from '../../../core/messages.ts';
import { employerInputSchema } from '../../../core/api/employers.ts';
import type { RegionResolution } from '../../../core/api/regions.ts';
import { alreadyCanonical, convertEmployerRow, type RegionLookup } from '../../../core/imports/employers/employer-row.ts';
import type { CellValue } from '../../../core/imports/read/types.ts';

// convertEmployerRow checks part of a row with the form's schema and builds the rest from cells
// it has settled itself. Whatever it accepts, the whole schema must accept unchanged: if a rule
// is added to the schema and not to the import, this fails.

const regions: RegionLookup = ({ text, level }) =>
  text.startsWith('x')
    ? ({ status: 'unknown', suggestions: [], message: { id: 'tidak dikenal', en: 'unknown' }, said: { key: 'regions.badCode', params: { raw: '?' } } } satisfies RegionResolution)
    : { status: 'found', code: level === 3 ? '51.03.01' : '51.03.01.2001', name: text, kind: level === 3 ? 'kecamatan' : 'desa', how: 'name' };

const anyCell: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.integer({ min: -5, max: 20_000_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.record({ date: fc.oneof(fc.constant('2024-02-29'), fc.constant('2024-02-29T10:00'), fc.string({ maxLength: 12 })) }),
  fc.record({ formula: fc.constant('A1'), result: fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)) }),
  fc.record({ error: fc.constant('#REF!') }),
);
const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const oneOf = (...values: string[]) => fc.constantFrom(...values);
/** A cell: mostly a good one, sometimes one near a rule's edge, now and then anything at all. */
const cell = (good: fc.Arbitrary<CellValue | undefined>, edge: fc.Arbitrary<CellValue | undefined> = good) =>
  fc.oneof({ arbitrary: good, weight: 40 }, { arbitrary: edge, weight: 3 }, { arbitrary: anyCell, weight: 1 });
const few = (n: number) => fc.integer({ min: 0, max: n });

const row = fc.record({
  name: cell(fc.constant('PT Maju Jaya'), fc.oneof(fc.string({ maxLength: 3 }), fc.string({ minLength: 190, maxLength: 210 }))),
  legalForm: cell(oneOf('PT', 'cv', 'Perseroan Terbatas', ''), oneOf('Persero')),
  nib: cell(digits(13, 13), fc.oneof(digits(11, 14), fc.integer({ min: 0, max: 9_999_999_999_999 }), fc.constant('9120.0000.00001'))),
  npwp: cell(oneOf('01.234.567.8-901.000', ''), digits(14, 17)),
  npp: cell(oneOf('NN0001234', ''), fc.oneof(fc.string({ maxLength: 32 }), fc.constant('ab'))),
  kbli: cell(oneOf('56101', '47111, 56101'), fc.oneof(fc.array(oneOf('56101', '47111', '1071', '4711'), { maxLength: 12 }).map((a) => a.join(', ')), fc.integer({ min: 1000, max: 99999 }))),
  businessScale: cell(oneOf('mikro', 'Usaha Kecil', ''), oneOf('raksasa')),
  address: cell(fc.string({ maxLength: 20 }), fc.string({ minLength: 495, maxLength: 505 })),
  kecamatan: cell(oneOf('Kuta Utara', ''), oneOf('xyz')),
  desa: cell(oneOf('Dalung', ''), oneOf('xdesa')),
  officeType: cell(oneOf('pusat', 'Kantor Cabang', ''), oneOf('anak')),
  startDate: cell(oneOf('31/12/2024', '31 Des 2024', ''), fc.oneof(oneOf('2024-02-30', '1/1/0099'), fc.integer({ min: 0, max: 100_000 }))),
  ownerName: cell(fc.string({ maxLength: 30 }), fc.string({ minLength: 195, maxLength: 210 })),
  contactPhone: cell(oneOf('+62 361 123456', '0812-3456-7890', '(0361) 1234567', ''), oneOf('12345', 'telp 123')),
  contactEmail: cell(oneOf('kantor@contoh.id', ' a@b.co ', ''), oneOf('bukan email', 'x@y')),
  workersTotal: cell(fc.oneof(fc.constant(null), few(3000)), oneOf('10.000.000', '')),
  workersMale: cell(few(500), fc.oneof(fc.integer({ min: -1, max: 10_000_001 }), oneOf('1.234', '12,5', ' 7 ', '10.000.000', '10.000.001'))),
  workersFemale: cell(few(500)),
  workersPkwtt: cell(few(150)),
  workersPkwt: cell(few(150)),
  workersHarianLepas: cell(few(150)),
  workersBorongan: cell(few(150)),
  workersForeign: cell(few(5)),
  wlkpNumber: cell(fc.string({ maxLength: 20 }), fc.string({ minLength: 58, maxLength: 65 })),
  wlkpDate: cell(fc.record({ date: oneOf('2023-07-01', '2023-07-01T08:30') }), fc.record({ date: fc.string({ maxLength: 12 }) })),
  bpjsStatus: cell(oneOf('terdaftar', 'Belum', 'PDS Upah'), oneOf('entah')),
  bpjsProgrammes: cell(oneOf('JKK, JKM', 'jht;jp', ''), oneOf('JKK, XYZ', 'JKK,JKM,JHT,JP,JKP,JKK')),
  bpjsInfoDate: cell(oneOf('2025-01-31', '31-01-2025'), oneOf('kemarin')),
  notes: cell(fc.string({ maxLength: 30 })),
});

describe('employer row conversion', () => {
  it('gives only values the form schema itself accepts unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(row, (cells) => {
        const { values } = convertEmployerRow(regions, cells, '51.03');
        if (!values) return;
        accepted += 1;
        const full = employerInputSchema.safeParse(values);
        expect(full.success ? full.data : full.error.issues).toEqual(values);
      }),
      { numRuns: 3000 },
    );
    // The rows above must reach the check often enough to mean something.
    expect(accepted).toBeGreaterThan(300);
  });

  it('skips the schema only for values it would give back unchanged', () => {
    const picked = employerInputSchema.pick({ name: true, nib: true, npwp: true, npp: true, kbliCodes: true, contactPhone: true, contactEmail: true, bpjsProgrammes: true });
    // Mostly good values, some near a rule's edge, now and then anything: every rule is met by many rows and broken by some.
    const near = (good: string[], edge: string[]) =>
      fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 30 }, { arbitrary: fc.constantFrom(...edge), weight: 2 }, { arbitrary: fc.string({ maxLength: 18 }), weight: 1 }, { arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789 .-/AZaz+()'), maxLength: 22 }), weight: 1 });
    let fast = 0;
    fc.assert(
      fc.property(
        fc.record({
          name: fc.oneof({ arbitrary: near(['PT Maju Jaya', 'CV Sinar'], ['A', ' PT Maju', 'PT Maju ']), weight: 12 }, { arbitrary: fc.string({ minLength: 198, maxLength: 202 }), weight: 1 }),
          nib: near(['', '9120000000001'], ['912000000000', '91200000000011']),
          npwp: near(['', '012345678901000', '0123456789010001'], ['01.234.567.8-901.000', '01234567890100']),
          npp: near(['', 'NN0001234', 'AB-12/3'], ['nn0001234', 'NN0001234 ', 'AB', '-AB1']),
          kbliCodes: fc.array(near(['56101', '47111'], [' 56101', '56101567890', '']), { maxLength: 11 }),
          contactPhone: near(['', '+62 361 123456', '0812-3456-7890'], [' 0812', 'telp 123', '12345']),
          contactEmail: near([''], ['kantor@contoh.id', ' ']),
          bpjsProgrammes: fc.array(near(['JKK', 'JKM', 'JHT', 'JP', 'JKP'], ['jkk', 'XYZ']), { maxLength: 6 }),
        }),
        (checked) => {
          if (!alreadyCanonical(checked)) return;
          fast += 1;
          const parsed = picked.safeParse(checked);
          expect(parsed.success ? parsed.data : parsed.error.issues).toEqual(checked);
        },
      ),
      { numRuns: 5000 },
    );
    expect(fast).toBeGreaterThan(200);
  });

  it('refuses what only the schema knows: a one-letter name, eleven KBLI codes, a bad e-mail', () => {
    const base = { name: 'PT Maju Jaya', kbli: '56101' };
    const problem = (cells: Record<string, CellValue>) => convertEmployerRow(regions, { ...base, ...cells }, '51.03');
    expect(problem({}).values).not.toBeNull();
    expect(problem({ name: 'A' }).issues.map((i) => i.field)).toEqual(['name']);
    expect(render(problem({ name: 'A' }).issues[0]!.message, 'id')).toMatch(/paling sedikit 2 huruf/);
    expect(problem({ kbli: Array(11).fill('56101').join(',') }).issues.map((i) => i.field)).toEqual(['kbli']);
    expect(render(problem({ kbli: Array(11).fill('56101').join(',') }).issues[0]!.message, 'id')).toMatch(/Paling banyak 10 kode KBLI/);
    expect(problem({ contactEmail: 'bukan email' }).issues.map((i) => i.field)).toEqual(['contactEmail']);
    expect(problem({ workersMale: 10_000_001 }).issues.map((i) => i.field)).toEqual(['workersMale']);
    expect(problem({ startDate: { date: 'kemarin' } }).issues.map((i) => i.field)).toEqual(['startDate']);
    // Found by the property above: a date cell in a text field is tidied like any text.
    expect(problem({ notes: { date: ' ' } }).values?.notes).toBe('');
    // A row with a bad cell and a bad NIB says both at once, not the NIB only once the date is fixed (walk 31).
    const both = problem({ startDate: '31/02/2020', nib: '91200012345' });
    expect(both.values).toBeNull();
    expect(both.issues.map((i) => i.field)).toEqual(['startDate', 'nib']);
    // A field that failed as a cell is said once.
    expect(problem({ name: '' }).issues.map((i) => i.field)).toEqual(['name']);
  });

  it('takes a long number-cell NIB ending in 0 as it is, saying its last digits may have been rounded away (walk 31)', () => {
    const rounded = convertEmployerRow(regions, { name: 'PT Maju Jaya', nib: 9120001234570 }, '51.03');
    expect(rounded.values?.nib).toBe('9120001234570');
    expect(rounded.issues.map((i) => [i.field, i.severity, render(i.message, 'id')])).toEqual([
      ['nib', 'warning', 'NIB 9120001234570 dibaca dari sel angka dan berakhir dengan 0: bila spreadsheet menampilkannya sebagai notasi ilmiah (mis. 9,12E+12), digit terakhirnya bisa sudah hilang. Cocokkan dengan dokumen aslinya; sebaiknya format kolom sebagai Teks.'],
    ]);
    // Typed as text, or ending in another digit: nothing to say.
    expect(convertEmployerRow(regions, { name: 'PT Maju Jaya', nib: '9120001234570' }, '51.03').issues).toEqual([]);
    expect(convertEmployerRow(regions, { name: 'PT Maju Jaya', nib: 9120001234571 }, '51.03').issues).toEqual([]);
  });

  it('says that a blank status column makes a new employer PWBD; a file without the column says nothing', () => {
    const base = { name: 'PT Maju Jaya', kbli: '56101' };
    const blank = convertEmployerRow(regions, { ...base, bpjsStatus: '' }, '51.03');
    expect(blank.values?.bpjsStatus).toBe('pwbd');
    expect(blank.issues.map((i) => [i.field, i.severity])).toEqual([['bpjsStatus', 'warning']]);
    expect(render(blank.issues[0]!.message, 'id')).toBe('Status BPJS kosong: perusahaan baru dicatat PWBD (belum mendaftar); yang sudah ada di register tetap dengan statusnya.');
    expect(convertEmployerRow(regions, base, '51.03').issues).toEqual([]);
    // A row refused anyway (a total under the table) gets no word on its status.
    expect(convertEmployerRow(regions, { name: 'JUMLAH', bpjsStatus: '' }, '51.03').issues.map((i) => i.field)).toEqual(['name']);
  });
});

