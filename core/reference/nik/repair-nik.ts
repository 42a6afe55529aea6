// Detects and, where safe, repairs spreadsheet damage to a NIK cell.
// Rule: nothing a user typed may be changed silently, except removing outer
// whitespace and Excel's leading text-marker apostrophe. Every other change
// sets `needsConfirmation`. Damage that lost digits is never "repaired".

import type { Message } from '../../api/messages/message.ts';
import { msg } from '../../messages.ts';
import { nikIssue } from './nik-issue.ts';
import type {
  NikIssue,
  NikRepairChangeCode,
  NikRepairFailureCode,
  NikRepairResult,
} from '../../api/nik.ts';

export const NIK_LENGTH = 16;

const SILENT_CHANGES: ReadonlySet<NikRepairChangeCode> = new Set(['TRIMMED_WHITESPACE', 'REMOVED_APOSTROPHE']);

// Whitespace (includes NBSP, U+202F, U+2007, BOM) and zero-width characters.
const OUTER_JUNK = /^[\s\u200B-\u200D\u2060]+|[\s\u200B-\u200D\u2060]+$/g;
// Separators users or number formats put between digit groups.
const SEP = '[\\s.,\\-\\u2010-\\u2015\\u2212\\u200B-\\u200D\\u2060]';
const GROUPED_DIGITS = new RegExp(`^\\d+(?:${SEP}+\\d+)+$`);
const SEPARATORS = new RegExp(SEP, 'g');
// Excel/JS style: one integer digit ("5.10312E+15"), decimal point or comma.
const SCIENTIFIC = /^[+-]?(\d)(?:[.,](\d*))?[eE]([+-]?\d{1,3})$/;
const DECIMAL_SUFFIX = /^(.*\d)([.,])(0+)$/;
const ALL_DIGITS = /^\d+$/;
/** A NIK typed as it should be: nothing to repair (most cells of a list; a million a file). */
const CLEAN_NIK = /^\d{16}$/;

/** Quote a value for a message; escapes invisible characters, shortens long values. */
export function quote(text: string): string {
  const chars = Array.from(text);
  const short = chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : text;
  return JSON.stringify(short);
}

/** The raw cell value as text. Never throws. */
export function rawToText(raw: unknown): string {
  try {
    if (raw === null || raw === undefined) return '';
    if (typeof raw === 'string') return raw;
    if (typeof raw === 'number' || typeof raw === 'boolean' || typeof raw === 'bigint') return String(raw);
    if (typeof raw === 'symbol') return raw.toString();
    try {
      return String(raw);
    } catch {
      return Object.prototype.toString.call(raw);
    }
  } catch {
    return '[?]';
  }
}

function kindOf(raw: unknown): string {
  if (raw === null) return 'null';
  if (Array.isArray(raw)) return 'array';
  try {
    if (raw instanceof Date) return 'date';
  } catch {
    // exotic objects
  }
  return typeof raw;
}

function issue<C extends NikRepairChangeCode | NikRepairFailureCode>(code: C, said: Message): NikIssue {
  return nikIssue(code, said);
}

// ---- changes ---------------------------------------------------------------

const trimmedChange = (): NikIssue => issue('TRIMMED_WHITESPACE', msg('nik.trimmed'));
const apostropheChange = (): NikIssue => issue('REMOVED_APOSTROPHE', msg('nik.apostrophe'));
const decimalChange = (suffix: string): NikIssue => issue('REMOVED_DECIMAL_SUFFIX', msg('nik.decimal', { suffix: quote(suffix) }));
const separatorsChange = (): NikIssue => issue('REMOVED_SEPARATORS', msg('nik.separators'));
const numericCellChange = (): NikIssue => issue('NUMERIC_CELL', msg('nik.numericCell'));
const fromScientificChange = (shown: string, nik: string): NikIssue => issue('FROM_SCIENTIFIC', msg('nik.fromScientific', { shown: quote(shown), nik }));

// ---- failures --------------------------------------------------------------

const emptyFailure = (): NikIssue => issue('EMPTY', msg('nik.empty'));
const notTextFailure = (kind: string): NikIssue => issue('NOT_TEXT', msg('nik.notText', { kind }));
const notIntegerFailure = (shown: string): NikIssue => issue('NOT_INTEGER', msg('nik.notInteger', { shown: quote(shown) }));

const scientificFailure = (shown: string, known: string, totalDigits: number): NikIssue => {
  const lost = Math.max(totalDigits - known.length, 0);
  return issue('SCIENTIFIC_NOTATION', msg('nik.scientific', { shown: quote(shown), count: known.length, known: known || '-', lost }));
};

const unsafeNumberFailure = (shown: string): NikIssue => issue('UNSAFE_NUMBER', msg('nik.unsafeNumber', { shown: quote(shown) }));
/**
 * A number cell's NIK ending in 0: its 16th digit is lost (Excel keeps 15). Zeros reaching the
 * birth month (digits 9-10, never 00) say more went: the cell held only what was shown.
 */
