import type { Message } from '../api/messages/message.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { labelList } from './label-list.ts';
import { headerList, placeText } from './file-place.ts';
import { inspectedHeader } from './inspected-headers.ts';
import { sheetHoldingColumns } from './sheet-choice.ts';

// A dry run asked without a column for a required field (or for one required unless another
// field has a column, when none has): which file and sheet, the header
// row used and what it holds, and how to choose the column (on the mapping screen, or with
// the CLI's --map, --header-row, --sheet).

export interface MissingColumns {
  fileName: string;
  fileToken: string;
  sheet?: string | number | undefined;
  headerRow: number;
  /** The required fields without a column: their labels, and the fields that would do instead (none mapped either). */
  missing: readonly { label: Message; or?: readonly Message[] }[];
}

export function missingColumnsError(input: MissingColumns): AppError {
  const seen = inspectedHeader(input.fileToken, input.sheet, input.headerRow);
  const place = placeText({ fileName: input.fileName, sheet: seen?.sheet ?? (typeof input.sheet === 'string' ? input.sheet : null), format: seen?.format });
  const fields = labelList(input.missing.map((m) => (m.or?.length ? msg('imports.missing.orOthers', { field: m.label, others: labelList(m.or) }) : m.label)));
  const headers = seen ? headerList(seen.names) : null;
  const row =
    headers === null
      ? msg('imports.missing.rowUsed', { row: input.headerRow })
      : headers !== ''
        ? msg('imports.missing.rowHolding', { row: input.headerRow, headers })
        : msg('imports.missing.rowEmpty', { row: input.headerRow });
  const first = input.missing[0]!.label;
  // A CSV has one table: no other sheet to point to.
  const holding = sheetHoldingColumns(input.fileToken);
  const otherRow = seen?.format === 'csv' ? msg('imports.missing.otherRow') : holding ? msg('imports.missing.otherRowOrNamedSheet', { sheet: holding }) : msg('imports.missing.otherRowOrSheet');
  const said = msg('imports.missing.message', { place, fields, row, first, otherRow });
  // A field others may stand in for (Segmen) is often the same on every row: it may take one value.
  const sameForAll = input.missing.find((m) => m.or?.length);
  return new AppError('INVALID_INPUT', sameForAll ? msg('imports.missing.orOneValue', { missing: said, field: sameForAll.label }) : said);
}
