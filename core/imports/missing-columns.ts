import type { Message } from '../api/messages/message.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { labelList } from './label-list.ts';
import { headerList, placeText } from './file-place.ts';
import { inspectedHeader } from './inspected-headers.ts';

// A dry run asked without a column for a required field: which file and sheet, the header
// row used and what it holds, and how to choose the column (on the mapping screen, or with
// the CLI's --map, --header-row, --sheet).

export interface MissingColumns {
  fileName: string;
  fileToken: string;
  sheet?: string | number | undefined;
  headerRow: number;
  /** Labels of the required fields without a column. */
  missing: readonly Message[];
}

export function missingColumnsError(input: MissingColumns): AppError {
  const seen = inspectedHeader(input.fileToken, input.sheet, input.headerRow);
  const place = placeText({ fileName: input.fileName, sheet: seen?.sheet ?? (typeof input.sheet === 'string' ? input.sheet : null), format: seen?.format });
  const fields = labelList(input.missing);
  const headers = seen ? headerList(seen.names) : null;
  const row =
    headers === null
      ? msg('imports.missing.rowUsed', { row: input.headerRow })
      : headers !== ''
        ? msg('imports.missing.rowHolding', { row: input.headerRow, headers })
        : msg('imports.missing.rowEmpty', { row: input.headerRow });
  const first = input.missing[0]!;
  // A CSV has one table: no other sheet to point to.
  const otherRow = msg(seen?.format === 'csv' ? 'imports.missing.otherRow' : 'imports.missing.otherRowOrSheet');
  return new AppError('INVALID_INPUT', msg('imports.missing.message', { place, fields, row, first, otherRow }));
}
