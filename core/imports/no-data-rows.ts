import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { placeText, type FilePlace } from './file-place.ts';

// A dry run that found no data row under the header: a file of column titles only (a template
// sent back empty), or the wrong header row or sheet. Said, never "0 rows, done".

export function noDataRowsError(place: FilePlace, headerRow: number): AppError {
  const where = placeText(place);
  return new AppError('INVALID_INPUT', msg('imports.noDataRows', { where, row: headerRow }));
}
