// One error type for everything that can go wrong reading an imported file, in Indonesian and
// English, naming the file (base name only), sheet, row and column where known, and what to do.
import { win32 } from 'node:path';
import { AppError } from '../../app-error.ts';
import { formatBytes, formatLimit, formatNumber } from './limits.ts';

export const IMPORT_READ_ERROR_CODES = [
  'FILE_NOT_FOUND',
  'FILE_TOO_LARGE',
  'EMPTY_FILE',
  'UNSUPPORTED_FORMAT',
  'CORRUPT_FILE',
  'ENCRYPTED',
  'ZIP_BOMB',
  'SUSPICIOUS_FILE',
  'ENCODING',
  'SHEET_NOT_FOUND',
  'TOO_MANY_ROWS',
  'TOO_MANY_COLUMNS',
  'CELL_TOO_LONG',
  'TIME_LIMIT',
  'MEMORY_LIMIT',
  'CANCELLED',
  'INTERNAL',
] as const;

export type ImportReadErrorCode = (typeof IMPORT_READ_ERROR_CODES)[number];

export interface Bilingual {
  id: string;
  en: string;
}

export interface ReadErrorWhere {
  /** Base name of the file, never a full path. */
  file: string;
  sheet?: string;
  /** 1-based row as the user sees it in Excel. */
  row?: number;
  /** 1-based column (1 = A). */
  column?: number;
}

/** The plain form that crosses the worker boundary (and can be logged or sent to the renderer). */
export interface ImportReadErrorData {
  code: ImportReadErrorCode;
  /** The whole message: where, what, and how to fix it. */
  message: Bilingual;
  /** What went wrong, alone. */
  problem: Bilingual;
  /** How to fix it, alone (also part of `message`). */
  fix: Bilingual;
  where: ReadErrorWhere;
  /** Technical detail in English for logs (never shown as the main message). */
  detail?: string;
}

/**
 * `message` (the Error's own string) is the Indonesian text, as with AppError; the bilingual
 * pair is `text`, and `toData()` gives `{ code, message: { id, en }, problem, fix, where, detail }`.
 */
export class ImportReadError extends Error {
  override name = 'ImportReadError';
  readonly code: ImportReadErrorCode;
  /** The whole message (where, what, how to fix), in both languages. */
  readonly text: Bilingual;
  readonly problem: Bilingual;
  readonly fix: Bilingual;
  readonly where: ReadErrorWhere;
  readonly detail: string | undefined;

  constructor(code: ImportReadErrorCode, where: ReadErrorWhere, problem: Bilingual, fix: Bilingual, detail?: string) {
    const w = cleanWhere(where);
    const loc = locationText(w);
    const text = {
      id: joinSentences(`${loc.id}: ${problem.id}`, fix.id),
      en: joinSentences(`${loc.en}: ${problem.en}`, fix.en),
    };
    super(text.id);
    this.code = code;
    this.text = text;
    this.problem = { id: problem.id, en: problem.en };
    this.fix = { id: fix.id, en: fix.en };
    this.where = w;
    this.detail = detail;
  }

  /** The same error at a more precise place (e.g. a CSV decoding error once the row is known). */
  at(where: Partial<ReadErrorWhere>): ImportReadError {
    return new ImportReadError(this.code, { ...this.where, ...dropUndefined(where) }, this.problem, this.fix, this.detail);
  }

  /** The plain form (for the worker boundary, logs, IPC); `fromData` turns it back into an error. */
  toData(): ImportReadErrorData {
    const data: ImportReadErrorData = {
      code: this.code,
      message: { ...this.text },
      problem: { ...this.problem },
      fix: { ...this.fix },
      where: { ...this.where },
    };
    if (this.detail !== undefined) data.detail = this.detail;
    return data;
  }

  static fromData(data: ImportReadErrorData): ImportReadError {
    const code: ImportReadErrorCode = (IMPORT_READ_ERROR_CODES as readonly string[]).includes(data.code) ? data.code : 'INTERNAL';
    return new ImportReadError(code, data.where, data.problem, data.fix, data.detail);
  }

  /** For the router: limits become INPUT_TOO_LARGE, INTERNAL stays INTERNAL, the rest INVALID_INPUT. */
  toAppError(): AppError {
    const tooLarge: ImportReadErrorCode[] = [
      'FILE_TOO_LARGE',
      'ZIP_BOMB',
      'TOO_MANY_ROWS',
      'TOO_MANY_COLUMNS',
      'CELL_TOO_LONG',
      'TIME_LIMIT',
      'MEMORY_LIMIT',
    ];
    const apiCode = this.code === 'INTERNAL' ? 'INTERNAL' : tooLarge.includes(this.code) ? 'INPUT_TOO_LARGE' : 'INVALID_INPUT';
    return new AppError(apiCode, this.text, { importReadError: this.toData() });
  }
}

