import type { Message, MessageParam } from '../../api/messages/message.ts';
import type { MessageKey } from '../../api/messages/catalogue.ts';
import { msg } from '../../messages.ts';
import { dayMonthYear, dayProblem, daysInMonth } from '../../api/calendar-day.ts';
import type { CellValue } from '../read/types.ts';

// Turning one spreadsheet cell into a typed value, with a message that says what was
// wrong and how to fix it. Shared by every register's import.

export type CellResult<T> = { ok: true; value: T; note?: Message } | { ok: false; message: Message };

const ok = <T>(value: T, note?: Message): CellResult<T> => (note ? { ok: true, value, note } : { ok: true, value });
/** A refusal; the cell's own text (`value`) is quoted short (quotedText). */
const fail = (key: MessageKey, params: Record<string, MessageParam>): CellResult<never> => ({
  ok: false,
  message: msg(key, typeof params.value === 'string' ? { ...params, value: quotedText(params.value) } : params),
});

/** The cell's own value: a formula gives its cached result (never evaluated). */
export function plain(cell: CellValue | undefined): string | number | boolean | null | { date: string } {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object' && 'formula' in cell) return cell.result;
  if (typeof cell === 'object' && 'error' in cell) return null;
  return cell;
}

/** The cell's own value as text: a date cell gives its ISO date, not "[object Object]". */
export const plainText = (cell: CellValue | undefined): string => {
  const v = plain(cell);
  return v === null ? '' : typeof v === 'object' ? v.date : String(v);
};

export const isBlank = (cell: CellValue | undefined) => {
  const v = plain(cell);
  return v === null || (typeof v === 'string' && v.trim() === '');
};

/** How the cell is shown back to the user in a message or the error file. */
export function displayCell(cell: CellValue | undefined): string {
  if (cell === undefined || cell === null) return '';
  if (typeof cell === 'object' && 'formula' in cell) return `=${cell.formula}`;
  if (typeof cell === 'object' && 'error' in cell) return cell.error;
  if (typeof cell === 'object' && 'date' in cell) return cell.date;
  return String(cell);
}

/** Characters of a cell's text a message quotes; a longer text is cut there and ends in "…". */
export const quotedLength = 60;

/**
 * A cell's text as a message or a row's problem quotes it: whole up to 60 characters, else its
 * first 60 and "…" (walk 36: a 31,199-character Keterangan was quoted whole, the result row
 * 10,000 px tall and the CLI's line 31,000 characters). The error file keeps the whole value.
 */
export function quotedText(text: string): string {
  if (text.length <= quotedLength) return text;
  // Cut between characters, never inside a surrogate pair (an emoji).
  const cut = Array.from(text.slice(0, quotedLength + 1)).slice(0, quotedLength).join('').trimEnd();
  return `${cut}…`;
}

/** A cell as a message quotes it (displayCell, shortened by quotedText). */
export function quotedCell(cell: CellValue | undefined): string {
  return quotedText(displayCell(cell));
}

/** The parameters messages quote a cell's own text by (`"{{value}}" bukan tanggal…`). */
const cellParams = new Set(['value', 'raw', 'text', 'input']);

/**
 * A row's message with the cell texts it quotes shortened (quotedText), in its nested messages
 * too: the one place a row's problem passes whichever register made it. Other parameters (a
 * list of choices, a label) stay whole.
 */
export function quotedParams(message: Message): Message {
  if (!message.params) return message;
  let changed = false;
  const params: Record<string, MessageParam> = {};
  for (const [name, value] of Object.entries(message.params)) {
    const quoted = typeof value === 'string' ? (cellParams.has(name) ? quotedText(value) : value) : typeof value === 'object' && 'key' in value ? quotedParams(value) : value;
    if (quoted !== value) changed = true;
    params[name] = quoted;
  }
  return changed ? { ...message, params } : message;
}

/**
 * A cell as the mapping screen's preview shows it, as the clerk sees it in Excel: a formula's
 * value (what is imported), not its text; a date day first ("25/06/1995"), with its time only
 * when it has one (walk 34: the preview showed "=PROPER(…)" and "1995-06-25").
 */
export function previewCell(cell: CellValue | undefined): string {
  if (cell !== null && typeof cell === 'object' && 'formula' in cell) return cell.result === null ? displayCell(cell) : String(cell.result);
  if (cell !== null && typeof cell === 'object' && 'date' in cell) {
    const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?)?/.exec(cell.date);
    if (!m) return cell.date;
    const day = `${m[3]}/${m[2]}/${m[1]}`;
    return m[4] && !(m[4] === '00:00' && (m[5] ?? '00') === '00') ? `${day} ${m[4]}` : day;
  }
  return displayCell(cell);
}

