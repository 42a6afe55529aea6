import { describe, expect, it } from 'vitest';
import { repairNikCell } from '../../../core/reference/nik/index.ts';
import type { NikRepairResult } from '../../../core/reference/nik/index.ts';

const NIK = '5103014506850001';

const changeCodes = (r: NikRepairResult): string[] => r.changes.map((c) => c.code);

describe('repairNikCell: clean', () => {
  it('leaves a 16-digit text cell alone', () => {
    const r = repairNikCell(NIK);
    expect(r).toEqual({ outcome: 'clean', text: NIK, changes: [], needsConfirmation: false, reason: null, knownDigits: null });
  });
});

describe('repairNikCell: silent repairs', () => {
  it.each([
    ['spaces', `  ${NIK}  `, ['TRIMMED_WHITESPACE']],
    ['tab and newline', `\t${NIK}\r\n`, ['TRIMMED_WHITESPACE']],
    ['non-breaking spaces', `\u00A0${NIK}\u202F`, ['TRIMMED_WHITESPACE']],
    ['zero-width / BOM', `\uFEFF${NIK}\u200B`, ['TRIMMED_WHITESPACE']],
    ['apostrophe', `'${NIK}`, ['REMOVED_APOSTROPHE']],
    ['apostrophe and whitespace', ` '${NIK} `, ['TRIMMED_WHITESPACE', 'REMOVED_APOSTROPHE']],
  ])('%s', (_name, raw, expected) => {
    const r = repairNikCell(raw);
    expect(r.outcome).toBe('repaired');
    expect(r.text).toBe(NIK);
    expect(r.needsConfirmation).toBe(false);
    expect(changeCodes(r)).toEqual(expected);
  });
});

describe('repairNikCell: repairs that need confirmation', () => {
  it.each([
    ['.0', `${NIK}.0`, ['REMOVED_DECIMAL_SUFFIX']],
    ['.00', `${NIK}.00`, ['REMOVED_DECIMAL_SUFFIX']],
    [',0 (Indonesian decimal comma)', `${NIK},0`, ['REMOVED_DECIMAL_SUFFIX']],
    ['spaces', '5103 0145 0685 0001', ['REMOVED_SEPARATORS']],
    ['dots', '5103.0145.0685.0001', ['REMOVED_SEPARATORS']],
    ['dashes', '5103-0145-0685-0001', ['REMOVED_SEPARATORS']],
    ['en dash', '5103–0145–0685–0001', ['REMOVED_SEPARATORS']],
    ['NBSP inside', '5103\u00A00145\u00A00685\u00A00001', ['REMOVED_SEPARATORS']],
    ['Kemendagri style', '51.03.01.450685.0001', ['REMOVED_SEPARATORS']],
    ['thousands dots', '5.103.014.506.850.001', ['REMOVED_SEPARATORS']],
    ['thousands dots and decimal comma', '5.103.014.506.850.001,00', ['REMOVED_DECIMAL_SUFFIX', 'REMOVED_SEPARATORS']],
    ['thousands commas and decimal dot', '5,103,014,506,850,001.00', ['REMOVED_DECIMAL_SUFFIX', 'REMOVED_SEPARATORS']],
    ['apostrophe then spaces', "'5103 0145 0685 0001", ['REMOVED_APOSTROPHE', 'REMOVED_SEPARATORS']],
  ])('%s', (_name, raw, expected) => {
    const r = repairNikCell(raw);
    expect(r.outcome).toBe('repaired');
    expect(r.text).toBe(NIK);
    expect(r.needsConfirmation).toBe(true);
    expect(changeCodes(r)).toEqual(expected);
  });

  it('keeps a dotted NIK whose serial group is all zeros as dotted (not a decimal)', () => {
    const r = repairNikCell('5103.0145.0685.0000');
    expect(r.text).toBe('5103014506850000');
    expect(changeCodes(r)).toEqual(['REMOVED_SEPARATORS']);
  });

  it('accepts a JS number whose last digit is not 0, with confirmation', () => {
    const r = repairNikCell(5103014506850001);
    expect(r.outcome).toBe('repaired');
    expect(r.text).toBe(NIK);
    expect(r.needsConfirmation).toBe(true);
    expect(changeCodes(r)).toEqual(['NUMERIC_CELL']);
  });

  it('accepts a bigint the same way', () => {
    const r = repairNikCell(5103014506850001n);
    expect(r.text).toBe(NIK);
    expect(changeCodes(r)).toEqual(['NUMERIC_CELL']);
  });

  it('flags text read from a numeric cell', () => {
    const r = repairNikCell(`${NIK}.0`, true);
    expect(r.text).toBe(NIK);
    expect(r.needsConfirmation).toBe(true);
    expect(changeCodes(r)).toEqual(['REMOVED_DECIMAL_SUFFIX', 'NUMERIC_CELL']);
  });
});

