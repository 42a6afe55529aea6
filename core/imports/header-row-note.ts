import type { InspectionNote } from '../api/imports.ts';
import type { HeaderMatch } from './read/header.ts';
import { headerList } from './file-place.ts';

// Which row was taken as the header, and why; a warning when rows with values above it were
// skipped far down the sheet (a letter, a second table, or data taken for a header).

/** More rows with values above the header than a title block has: said as a warning. */
const farDown = 5;

export function headerRowNote(header: HeaderMatch): InspectionNote {
  const n = header.rowNumber;
  const known = header.columns.filter((c) => c.field !== null).map((c) => c.name);
  const why = header.overridden
    ? { id: `Baris judul kolom: baris ${n} (dipilih sendiri).`, en: `Header row: row ${n} (chosen by hand).` }
    : known.length
      ? (() => {
          const list = headerList(known, 6);
          return {
            id: `Baris judul kolom: baris ${n}, karena berisi ${known.length} nama kolom yang dikenali (${list.id}).`,
            en: `Header row: row ${n}, as it holds ${known.length} known column names (${list.en}).`,
          };
        })()
      : {
          id: `Baris judul kolom: baris ${n}, karena paling banyak berisi teks; tidak ada nama kolom yang dikenali.`,
          en: `Header row: row ${n}, as it holds the most text; no column name is known.`,
        };
  const above = header.rowsAbove;
  if (above === 0) return { severity: 'info', message: why };
  const skipped = {
    id: ` ${above} baris berisi di atasnya dilewati dan tidak diimpor.`,
    en: ` ${above} row${above === 1 ? '' : 's'} with values above it ${above === 1 ? 'is' : 'are'} skipped and not imported.`,
  };
  if (above <= farDown || header.overridden) return { severity: 'info', message: { id: why.id + skipped.id, en: why.en + skipped.en } };
  return {
    severity: 'warning',
    message: {
      id: `${why.id}${skipped.id} Baris judul ini jauh di bawah: periksa cuplikannya; bila baris-baris di atasnya juga data, pilih baris judul yang benar (di baris perintah: --header-row <nomor>).`,
      en: `${why.en}${skipped.en} This header row is far down: check the preview; if the rows above it are data too, choose the right header row (on the command line: --header-row <number>).`,
    },
  };
}
