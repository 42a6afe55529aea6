import type { LocalizedText } from '../api/localized-text.ts';
import { AppError } from '../app-error.ts';
import { placeText, type FilePlace } from './file-place.ts';

// No row of a sheet can be its header row: the register's required columns say what one
// should hold.

export function noHeaderRowError(place: FilePlace, required: readonly LocalizedText[], chosenRow?: number): AppError {
  const where = placeText(place);
  const example = {
    id: required.map((l) => `"${l.id}"`).join(', '),
    en: required.map((l) => `"${l.en}"`).join(', '),
  };
  if (chosenRow !== undefined) {
    return new AppError('INVALID_INPUT', {
      id: `${where.id}: baris ${chosenRow} kosong atau tidak ada, jadi tidak bisa menjadi baris judul kolom. Pilih baris yang berisi nama-nama kolom (mis. ${example.id}); di baris perintah: --header-row <nomor>.`,
      en: `${where.en}: row ${chosenRow} is empty or missing, so it cannot be the header row. Choose the row holding the column names (e.g. ${example.en}); on the command line: --header-row <number>.`,
    });
  }
  return new AppError('INVALID_INPUT', {
    id: `${where.id}: baris judul kolom tidak ditemukan: tidak ada baris berisi teks di antara baris-baris pertama. Pastikan satu baris berisi nama-nama kolom (mis. ${example.id}) di atas datanya, atau pilih lembar lain (--sheet <nama> di baris perintah).`,
    en: `${where.en}: no header row found: none of the first rows holds text. Make sure one row above the data holds the column names (e.g. ${example.en}), or choose another sheet (--sheet <name> on the command line).`,
  });
}
