import type { LocalizedText } from '../../api/localized-text.ts';
import type { CellValue } from '../read/types.ts';

// Turning one spreadsheet cell into a typed value, with a message that says what was
// wrong and how to fix it. Shared by every register's import.

export type CellResult<T> = { ok: true; value: T; note?: LocalizedText } | { ok: false; message: LocalizedText };

const ok = <T>(value: T, note?: LocalizedText): CellResult<T> => (note ? { ok: true, value, note } : { ok: true, value });
const fail = (id: string, en: string): CellResult<never> => ({ ok: false, message: { id, en } });

/** The cell's own value: a formula gives its cached result (never evaluated). */
export function plain(cell: CellValue | undefined): string | number | boolean | null | { date: string } {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'object' && 'formula' in cell) return cell.result;
  if (typeof cell === 'object' && 'error' in cell) return null;
  return cell;
}

/** The cell's own value as text: a date cell gives its ISO date, not "[object Object]". */
const plainText = (cell: CellValue | undefined): string => {
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

export function text(cell: CellValue | undefined, max = 500): CellResult<string> {
  const v = plain(cell);
  if (v === null) return ok('');
  // A date cell into a text field is kept as its date text, tidied like any other text.
  const s = (typeof v === 'object' ? v.date : String(v)).replace(/\s+/g, ' ').trim();
  if (s.length > max) return fail(`Terlalu panjang (${s.length} karakter, paling banyak ${max}).`, `Too long (${s.length} characters, at most ${max}).`);
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
      return fail(`${label} tersimpan sebagai angka dan digitnya hilang. Format kolom ${label} sebagai Teks di Excel, ketik ulang, lalu impor lagi.`, `${label} was stored as a number and lost digits. Format the ${label} column as Text in Excel, retype it and import again.`);
    }
    const digits = String(v);
    if (digits.length > 15) {
      return fail(`${label} ${digits} berasal dari sel angka dengan lebih dari 15 digit: Excel mungkin sudah mengubah digit terakhir. Format kolom sebagai Teks dan ketik ulang.`, `${label} ${digits} comes from a number cell with more than 15 digits: Excel may have changed the last digit. Format the column as Text and retype it.`);
    }
    return ok(digits); // exact: a number cell that kept every digit is not a correction
  }
  if (typeof v === 'object' || typeof v === 'boolean') return fail(`${label} bukan teks atau angka.`, `${label} is not text or a number.`);
  const s = v.trim().replace(/^'/, '');
  if (/^\d(?:[.,]\d+)?E\+?\d+$/i.test(s)) {
    return fail(`${label} "${s}" ditulis Excel dalam notasi ilmiah; digitnya hilang. Format kolom sebagai Teks dan ketik ulang.`, `${label} "${s}" is in Excel's scientific notation; digits were lost. Format the column as Text and retype it.`);
  }
  // "9120000000001.0": a number that went through text; formatted numbers keep their dots.
  return ok(/^\d+\.0+$/.test(s) ? s.replace(/\.0+$/, '') : s);
}

const months: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, mei: 5, may: 5, jun: 6, jul: 7, agu: 8, agt: 8, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, des: 12, dec: 12 };
const iso = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date.toISOString().slice(0, 10) : null;
};

/** A date from a date cell, an Excel serial number, "31/12/2024", "31-12-2024", "2024-12-31" or "31 Des 2024". */
export function date(cell: CellValue | undefined): CellResult<string | null> {
  const v = plain(cell);
  if (v === null || v === '') return ok(null);
  if (typeof v === 'object') {
    return /^\d{4}-\d{2}-\d{2}/.test(v.date) ? ok(v.date.slice(0, 10)) : fail(`"${v.date}" bukan tanggal yang dikenali. Tulis sebagai 31/12/2024 (hari/bulan/tahun).`, `"${v.date}" is not a recognised date. Write it as 31/12/2024 (day/month/year).`);
  }
  if (typeof v === 'number') {
    if (v > 20000 && v < 80000) return ok(new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000).toISOString().slice(0, 10));
    return fail(`Angka ${v} bukan tanggal.`, `The number ${v} is not a date.`);
  }
  const s = String(v).trim().toLowerCase();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let result: string | null = null;
  if (m) result = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  else if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) result = iso(Number(m[3]), Number(m[2]), Number(m[1]));
  else if ((m = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})$/.exec(s)) && months[m[2] ?? '']) result = iso(Number(m[3]), months[m[2] ?? '']!, Number(m[1]));
  return result ? ok(result) : fail(`"${String(v)}" bukan tanggal yang dikenali. Tulis sebagai 31/12/2024 (hari/bulan/tahun).`, `"${String(v)}" is not a recognised date. Write it as 31/12/2024 (day/month/year).`);
}

/** A whole number from 0 to `max` (counts of workers); "1.234" is read as one thousand two hundred thirty-four. */
export function count(cell: CellValue | undefined, max: number): CellResult<number> {
  const v = plain(cell);
  if (v === null || v === '') return ok(0);
  const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim().replace(/\.(?=\d{3}\b)/g, '')) : Number.NaN;
  if (!Number.isInteger(n) || n < 0) return fail(`"${plainText(cell)}" harus bilangan bulat 0 atau lebih.`, `"${plainText(cell)}" must be a whole number, 0 or more.`);
  if (n > max) return fail(`"${plainText(cell)}" terlalu besar (paling banyak ${max.toLocaleString('id-ID')}). Periksa angkanya.`, `"${plainText(cell)}" is too large (at most ${max.toLocaleString('en')}). Check the number.`);
  return ok(n);
}

/** One of a set of values, recognised through folded synonyms. */
/** A choice's text as looked up: lower case, no accents, anything but letters and digits one space ("Sdh. Daftar" -> "sdh daftar"). */
export const choiceKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function choice<T extends string>(cell: CellValue | undefined, synonyms: Record<string, T>, allowed: string): CellResult<T | null> {
  const v = plainText(cell);
  if (v === '') return ok(null);
  const found = synonyms[choiceKey(v)];
  return found ? ok(found) : fail(`"${v}" tidak dikenali. Pilih salah satu: ${allowed}.`, `"${v}" is not recognised. Use one of: ${allowed}.`);
}

/** A comma/semicolon separated list ("JKK, JKM; JHT"). */
export const list = (cell: CellValue | undefined): string[] =>
  plainText(cell)
    .split(/[,;/]+/)
    .map((s) => s.trim())
    .filter(Boolean);
