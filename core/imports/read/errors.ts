// One error type for everything that can go wrong reading an imported file, in Indonesian and
// English, naming the file (base name only), sheet, row and column where known, and what to do.
// The words are coded messages (core/api/messages/imports-read.ts); the pairs are rendered from them.
import { win32 } from 'node:path';
import type { LocalizedText } from '../../api/localized-text.ts';
import type { readMessages } from '../../api/messages/imports-read.ts';
import { messageLanguages, type Message, type MessageParam } from '../../api/messages/message.ts';
import { AppError } from '../../app-error.ts';
import { msg, renderBoth } from '../../messages.ts';

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

/** Words in both languages, as the catalogues render them (for logs, files and the CLI). */
export type Bilingual = LocalizedText;

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
  /** The coded messages the words come from (rebuilt on the other side of the worker boundary). */
  said: { problem: Message; fix: Message | null };
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
  /** The whole message, coded: what the renderer looks up in its language. */
  readonly said: Message;
  readonly where: ReadErrorWhere;
  readonly detail: string | undefined;
  readonly #problem: Message;
  readonly #fix: Message | null;

  constructor(code: ImportReadErrorCode, where: ReadErrorWhere, problem: Message, fix: Message | null, detail?: string) {
    const w = cleanWhere(where);
    const said = fix ? msg('read.message', { at: locationMessage(w), problem, fix }) : msg('read.messageAlone', { at: locationMessage(w), problem });
    const text = renderBoth(said);
    super(text.id);
    this.code = code;
    this.text = text;
    this.said = said;
    this.problem = renderBoth(problem);
    this.fix = fix ? renderBoth(fix) : noWords();
    this.#problem = problem;
    this.#fix = fix;
    this.where = w;
    this.detail = detail;
  }

  /** The same error at a more precise place (e.g. a CSV decoding error once the row is known). */
  at(where: Partial<ReadErrorWhere>): ImportReadError {
    return new ImportReadError(this.code, { ...this.where, ...dropUndefined(where) }, this.#problem, this.#fix, this.detail);
  }

  /** The plain form (for the worker boundary, logs, IPC); `fromData` turns it back into an error. */
  toData(): ImportReadErrorData {
    const data: ImportReadErrorData = {
      code: this.code,
      message: { ...this.text },
      problem: { ...this.problem },
      fix: { ...this.fix },
      where: { ...this.where },
      said: { problem: this.#problem, fix: this.#fix },
    };
    if (this.detail !== undefined) data.detail = this.detail;
    return data;
  }

  static fromData(data: ImportReadErrorData): ImportReadError {
    const code: ImportReadErrorCode = (IMPORT_READ_ERROR_CODES as readonly string[]).includes(data.code) ? data.code : 'INTERNAL';
    const said = data.said ?? { problem: msg('read.problems.internal'), fix: null };
    return new ImportReadError(code, data.where, said.problem, said.fix, data.detail);
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
    return new AppError(apiCode, this.said, { importReadError: this.toData() });
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

/** "Berkas "a.xlsx", lembar "Data", baris 12, kolom C", as a message built part by part. */
/** No words (a cancelled read has no fix), in both languages. */
const noWords = (): Bilingual => Object.fromEntries(messageLanguages.map((language) => [language, ''])) as unknown as Bilingual;

function locationMessage(w: ReadErrorWhere): Message {
  let at = msg('read.where.file', { file: w.file });
  if (w.sheet !== undefined) at = msg('read.where.sheet', { at, sheet: w.sheet });
  if (w.row !== undefined) at = msg('read.where.row', { at, row: w.row });
  if (w.column !== undefined) at = msg('read.where.column', { at, column: columnLetter(w.column) });
  return at;
}

// ---------------------------------------------------------------------------------------------
// One factory per situation; the words are in the catalogue (read.problems.*, read.fixes.*).

const problem = (key: keyof typeof readMessages.id.read.problems, params?: Record<string, MessageParam>) =>
  msg(`read.problems.${key}`, params);
const fixOf = (key: keyof typeof readMessages.id.read.fixes) => msg(`read.fixes.${key}`);
const sheetWanted = (wanted: string | number) => (typeof wanted === 'number' ? msg('read.sheetNumber', { n: wanted + 1 }) : msg('read.sheetName', { name: wanted }));

export const readErrors = {
  fileNotFound(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError('FILE_NOT_FOUND', where, problem('fileNotFound'), fixOf('fileNotFound'), detail);
  },
  fileTooLarge(where: ReadErrorWhere, bytes: number, limit: number) {
    return new ImportReadError('FILE_TOO_LARGE', where, problem('fileTooLarge', { bytes, limit }), fixOf('split'));
  },
  emptyFile(where: ReadErrorWhere, what: 'file' | 'sheet' = 'file') {
    return new ImportReadError('EMPTY_FILE', where, problem(what === 'file' ? 'emptyFile' : 'emptySheet'), fixOf('emptyFile'));
  },
  /** `kind` says what the file really is (read.kinds.*). */
  unsupportedFormat(where: ReadErrorWhere, kind: Message, detail?: string) {
    return new ImportReadError('UNSUPPORTED_FORMAT', where, problem('unsupportedFormat', { kind }), fixOf('unsupportedFormat'), detail);
  },
  appleNumbers(where: ReadErrorWhere) {
    return new ImportReadError('UNSUPPORTED_FORMAT', where, problem('appleNumbers'), fixOf('appleNumbers'));
  },
  corrupt(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError('CORRUPT_FILE', where, problem('corrupt'), fixOf('corrupt'), detail);
  },
  encrypted(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError('ENCRYPTED', where, problem('encrypted'), fixOf('encrypted'), detail);
  },
  /** `why` is one of read.why.*. */
  zipBomb(where: ReadErrorWhere, why: Message, detail?: string) {
    return new ImportReadError('ZIP_BOMB', where, problem('zipBomb', { why }), fixOf('zipBomb'), detail);
  },
  suspicious(where: ReadErrorWhere, why: Message, detail?: string) {
    return new ImportReadError('SUSPICIOUS_FILE', where, problem('suspicious', { why }), fixOf('suspicious'), detail);
  },
  encoding(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError('ENCODING', where, problem('encoding'), fixOf('encoding'), detail);
  },
  sheetNotFound(where: ReadErrorWhere, wanted: string | number, available: string[]) {
    const list = available.map((s) => `"${s}"`).join(', ') || '-';
    return new ImportReadError('SHEET_NOT_FOUND', where, problem('sheetNotFound', { sheet: sheetWanted(wanted), list }), fixOf('sheetNotFound'));
  },
  csvHasNoSheets(where: ReadErrorWhere, wanted: string | number) {
    return new ImportReadError('SHEET_NOT_FOUND', where, problem('csvHasNoSheets', { sheet: sheetWanted(wanted) }), fixOf('csvHasNoSheets'));
  },
  tooManyRows(where: ReadErrorWhere, limit: number) {
    return new ImportReadError('TOO_MANY_ROWS', where, problem('tooManyRows', { limit }), fixOf('split'));
  },
  tooManyColumns(where: ReadErrorWhere, limit: number) {
    return new ImportReadError('TOO_MANY_COLUMNS', where, problem('tooManyColumns', { limit }), fixOf('tooManyColumns'));
  },
  cellTooLong(where: ReadErrorWhere, limit: number, csv: boolean) {
    return new ImportReadError('CELL_TOO_LONG', where, problem('cellTooLong', { limit }), fixOf(csv ? 'cellTooLongCsv' : 'cellTooLong'));
  },
  timeLimit(where: ReadErrorWhere, limitMs: number) {
    return new ImportReadError('TIME_LIMIT', where, problem('timeLimit', { limit: limitMs }), fixOf('timeLimit'));
  },
  memoryLimit(where: ReadErrorWhere, limitMb: number | undefined, detail?: string) {
    const what = limitMb === undefined ? problem('memoryLimit') : problem('memoryLimitOf', { limit: limitMb });
    return new ImportReadError('MEMORY_LIMIT', where, what, fixOf('memoryLimit'), detail);
  },
  cancelled(where: ReadErrorWhere) {
    return new ImportReadError('CANCELLED', where, problem('cancelled'), null);
  },
  internal(where: ReadErrorWhere, detail?: string) {
    return new ImportReadError('INTERNAL', where, problem('internal'), fixOf('internal'), detail);
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