describe('repairNikCell: unrepairable', () => {
  function failed(raw: unknown, code: string, fromNumericCell = false): NikRepairResult {
    const r = repairNikCell(raw, fromNumericCell);
    expect(r.outcome).toBe('unrepairable');
    expect(r.text).toBeNull();
    expect(r.needsConfirmation).toBe(false);
    expect(r.reason?.code).toBe(code);
    return r;
  }

  it('scientific notation text: says which digits are known and to re-export as text', () => {
    const r = failed('5.10312E+15', 'SCIENTIFIC_NOTATION');
    expect(r.knownDigits).toBe('510312');
    expect(r.reason?.message.id).toContain('510312');
    expect(r.reason?.message.id).toContain('10 digit');
    expect(r.reason?.message.id).toContain('Teks');
    expect(r.reason?.message.en).toContain('510312');
    expect(r.reason?.message.en).toMatch(/re-export/);
  });

  it.each(['5,10312E+15', '5.10312e15', ' 5.10312E+015 ', '5E+15', "'5.10312E+15"])('scientific notation %j', (raw) => {
    failed(raw, 'SCIENTIFIC_NOTATION');
  });

  it('scientific notation with all 16 digits (as programs print a float) is read, to be confirmed against the KTP', () => {
    for (const raw of ['5.101011506920004E+15', '5,101011506920004e15']) {
      const r = repairNikCell(raw);
      expect([r.outcome, r.text, r.needsConfirmation, r.changes.map((c) => c.code)]).toEqual(['repaired', '5101011506920004', true, ['FROM_SCIENTIFIC']]);
      expect(r.changes[0]!.message.id).toContain('5101011506920004');
    }
    // 15 digits and a zero (as Excel keeps them), or more than 16: still refused.
    failed('5.10101150692000E+15', 'SCIENTIFIC_NOTATION');
    failed('5.1010115069200041E+15', 'SCIENTIFIC_NOTATION');
    // Above 2^53 (Papua's 91-97) a float cannot hold every NIK; a minus is no NIK.
    failed('9.171011506920004E+15', 'SCIENTIFIC_NOTATION');
    failed('-5.101011506920004E+15', 'SCIENTIFIC_NOTATION');
  });

  it('number from scientific notation (trailing zeros) is not trusted, and says how many digits were lost (walk 34: it said only the 16th)', () => {
    failed(5.10312e15, 'EXCEL_PRECISION_LOST');
    expect(repairNikCell(5.10103e15).reason!.message.id).toBe('NIK "5101030000000000" berasal dari sel angka dan 10 digit terakhirnya 0, sampai ke bulan lahir: sel itu hanya menyimpan 6 digit pertama (tampil seperti 5,10103E+15), sisanya hilang. Format kolom NIK sebagai Teks dan ketik ulang NIK dari KTP/KK.');
    // Rounded to 15 digits, the 15th changes too: the message says it may.
    expect(repairNikCell(5101050101070510).reason!.message.id).toContain('pembulatannya bisa mengubah digit sebelumnya juga');
  });

  it('16-digit number ending in 0 is not trusted', () => {
    failed(5103014506850010, 'EXCEL_PRECISION_LOST');
  });

  it('16-digit text from a numeric cell ending in 0 is not trusted', () => {
    failed('5103014506850010', 'EXCEL_PRECISION_LOST', true);
    failed('5103014506850010.0', 'EXCEL_PRECISION_LOST', true);
    expect(repairNikCell('5103014506850010', false).outcome).toBe('clean');
  });

  it('number above MAX_SAFE_INTEGER', () => {
    failed(Number('9271014506850001'), 'UNSAFE_NUMBER');
    failed(Number.MAX_SAFE_INTEGER + 1, 'UNSAFE_NUMBER');
    expect(repairNikCell(Number.MAX_SAFE_INTEGER).text).toBe('9007199254740991');
  });

  it.each([
    ['510301450685001', 15],
    ['51030145068500011', 17],
    ['51031245068500.00', 14],
    ['5103 0145 0685 001', 15],
  ])('wrong length %j → says %i digits', (raw, length) => {
    const r = failed(raw, 'WRONG_LENGTH');
    expect(r.reason?.message.id).toContain(`${length} digit`);
    expect(r.reason?.message.en).toContain(`found ${length}`);
  });

  it('15-digit number (leading digit lost)', () => {
    failed(510301450685001, 'WRONG_LENGTH');
  });

  it.each(['5103O14506850001', 'NIK5103014506850001', '-5103014506850001', '5103014506850001x', '5103\u00B70145\u00B706850001', '５１０３０１４５０６８５０００１'])(
    'non-digit %j',
    (raw) => {
      failed(raw, 'NOT_DIGITS');
    },
  );

  it('names the offending character', () => {
    const r = failed('5103O14506850001', 'NOT_DIGITS');
    expect(r.reason?.message.en).toContain('"O"');
    expect(r.reason?.message.en).toContain('U+004F');
  });

  it.each([[''], ['   '], ["'"], [null], [undefined]])('empty %j', (raw) => {
    failed(raw, 'EMPTY');
  });

  it.each([[1.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('non-integer number %j', (raw) => {
    failed(raw, 'NOT_INTEGER');
  });

  it.each([[true], [{}], [[NIK]], [new Date(0)], [Symbol('x')]])('not text %#', (raw) => {
    failed(raw, 'NOT_TEXT');
  });

  it('keeps the silent changes made before failing', () => {
    const r = failed(" '51030145068500 ", 'WRONG_LENGTH');
    expect(changeCodes(r)).toEqual(['TRIMMED_WHITESPACE', 'REMOVED_APOSTROPHE']);
  });
});