export function isImportReadError(e: unknown): e is ImportReadError {
  return e instanceof ImportReadError;
}

/** Base name of a path written with either separator. */
export function baseName(file: string): string {
  return win32.basename(file);
}

/** Column number (1 = A) to letters. */
export function columnLetter(column: number): string {
  let n = Math.floor(column);
  if (!(n >= 1)) return '?';
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function cleanWhere(where: ReadErrorWhere): ReadErrorWhere {
  const w: ReadErrorWhere = { file: baseName(where.file) };
  if (where.sheet !== undefined) w.sheet = where.sheet;
  if (where.row !== undefined && Number.isFinite(where.row)) w.row = where.row;
  if (where.column !== undefined && Number.isFinite(where.column)) w.column = where.column;
  return w;
}

function dropUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function locationText(w: ReadErrorWhere): Bilingual {
  const id = [`Berkas "${w.file}"`];
  const en = [`File "${w.file}"`];
  if (w.sheet !== undefined) {
    id.push(`lembar "${w.sheet}"`);
    en.push(`sheet "${w.sheet}"`);
  }
  if (w.row !== undefined) {
    id.push(`baris ${formatNumber(w.row, 'id')}`);
    en.push(`row ${formatNumber(w.row, 'en')}`);
  }
  if (w.column !== undefined) {
    id.push(`kolom ${columnLetter(w.column)}`);
    en.push(`column ${columnLetter(w.column)}`);
  }
  return { id: id.join(', '), en: en.join(', ') };
}

function joinSentences(a: string, b: string): string {
  return b ? `${a} ${b}` : a;
}

// ---------------------------------------------------------------------------------------------
// The catalogue: one factory per situation, so every message is written once.

const RESAVE: Bilingual = {
  id: 'Buka berkas di Excel lalu simpan ulang sebagai .xlsx atau .csv (File > Simpan Sebagai).',
  en: 'Open the file in Excel and save it again as .xlsx or .csv (File > Save As).',
};
const SPLIT: Bilingual = {
  id: 'Pecah data menjadi beberapa berkas yang lebih kecil lalu impor satu per satu.',
  en: 'Split the data into several smaller files and import them one by one.',
};

export const readErrors = {
  fileNotFound(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError(
      'FILE_NOT_FOUND',
      where,
      { id: 'berkas tidak dapat dibuka.', en: 'the file cannot be opened.' },
      {
        id: 'Periksa bahwa berkas masih ada dan tidak sedang dibuka program lain, lalu coba lagi.',
        en: 'Check that the file still exists and is not open in another program, then try again.',
      },
      detail,
    );
  },
  fileTooLarge(where: ReadErrorWhere, bytes: number, limit: number) {
    return new ImportReadError(
      'FILE_TOO_LARGE',
      where,
      {
        id: `ukuran berkas ${formatBytes(bytes, 'id')} melebihi batas ${formatBytes(limit, 'id')}.`,
        en: `the file is ${formatBytes(bytes, 'en')}, over the limit of ${formatBytes(limit, 'en')}.`,
      },
      SPLIT,
    );
  },
  emptyFile(where: ReadErrorWhere, what: 'file' | 'sheet' = 'file') {
    return new ImportReadError(
      'EMPTY_FILE',
      where,
      what === 'file'
        ? { id: 'berkas kosong (0 bita).', en: 'the file is empty (0 bytes).' }
        : { id: 'tidak ada data sama sekali.', en: 'there is no data at all.' },
      {
        id: 'Periksa bahwa berkas yang dipilih benar dan pengirim menyimpan datanya sebelum mengirim.',
        en: 'Check that the right file was chosen and that the sender saved the data before sending it.',
      },
    );
  },
  unsupportedFormat(where: ReadErrorWhere, kind: Bilingual, detail?: string) {
    return new ImportReadError(
      'UNSUPPORTED_FORMAT',
      where,
      {
        id: `berkas ini ${kind.id}, bukan lembar kerja yang dapat dibaca (yang didukung: .xlsx, .xls, .ods, .csv).`,
        en: `this file is ${kind.en}, not a spreadsheet that can be read (supported: .xlsx, .xls, .ods, .csv).`,
      },
      {
        id: 'Simpan ulang sebagai .xlsx atau .csv (di Excel: File > Simpan Sebagai), atau minta pengirim mengirim berkas Excel yang benar.',
        en: 'Save it again as .xlsx or .csv (in Excel: File > Save As), or ask the sender for the real Excel file.',
      },
      detail,
    );
  },
  appleNumbers(where: ReadErrorWhere) {
    return new ImportReadError(
      'UNSUPPORTED_FORMAT',
      where,
      {
        id: 'ini berkas Apple Numbers: ekspor dulu ke Excel (.xlsx), karena format Numbers tidak dapat dibaca di sini.',
        en: 'this is an Apple Numbers file: export it to Excel (.xlsx) first, as the Numbers format cannot be read here.',
      },
      {
        id: 'Di Numbers pilih File > Ekspor Ke > Excel…, lalu impor berkas .xlsx hasilnya (atau minta pengirim mengirim berkas .xlsx).',
        en: 'In Numbers choose File > Export To > Excel…, then import the .xlsx it writes (or ask the sender for the .xlsx file).',
      },
    );
  },
  corrupt(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError(
      'CORRUPT_FILE',
      where,
      { id: 'berkas rusak atau terpotong.', en: 'the file is damaged or truncated.' },
      {
        id: 'Minta pengirim mengirim ulang berkasnya; bila berkas dapat dibuka di Excel, simpan ulang sebagai .xlsx atau .csv.',
        en: 'Ask the sender to send the file again; if Excel can open it, save it again as .xlsx or .csv.',
      },
      detail,
    );
  },
  encrypted(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError(
      'ENCRYPTED',
      where,
      { id: 'berkas dilindungi kata sandi.', en: 'the file is password-protected.' },
      {
        id: 'Buka di Excel dengan kata sandinya, hapus kata sandi (File > Info > Lindungi Buku Kerja), lalu simpan ulang.',
        en: 'Open it in Excel with its password, remove the password (File > Info > Protect Workbook), then save it again.',
      },
      detail,
    );
  },
  zipBomb(where: ReadErrorWhere, why: Bilingual, detail?: string) {
    return new ImportReadError(
      'ZIP_BOMB',
      where,
      {
        id: `isi berkas yang dipadatkan jauh lebih besar dari wajar (${why.id}); berkas ditolak demi keamanan.`,
        en: `the compressed content is far larger than normal (${why.en}); the file is refused for safety.`,
      },
      {
        id: `${RESAVE.id} Bila tetap ditolak, pecah datanya menjadi beberapa berkas.`,
        en: `${RESAVE.en} If it is still refused, split the data into several files.`,
      },
      detail,
    );
  },
  suspicious(where: ReadErrorWhere, why: Bilingual, detail?: string) {
    return new ImportReadError(
      'SUSPICIOUS_FILE',
      where,
      { id: `struktur berkas tidak wajar (${why.id}).`, en: `the file's structure is abnormal (${why.en}).` },
      {
        id: 'Berkas ini tidak dibuat oleh Excel biasa; minta pengirim mengekspor ulang datanya dari Excel.',
        en: 'This file was not made by ordinary Excel; ask the sender to export the data again from Excel.',
      },
      detail,
    );
  },
  encoding(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError(
      'ENCODING',
      where,
      {
        id: 'pengodean huruf (encoding) teks tidak konsisten atau tidak dikenali.',
        en: 'the text encoding is inconsistent or not recognised.',
      },
      {
        id: 'Buka di Excel lalu simpan ulang sebagai "CSV UTF-8 (dipisahkan koma)" atau sebagai .xlsx.',
        en: 'Open it in Excel and save it again as "CSV UTF-8 (Comma delimited)" or as .xlsx.',
      },
      detail,
    );
  },
  sheetNotFound(where: ReadErrorWhere, wanted: string | number, available: string[]) {
    const list = available.map((s) => `"${s}"`).join(', ') || '-';
    const w = typeof wanted === 'number' ? { id: `ke-${wanted + 1}`, en: `number ${wanted + 1}` } : { id: `"${wanted}"`, en: `"${wanted}"` };
    return new ImportReadError(
      'SHEET_NOT_FOUND',
      where,
      { id: `lembar ${w.id} tidak ada. Lembar yang ada: ${list}.`, en: `sheet ${w.en} does not exist. Sheets present: ${list}.` },
      { id: 'Pilih salah satu lembar yang ada.', en: 'Choose one of the sheets present.' },
    );
  },
  csvHasNoSheets(where: ReadErrorWhere, wanted: string | number) {
    const w = typeof wanted === 'number' ? { id: `ke-${wanted + 1}`, en: `number ${wanted + 1}` } : { id: `"${wanted}"`, en: `"${wanted}"` };
    return new ImportReadError(
      'SHEET_NOT_FOUND',
      where,
      { id: `berkas CSV tidak punya lembar (sheet), jadi lembar ${w.id} tidak ada.`, en: `a CSV file has no sheets, so there is no sheet ${w.en}.` },
      { id: 'Jangan pilih lembar untuk berkas CSV (tanpa --sheet di baris perintah).', en: 'Do not choose a sheet for a CSV file (no --sheet on the command line).' },
    );
  },
  tooManyRows(where: ReadErrorWhere, limit: number) {
    return new ImportReadError(
      'TOO_MANY_ROWS',
      where,
      {
        id: `jumlah baris melebihi batas ${formatLimit('maxRows', limit, 'id')} baris.`,
        en: `the number of rows exceeds the limit of ${formatLimit('maxRows', limit, 'en')}.`,
      },
      SPLIT,
    );
  },
  tooManyColumns(where: ReadErrorWhere, limit: number) {
    return new ImportReadError(
      'TOO_MANY_COLUMNS',
      where,
      {
        id: `ada isi di luar batas ${formatLimit('maxColumns', limit, 'id')} kolom.`,
        en: `there is a value beyond the limit of ${formatLimit('maxColumns', limit, 'en')} columns.`,
      },
      {
        id: 'Hapus kolom yang tidak diperlukan (termasuk isi yang tersembunyi di kolom paling kanan), lalu simpan ulang.',
        en: 'Delete the columns that are not needed (including stray content far to the right), then save again.',
      },
    );
  },
  cellTooLong(where: ReadErrorWhere, limit: number, csv: boolean) {
    return new ImportReadError(
      'CELL_TOO_LONG',
      where,
      {
        id: `isi sel lebih dari ${formatLimit('maxCellLength', limit, 'id')} karakter.`,
        en: `a cell holds more than ${formatLimit('maxCellLength', limit, 'en')} characters.`,
      },
      csv
        ? {
            id: 'Pada CSV ini biasanya tanda kutip (") yang dibuka tetapi tidak ditutup; periksa baris tersebut di editor teks.',
            en: 'In a CSV this is usually a quote (") opened and never closed; check that row in a text editor.',
          }
        : { id: 'Periksa dan perpendek isi sel tersebut.', en: 'Check that cell and shorten its content.' },
    );
  },
  timeLimit(where: ReadErrorWhere, limitMs: number) {
    return new ImportReadError(
      'TIME_LIMIT',
      where,
      {
        id: `pembacaan berkas melebihi batas waktu ${formatLimit('maxTimeMs', limitMs, 'id')}.`,
        en: `reading the file took longer than the limit of ${formatLimit('maxTimeMs', limitMs, 'en')}.`,
      },
      {
        id: 'Simpan berkas sebagai .csv (lebih cepat dibaca) atau pecah datanya menjadi beberapa berkas.',
        en: 'Save the file as .csv (faster to read) or split the data into several files.',
      },
    );
  },
  memoryLimit(where: ReadErrorWhere, limitMb: number | undefined, detail?: string) {
    return new ImportReadError(
      'MEMORY_LIMIT',
      where,
      limitMb === undefined
        ? { id: 'membaca berkas ini membutuhkan memori melebihi batas.', en: 'reading this file needs more memory than allowed.' }
        : {
            id: `membaca berkas ini membutuhkan memori lebih dari batas ${formatLimit('maxWorkerHeapMb', limitMb, 'id')}.`,
            en: `reading this file needs more memory than the limit of ${formatLimit('maxWorkerHeapMb', limitMb, 'en')}.`,
          },
      {
        id: 'Simpan berkas sebagai .csv atau .xlsx (bukan .xls) atau pecah datanya menjadi beberapa berkas.',
        en: 'Save the file as .csv or .xlsx (not .xls) or split the data into several files.',
      },
      detail,
    );
  },
  cancelled(where: ReadErrorWhere) {
    return new ImportReadError('CANCELLED', where, { id: 'pembacaan dibatalkan.', en: 'reading was cancelled.' }, { id: '', en: '' });
  },
  internal(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError(
      'INTERNAL',
      where,
      { id: 'terjadi kesalahan tak terduga saat membaca berkas.', en: 'an unexpected error occurred while reading the file.' },
      {
        id: 'Coba lagi; bila berulang, laporkan ke pengelola aplikasi beserta berkasnya.',
        en: 'Try again; if it happens again, report it to the application administrator with the file.',
      },
      detail,
    );
  },
};

/** A RangeError V8 throws when a string or buffer cannot grow: the file needs more memory than there is. */
export function isOutOfMemory(e: unknown): boolean {
  return e instanceof RangeError && /invalid string length|allocation failed|invalid array length|out of memory/i.test(e.message);
}

/** Technical text of any thrown value, for `detail`. */
export function describeCause(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`.slice(0, 500);
  return String(e).slice(0, 500);
}
