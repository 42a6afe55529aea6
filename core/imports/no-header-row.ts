import type { Message } from '../api/messages/message.ts';
import { AppError } from '../app-error.ts';
import { msg } from '../messages.ts';
import { labelList } from './label-list.ts';
import { placeText, type FilePlace } from './file-place.ts';

// No row of a sheet can be its header row: the register's required columns say what one
// should hold.

export function noHeaderRowError(place: FilePlace, required: readonly Message[], chosenRow?: number): AppError {
  const where = placeText(place);
  const example = labelList(required, true);
  if (chosenRow !== undefined) return new AppError('INVALID_INPUT', msg('imports.noHeaderRow.chosenEmpty', { where, row: chosenRow, example }));
  return new AppError('INVALID_INPUT', msg('imports.noHeaderRow.notFound', { where, example }));
}
