import { AppError } from '../app-error.ts';
import { placeText, type FilePlace } from './file-place.ts';

// A dry run that found no data row under the header: a file of column titles only (a template
// sent back empty), or the wrong header row or sheet. Said, never "0 rows, done".

export function noDataRowsError(place: FilePlace, headerRow: number): AppError {
  const where = placeText(place);
  return new AppError('INVALID_INPUT', {
    id: `${where.id}: tidak ada baris data di bawah baris judul kolom (baris ${headerRow}): berkas hanya berisi judul kolom, atau kolom yang dipasangkan kosong di semua baris. Isi datanya di bawah baris judul, atau pilih baris judul atau lembar yang benar, lalu coba lagi.`,
    en: `${where.en}: there are no data rows under the header row (row ${headerRow}): the file holds only column titles, or the matched columns are empty on every row. Fill in the data under the header row, or choose the right header row or sheet, then try again.`,
  });
}
