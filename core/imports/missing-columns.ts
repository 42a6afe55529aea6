import type { LocalizedText } from '../api/localized-text.ts';
import { AppError } from '../app-error.ts';
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
  missing: readonly LocalizedText[];
}

export function missingColumnsError(input: MissingColumns): AppError {
  const seen = inspectedHeader(input.fileToken, input.sheet, input.headerRow);
  const place = placeText({ fileName: input.fileName, sheet: seen?.sheet ?? (typeof input.sheet === 'string' ? input.sheet : null), format: seen?.format });
  const fields = { id: input.missing.map((l) => l.id).join(', '), en: input.missing.map((l) => l.en).join(', ') };
  const headers = seen ? headerList(seen.names) : null;
  const row = !headers
    ? { id: `Baris judul kolom yang dipakai: baris ${input.headerRow}.`, en: `Header row used: row ${input.headerRow}.` }
    : headers.id
      ? { id: `Baris judul kolom yang dipakai: baris ${input.headerRow}, berisi ${headers.id}.`, en: `Header row used: row ${input.headerRow}, holding ${headers.en}.` }
      : { id: `Baris judul kolom yang dipakai (baris ${input.headerRow}) tidak berisi judul kolom.`, en: `The header row used (row ${input.headerRow}) holds no column titles.` };
  const first = input.missing[0]!;
  // A CSV has one table: no other sheet to point to.
  const otherRow = seen?.format === 'csv'
    ? { id: 'Bila judul kolom ada di baris lain, pilih baris itu (--header-row <nomor>).', en: 'If the column titles are on another row, choose that row (--header-row <number>).' }
    : {
        id: 'Bila judul kolom ada di baris lain, pilih baris itu (--header-row <nomor>); bila datanya di lembar lain, pilih lembarnya (--sheet <nama>).',
        en: 'If the column titles are on another row, choose that row (--header-row <number>); if the data is on another sheet, choose it (--sheet <name>).',
      };
  return new AppError('INVALID_INPUT', {
    id:
      `${place.id}: kolom wajib belum dipasangkan: ${fields.id}. ${row.id} ` +
      `Pilih kolom berkas untuk ${fields.id} di layar "Pasangkan kolom"; di baris perintah: --map "${first.id}=<judul kolom>". ${otherRow.id}`,
    en:
      `${place.en}: required columns are not matched: ${fields.en}. ${row.en} ` +
      `Choose the file's column for ${fields.en} on the "Match the columns" screen; on the command line: --map "${first.en}=<column title>". ${otherRow.en}`,
  });
}
