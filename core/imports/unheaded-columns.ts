import type { InspectionNote } from '../api/imports.ts';
import { msg, renderBoth } from '../messages.ts';
import { isBlank } from './fields/cell-values.ts';
import type { HeaderMatch } from './read/header.ts';
import { columnLetter } from './read/errors.ts';
import type { RawRow } from './read/types.ts';

// Columns that hold data under no heading are never imported (nothing says what they are):
// said when the file is inspected, so nothing goes missing unseen (walk 36: the women and the
// total under a heading merged over three columns vanished, not even listed as left out).

/** A warning naming the columns with values in the rows under the header but no heading, or none. */
export function unheadedColumnsNotes(header: HeaderMatch, rows: readonly RawRow[], format: string): InspectionNote[] {
  const firstData = header.subHeaderRow ?? header.rowNumber;
  const found = new Set<number>();
  for (const row of rows) {
    if (row.rowNumber <= firstData) continue;
    row.cells.forEach((cell, i) => {
      // In a CSV, values past the header are a row's cells shifted by an unquoted comma: refused per row (dry-run.ts), not a column.
      if (format === 'csv' && i >= header.names.length) return;
      if (!(header.names[i] ?? '') && !isBlank(cell)) found.add(i);
    });
  }
  if (!found.size) return [];
  const list = [...found].sort((a, b) => a - b).map((i) => columnLetter(i + 1)).join(', ');
  return [{ severity: 'warning', message: renderBoth(msg('imports.unheadedColumns', { list, count: found.size })) }];
}
