import type { InspectionNote } from '../api/imports.ts';
import type { HeaderMatch } from './read/header.ts';
import { headerList } from './file-place.ts';
import { msg, renderBoth } from '../messages.ts';

// Which row was taken as the header, and why; a warning when rows with values above it were
// skipped far down the sheet (a letter, a second table, or data taken for a header).

/** More rows with values above the header than a title block has: said as a warning. */
const farDown = 5;

/** A header of two rows: said, with a joined name as the example ("Jumlah Tenaga Kerja / L"). */
export function subHeaderNotes(header: HeaderMatch): InspectionNote[] {
  if (header.subHeaderRow === null) return [];
  const example = header.names.find((n) => n.includes(' / ')) ?? '';
  return [{ severity: 'info', message: renderBoth(msg('imports.headerRow.twoRows', { row: header.rowNumber, next: header.subHeaderRow, example })) }];
}

export function headerRowNote(header: HeaderMatch): InspectionNote {
  const row = header.rowNumber;
  const known = header.columns.filter((c) => c.field !== null).map((c) => c.name);
  const why = header.overridden
    ? msg('imports.headerRow.chosen', { row })
    : known.length
      ? msg('imports.headerRow.known', { row, count: known.length, list: headerList(known, 6) })
      : msg('imports.headerRow.mostText', { row });
  const above = header.rowsAbove;
  if (above === 0) return { severity: 'info', message: renderBoth(why) };
  const skipped = msg('imports.headerRow.skipped', { why, count: above });
  if (above <= farDown || header.overridden) return { severity: 'info', message: renderBoth(skipped) };
  return { severity: 'warning', message: renderBoth(msg('imports.headerRow.farDown', { skipped })) };
}