const untidySpace = /[^\S ]| {2}/;

export function text(cell: CellValue | undefined, max = 500): CellResult<string> {
  const v = plain(cell);
  if (v === null) return ok('');
  // A date cell into a text field is kept as its date text, tidied like any other text.
  const raw = typeof v === 'object' ? v.date : String(v);
  // Most cells hold no run of spaces nor other white space: only those are rewritten.
  const s = (untidySpace.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
  if (s.length > max) return fail('imports.cells.tooLong', { length: s.length, max });
  return ok(s);
}

/**
 * An identity number (NIB, NPWP, NPP) that must stay text. A number cell is accepted when it
 * is exact; Excel's scientific notation or more than 15 significant digits mean digits were lost.
 */
export function identity(cell: CellValue | undefined, label: string): CellResult<string> {
  const v = plain(cell);
  if (v === null) return ok('');
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) {
      return fail('imports.cells.identityLostDigits', { label });
    }
    const digits = String(v);
    if (digits.length > 15) {
      return fail('imports.cells.identityOver15', { label, digits });
    }
    // A long number ending in zeros may be one a spreadsheet rounded (typed or shown as 9,12E+12,
    // the CSV kept 12 digits): taken as it is, said so to check (walk 31: a NIB's last digit lost, unsaid).
    if (digits.length >= 12 && /0$/.test(digits)) return ok(digits, msg('imports.cells.identityNumberRounded', { label, digits }));
    return ok(digits); // exact: a number cell that kept every digit is not a correction
  }
  if (typeof v === 'object' || typeof v === 'boolean') return fail('imports.cells.identityNotText', { label });
  const s = v.trim().replace(/^'/, '');
  if (/^\d(?:[.,]\d+)?E\+?\d+$/i.test(s)) {
    return fail('imports.cells.identityScientific', { label, value: s });
  }
  // "9120000000001.0": a number that went through text; formatted numbers keep their dots.
  return ok(/^\d+\.0+$/.test(s) ? s.replace(/\.0+$/, '') : s);
}

// Older spellings still written in desa documents: "Pebruari", "Nopember".
const months: Record<string, number> = { jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, nop: 11, des: 12, dec: 12 };
/** Excel's reading of a two-digit year typed: 00-29 this century, 30-99 the last. */
const fullYear = (yy: number) => (yy < 30 ? 2000 + yy : 1900 + yy);
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** A real calendar day as YYYY-MM-DD, or null (a year under 100 too). Arithmetic, not a Date: two dates a row, a million rows. */
export const iso = (y: number, m: number, d: number): string | null => {
  if (y < 100 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
};

/** A date from a date cell, an Excel serial number, "31/12/2024", "31-12-2024", "2024-12-31" or "31 Des 2024". */
export function date(cell: CellValue | undefined): CellResult<string | null> {
  const v = plain(cell);
  if (v === null || v === '') return ok(null);
  if (typeof v === 'object') {
    return /^\d{4}-\d{2}-\d{2}/.test(v.date) ? ok(v.date.slice(0, 10)) : fail('imports.cells.notADate', { value: v.date });
  }
  if (typeof v === 'number') {
    if (v > 20000 && v < 80000) return ok(new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10));
    return fail('imports.cells.numberNotADate', { value: String(v) });
  }
  // A time after the day (a database export's "05/07/1990 00:00") says nothing of the day.
  const s = String(v).trim().toLowerCase().replace(/[\st]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/, '');
  // An Excel day number kept as text ("33065"): read as the number cell it was, and said.
  if (/^\d{5}$/.test(s) && Number(s) > 20000 && Number(s) < 80000) {
    const read = new Date(Date.UTC(1899, 11, 30) + Number(s) * 86_400_000).toISOString().slice(0, 10);
    return ok(read, msg('imports.cells.serialAsText', { value: s, day: dayMonthYear(read) }));
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let parts: [number, number, number] | null = null;
  if (m) parts = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) parts = [Number(m[3]), Number(m[2]), Number(m[1])];
  // "31 Des 2024", "5-Jul-1990", "5 Juli 1990"; Excel's "5-Jul-90" with its year of two digits.
  else if ((m = /^(\d{1,2})[\s/.-]+([a-z]{3})[a-z]*\.?[\s/.-]+(\d{4}|\d{2})$/.exec(s)) && months[m[2] ?? '']) {
    const year = m[3]!.length === 2 ? fullYear(Number(m[3])) : Number(m[3]);
    parts = [year, months[m[2] ?? '']!, Number(m[1])];
    const read = m[3]!.length === 2 ? iso(...parts) : null;
    if (read) return ok(read, msg('imports.cells.twoDigitYear', { value: String(v), day: dayMonthYear(read) }));
  } else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})$/.exec(s))) {
    // A year of two digits, as Excel shows dates by default ("26/01/90"): read as Excel reads
    // one typed, and said, since a birth in 1925 reads 2025.
    const read = iso(fullYear(Number(m[3])), Number(m[2]), Number(m[1]));
    if (read) return ok(read, msg('imports.cells.twoDigitYear', { value: String(v), day: dayMonthYear(read) }));
  }
  const result = parts ? iso(...parts) : null;
  if (result) return ok(result);
  // Written the right way but no day of the calendar: say that, not the format again.
  const problem = parts && parts[0] >= 100 ? dayProblem(...parts) : null;
  if (problem?.kind === 'month') return fail('imports.cells.noSuchMonth', { value: String(v), month: problem.month });
  if (problem?.kind === 'day') return fail('imports.cells.noSuchDay', { value: String(v), month: msg(`imports.months.m${problem.month}` as MessageKey), year: problem.year, last: problem.last });
  return fail('imports.cells.notADate', { value: String(v) });
}