const excelPrecisionFailure = (digits: string): NikIssue => {
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  if (zeros >= 7) return issue('EXCEL_PRECISION_LOST', msg('nik.excelDigitsLost', { digits: quote(digits), zeros, kept: digits.length - zeros }));
  return issue('EXCEL_PRECISION_LOST', msg('nik.excelPrecision', { digits: quote(digits) }));
};

const notDigitsFailure = (ch: string): NikIssue => {
  const cp = ch.codePointAt(0) ?? 0;
  return issue('NOT_DIGITS', msg('nik.notDigits', { char: quote(ch), codePoint: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` }));
};

const wrongLengthFailure = (length: number): NikIssue => issue('WRONG_LENGTH', msg(length < NIK_LENGTH ? 'nik.tooShort' : 'nik.tooLong', { length }));

// ---- repair ----------------------------------------------------------------

function result(changes: NikIssue[], text: string): NikRepairResult {
  return {
    outcome: changes.length === 0 ? 'clean' : 'repaired',
    text,
    changes,
    needsConfirmation: changes.some((c) => !SILENT_CHANGES.has(c.code as NikRepairChangeCode)),
    reason: null,
    knownDigits: null,
  };
}

function failure(changes: NikIssue[], reason: NikIssue, knownDigits: string | null = null): NikRepairResult {
  return { outcome: 'unrepairable', text: null, changes, needsConfirmation: false, reason, knownDigits };
}

function scientific(text: string, changes: NikIssue[]): NikRepairResult | null {
  const m = SCIENTIFIC.exec(text);
  if (!m) return null;
  const intPart = m[1] ?? '';
  const fracPart = m[2] ?? '';
  if (intPart === '' && fracPart === '') return null;
  const exponent = Number(m[3]);
  const all = intPart + fracPart;
  const digits = all.replace(/^0+/, '');
  const stripped = all.length - digits.length;
  const totalDigits = Math.max(intPart.length + exponent - stripped, 0);
  const known = digits.slice(0, Math.min(digits.length, totalDigits));
  // All 16 digits written out ("5.101011506920004E+15", as programs print a float): nothing was
  // lost (Excel writes at most 15), so it is read, to be checked like a number cell's.
  // Only where a float holds every 16-digit number (NIKs of 91-97, Papua, exceed 2^53) and not negative.
  const exact = known.length === NIK_LENGTH && totalDigits === NIK_LENGTH && digits.length === NIK_LENGTH && !text.startsWith('-') && BigInt(known) <= BigInt(Number.MAX_SAFE_INTEGER);
  if (exact) return result([...changes, fromScientificChange(text, known)], known);
  return failure(changes, scientificFailure(text, known, totalDigits), known);
}

function repairText(original: string, numeric: boolean): NikRepairResult {
  if (!numeric && CLEAN_NIK.test(original)) return result([], original);
  const changes: NikIssue[] = [];
  let s = original.replace(OUTER_JUNK, '');
  let trimmed = s !== original;
  if (s.startsWith("'")) {
    s = s.slice(1);
    changes.push(apostropheChange());
    const again = s.replace(OUTER_JUNK, '');
    trimmed ||= again !== s;
    s = again;
  }
  if (trimmed) changes.unshift(trimmedChange());
  if (s === '') return failure(changes, emptyFailure());

  const sci = scientific(s, changes);
  if (sci) return sci;

  // "5103124506850001.0" / "…,00": only when the decimal mark appears nowhere else,
  // so "5103.1245.0685.0000" stays a dotted NIK.
  const dec = DECIMAL_SUFFIX.exec(s);
  if (dec && dec[1] !== undefined && dec[2] !== undefined && !dec[1].includes(dec[2])) {
    changes.push(decimalChange(dec[2] + (dec[3] ?? '')));
    s = dec[1];
  }

  if (GROUPED_DIGITS.test(s)) {
    s = s.replace(SEPARATORS, '');
    changes.push(separatorsChange());
  }

  if (!ALL_DIGITS.test(s)) {
    const bad = Array.from(s).find((ch) => ch < '0' || ch > '9') ?? s;
    return failure(changes, notDigitsFailure(bad));
  }
  if (s.length !== NIK_LENGTH) return failure(changes, wrongLengthFailure(s.length));

  if (numeric) {
    if (s.endsWith('0')) return failure(changes, excelPrecisionFailure(s));
    changes.push(numericCellChange());
  }
  return result(changes, s);
}

/**
 * Turn a raw spreadsheet cell into 16 NIK digits, or explain why that cannot be done safely.
 * Checks only the shape (16 digits); the content is checked by analyzeNik.
 * @param fromNumericCell the cell was numeric in the sheet (JS numbers and bigints always are).
 */
export function repairNikCell(raw: unknown, fromNumericCell = false): NikRepairResult {
  if (raw === null || raw === undefined) return failure([], emptyFailure());
  if (typeof raw === 'string') return repairText(raw, fromNumericCell === true);
  if (typeof raw === 'bigint') return repairText(raw.toString(), true);
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw)) return failure([], notIntegerFailure(String(raw)));
    if (Math.abs(raw) > Number.MAX_SAFE_INTEGER) return failure([], unsafeNumberFailure(BigInt(raw).toString()));
    return repairText(BigInt(raw).toString(), true);
  }
  return failure([], notTextFailure(kindOf(raw)));
}
