// Limits on what one imported file may cost. Files come from other agencies: hostile input.
import { formatBytes, formatDuration, formatNumber } from '../../api/messages/formats.ts';

import { msg, render } from '../../messages.ts';

export { formatBytes, formatNumber };

export interface ReadLimits {
  /** Size of the file on disk. */
  maxFileBytes: number;
  /** Sum of the uncompressed sizes an XLSX declares for its entries. */
  maxUncompressedBytes: number;
  /** Uncompressed:compressed ratio allowed for one XLSX entry larger than `ratioCheckMinBytes`. */
  maxCompressionRatio: number;
  /** Entries whose declared uncompressed size is below this are not ratio-checked (tiny XML compresses well). */
  ratioCheckMinBytes: number;
  /** Entries in an XLSX (a normal workbook has a few dozen). */
  maxZipEntries: number;
  /** Spreadsheet rows, counted by the row number the user sees (the header row included). */
  maxRows: number;
  /** Columns that may hold a value (empty formatted cells further right are ignored). */
  maxColumns: number;
  /** Characters in one cell (Excel's own limit is 32,767). */
  maxCellLength: number;
  /** Wall-clock time of a read in the worker, from start to the last row handed over. */
  maxTimeMs: number;
  /** V8 old-generation heap of the parse worker (`resourceLimits.maxOldGenerationSizeMb`). */
  maxWorkerHeapMb: number;
}

const MB = 1024 * 1024;

export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  // A million rows of a clerk's 20-30 columns run to 200-400 MB as CSV (the demo's million
  // employers: 226 MB); the row limit is what bounds the work.
  maxFileBytes: 512 * MB,
  maxUncompressedBytes: 2048 * MB,
  maxCompressionRatio: 200,
  ratioCheckMinBytes: 1 * MB,
  maxZipEntries: 10_000,
  maxRows: 1_100_000,
  maxColumns: 200,
  maxCellLength: 32_767,
  maxTimeMs: 10 * 60 * 1000,
  maxWorkerHeapMb: 1024,
});

const BYTE_KEYS = new Set<keyof ReadLimits>(['maxFileBytes', 'maxUncompressedBytes', 'ratioCheckMinBytes']);

/** A limit's value as a person reads it, e.g. "200 MB", "1.100.000" / "1,100,000", "10 menit" / "10 minutes". */
export function formatLimit(key: keyof ReadLimits, value: number, lang: 'id' | 'en'): string {
  if (BYTE_KEYS.has(key)) return formatBytes(value, lang);
  if (key === 'maxTimeMs') return formatDuration(value, lang);
  if (key === 'maxWorkerHeapMb') return `${formatNumber(value, lang)} MB`;
  if (key === 'maxCompressionRatio') return `${formatNumber(value, lang)}:1`;
  return formatNumber(value, lang);
}

/** The limits in force, each with its description and formatted value. */
export function describeLimits(limits: ReadLimits = DEFAULT_LIMITS): Array<{ key: keyof ReadLimits; value: number; id: string; en: string }> {
  return (Object.keys(DEFAULT_LIMITS) as Array<keyof ReadLimits>).map((key) => {
    const what = msg(`read.limits.${key}`);
    return {
      key,
      value: limits[key],
      id: render(msg('read.limits.described', { what, value: formatLimit(key, limits[key], 'id') }), 'id'),
      en: render(msg('read.limits.described', { what, value: formatLimit(key, limits[key], 'en') }), 'en'),
    };
  });
}

/** Defaults with the caller's overrides; refuses values that are not positive finite numbers. */
export function resolveLimits(overrides?: Partial<ReadLimits>): ReadLimits {
  const out: ReadLimits = { ...DEFAULT_LIMITS };
  if (!overrides) return out;
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof ReadLimits>) {
    const v = overrides[key];
    if (v === undefined) continue;
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw new RangeError(`Import read limit ${key} must be a positive number, got ${String(v)}`);
    }
    out[key] = v;
  }
  return out;
}
