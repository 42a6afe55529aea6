import { createHash } from 'node:crypto';
import { normalizeHeader } from './read/header.ts';

// A mapping the user settled for a file layout is kept by header text, not by column position:
// the same headers in another order map the same way, and so does the error file made from
// the file (the original columns plus the two below).

/** Columns the error file adds after the original ones. */
export const errorFileColumns = ['Baris asal', 'Kesalahan'] as const;
const added = new Set(errorFileColumns.map(normalizeHeader));

type Mapping = Record<string, number | null>;
/**
 * field -> the header it was mapped to (and which one, when a header repeats), one value given
 * for all rows, or null: left out on purpose.
 */
type StoredMapping = Record<string, { header: string; occurrence: number } | { value: string } | null>;

/** A file layout's key: its header names, in any order, without the error file's columns. */
export const layoutSignature = (register: string, headers: string[]) =>
  createHash('sha256')
    .update(`${register}\n${headers.map(normalizeHeader).filter((h) => h && !added.has(h)).sort().join('\n')}`)
    .digest('hex');

/** Which occurrence of its header text each column is (0 for the first "Tanggal", 1 for the second). */
function occurrences(headers: string[]): { header: string; occurrence: number }[] {
  const seen = new Map<string, number>();
  return headers.map((text) => {
    const header = normalizeHeader(text);
    const occurrence = seen.get(header) ?? 0;
    seen.set(header, occurrence + 1);
    return { header, occurrence };
  });
}

export function toStoredMapping(mapping: Mapping, headers: string[], constants: Record<string, string> = {}): StoredMapping {
  const named = occurrences(headers);
  const stored: StoredMapping = {};
  for (const [field, column] of Object.entries(mapping)) {
    if (column === null) stored[field] = null;
    else if (named[column]?.header) stored[field] = named[column];
  }
  for (const [field, value] of Object.entries(constants)) if ((mapping[field] ?? null) === null) stored[field] = { value };
  return stored;
}

/** The fields a stored mapping gives one value for all rows (field -> value). */
export function constantsOfStored(stored: unknown): Record<string, string> {
  if (stored === null || typeof stored !== 'object') return {};
  const constants: Record<string, string> = {};
  for (const [field, entry] of Object.entries(stored as Record<string, unknown>)) {
    if (entry && typeof entry === 'object' && 'value' in entry && typeof entry.value === 'string' && entry.value.trim()) constants[field] = entry.value;
  }
  return constants;
}

/**
 * The stored mapping laid over this file's headers. A field whose header is not in the file
 * keeps the guess; entries of the old position-based format (numbers) are ignored.
 */
export function fromStoredMapping(stored: unknown, headers: string[]): Mapping {
  if (stored === null || typeof stored !== 'object') return {};
  const named = occurrences(headers);
  const columnOf = new Map(named.map((n, i) => [`${n.header}\n${n.occurrence}`, i]));
  const mapping: Mapping = {};
  for (const [field, entry] of Object.entries(stored as Record<string, unknown>)) {
    // Left out, or given one value for all rows (constantsOfStored): no column.
    if (entry === null || (typeof entry === 'object' && 'value' in entry)) mapping[field] = null;
    else if (entry && typeof entry === 'object' && 'header' in entry && 'occurrence' in entry) {
      const column = columnOf.get(`${String(entry.header)}\n${Number(entry.occurrence)}`);
      if (column !== undefined) mapping[field] = column;
    }
  }
  return mapping;
}