/**
 * A birth date as a "tempat/tgl lahir" column writes it, place first: "Negara, 12-03-1988",
 * "Jembrana, 12 Maret 1988" (walk 34: every row of such a list refused). The date after the
 * last comma is read; a cell that is a date alone reads as `date` does.
 */
export function dateAfterPlace(cell: CellValue | undefined): CellResult<string | null> {
  const read = date(cell);
  const v = plain(cell);
  if (read.ok || typeof v !== 'string' || !v.includes(',')) return read;
  const after = date(v.slice(v.lastIndexOf(',') + 1).trim());
  return after.ok && after.value !== null ? after : read;
}

/** A whole number from 0 to `max` (counts of workers); "1.234" is read as one thousand two hundred thirty-four. */
export function count(cell: CellValue | undefined, max: number): CellResult<number> {
  const v = plain(cell);
  if (v === null || v === '') return ok(0);
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim().replace(/\.(?=\d{3}\b)/g, '')) : Number.NaN;
  if (!Number.isInteger(n) || n < 0) return fail('imports.cells.notWhole', { value: plainText(cell) });
  if (n > max) return fail('imports.cells.tooLarge', { value: plainText(cell), max });
  return ok(n);
}

/**
 * Whole rupiah as lists write them: 3500000, "3.500.000", "Rp 3.500.000", "Rp3.500.000,00",
 * "3.500.000,-" (walk 34: "Rp 3.500.000" was refused as not a whole number). Cents are refused.
 */
export function rupiahAmount(cell: CellValue | undefined, max: number): CellResult<number> {
  const v = plain(cell);
  if (typeof v !== 'string') return count(cell, max);
  const bare = v.trim().replace(/^rp\.?\s*/i, '').replace(/,(?:0{1,2}|-)$/, '').replace(/\s+/g, '');
  const read = count(bare, max);
  if (read.ok || read.message.key === 'imports.cells.tooLarge') return read;
  return fail('imports.cells.notRupiah', { value: v.trim() });
}

const choiceKeys = new Map<string, string>();
/** A choice's text as looked up: lower case, no accents, anything but letters and digits one space ("Sdh. Daftar" -> "sdh daftar"). */
export const choiceKey = (text: string): string => {
  let key = choiceKeys.get(text);
  if (key === undefined) {
    key = text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    // A file's choice columns repeat a few words a million times: those are folded once.
    if (choiceKeys.size >= 10_000) choiceKeys.clear();
    choiceKeys.set(text, key);
  }
  return key;
};
/** One of a set of values, recognised through folded synonyms. */

export function choice<T extends string>(cell: CellValue | undefined, synonyms: Record<string, T>, allowed: string): CellResult<T | null> {
  const v = plainText(cell);
  if (v === '') return ok(null);
  const found = synonyms[choiceKey(v)];
  return found ? ok(found) : fail('imports.cells.notAChoice', { value: v, allowed });
}

/** A comma/semicolon separated list ("JKK, JKM; JHT"). */
export const list = (cell: CellValue | undefined): string[] =>
  plainText(cell)
    .split(/[,;/]+/)
    .map((s) => s.trim())
    .filter(Boolean);
