// The file-reading layer of the spreadsheet import pipeline (XLSX, XLS, CSV). Callers use
// `readInWorker` (rows in batches, off the main thread, under limits) or `listSheetsInWorker`;
// `findHeaderRow` picks the header; everything fails with ImportReadError.
export type { CellValue, CsvDelimiter, FileFormat, ListOptions, RawRow, ReadOptions, ReadProgress, SheetInfo, SourceInfo, TextEncoding } from './types.ts';
export { DEFAULT_LIMITS, describeLimits, formatLimit, resolveLimits } from './limits.ts';
export type { ReadLimits } from './limits.ts';
export { IMPORT_READ_ERROR_CODES, ImportReadError, isImportReadError, readErrors } from './errors.ts';
export type { Bilingual, ImportReadErrorCode, ImportReadErrorData, ReadErrorWhere } from './errors.ts';
export { detectDelimiter, sniffFile } from './sniff.ts';
export { inspectZip, openGuardedZip } from './zip-guard.ts';
export type { GuardedZip, ZipEntryInfo } from './zip-guard.ts';
export { listSheets, openSheet, readRows } from './reader.ts';
export type { OpenedSheet } from './reader.ts';
export { findHeaderRow, normalizeHeader } from './header.ts';
export type { FieldHeaderNames, FindHeaderOptions, HeaderColumn, HeaderMatch, HeaderSynonyms } from './header.ts';
export { disposeParseWorkers, listSheetsInWorker, readInWorker, warmParseWorker } from './read-in-worker.ts';
export type { OpenedInfo, RowBatch, WorkerRead, WorkerReadOptions } from './read-in-worker.ts';
