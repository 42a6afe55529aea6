import { render } from '../messages.ts';
import type { RegisterColumn } from '../registers/register-definition.ts';
import { excelDate, excelDateTime, type OutCell } from './xlsx-writer.ts';

// A register's value as a cell of an exported file, by how the register says the column reads
// (register-definition.ts CellKind): codes in words, regions by name, identity numbers as text,
// dates as real date cells in XLSX and dd/mm/yyyy in CSV, moments on the office's clock.

/** What a cell becomes in each file: XLSX dates are serials (date cells), CSV dates are text. */
export interface CellTarget {
  format: 'xlsx' | 'csv';
  /** The office's time zone, for moments ("Terakhir diubah"). */
  utcOffsetMinutes: number;
}

/** 'YYYY-MM-DD…' as dd/mm/yyyy. */
export const dayText = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`;

/** An instant on the office's clock as "dd/mm/yyyy hh:mm". */
export function officeDateTime(iso: string, utcOffsetMinutes: number): string {
  const local = new Date(Date.parse(iso) + utcOffsetMinutes * 60_000).toISOString();
  return `${dayText(local)} ${local.slice(11, 16)}`;
}

/** A function per column turning a grid row into its cell; choice words are looked up once. */
export function cellWriter(column: RegisterColumn, target: CellTarget): (row: Record<string, unknown>) => OutCell {
  const id = column.id;
  const cell = column.cell;
  switch (cell.kind) {
    case 'date':
      return (row) => {
        const v = row[id] as string | null;
        return v ? (target.format === 'xlsx' ? (excelDate(v) ?? dayText(v)) : dayText(v)) : null;
      };
    case 'datetime':
      return (row) => {
        const v = row[id] as string | null;
        return v ? (target.format === 'xlsx' ? excelDateTime(v, target.utcOffsetMinutes) : officeDateTime(v, target.utcOffsetMinutes)) : null;
      };
    case 'identity':
      return (row) => {
        const v = row[id];
        return v === null || v === undefined || v === '' ? null : cell.format ? cell.format(String(v)) : String(v);
      };
    case 'choice': {
      const words = new Map(Object.entries(cell.choices).map(([value, message]) => [value, render(message, 'id')]));
      // A flag column holds 0 / 1 as numbers; its words are keyed '0' / '1' (a CSV said "0", walk 35).
      return (row) => {
        const v = row[id] as string | number | null;
        return v === null || v === undefined ? null : (words.get(String(v)) ?? v);
      };
    }
    case 'region':
      return (row) => {
        const code = row[id] as string | null;
        const name = row[cell.nameField] as string | null;
        return code ? (name ? `${name} (${code})` : code) : null;
      };
    case 'words':
      return (row) => {
        const v = row[id] as string | null;
        return v ? cell.words(v) : null;
      };
    case 'number':
      return (row) => (typeof row[id] === 'number' ? (row[id] as number) : null);
    case 'text':
      return (row) => {
        const v = row[id];
        return v === null || v === undefined ? null : String(v);
      };
  }
}
