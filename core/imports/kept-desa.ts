import type { Sqlite } from '../../db/open.ts';
import { isWithin } from '../reference/regions/region-code.ts';
import { regionName } from '../registers/record-fields.ts';

// A row that gives a known record's kecamatan but no desa: the desa on record stays only when it
// lies in that kecamatan. One in another kecamatan is cleared, as the record forms' region picker
// drops the desa when another kecamatan is chosen; the import says so at the kecamatan's cell
// (walk 36: a person saved as "Tukadaya · Kec. Negara", an employer refused without a reason).

/** True when the desa on record can stay beside the row's kecamatan. */
export const desaFitsKecamatan = (kecamatanCode: string | null, desaCode: string | null): boolean =>
  !kecamatanCode || !desaCode || isWithin(desaCode, kecamatanCode);

/** What the warning names when the desa on record is cleared (the row's kecamatan, the desa and its own kecamatan), or null when it stays. */
export function clearedDesa(sqlite: Sqlite, kecamatanCode: string | null, desaCode: string | null): { kecamatan: string; desa: string; desaKecamatan: string } | null {
  if (desaFitsKecamatan(kecamatanCode, desaCode)) return null;
  const parent = desaCode!.slice(0, desaCode!.lastIndexOf('.'));
  return {
    kecamatan: regionName(sqlite, kecamatanCode) ?? kecamatanCode!,
    desa: regionName(sqlite, desaCode) ?? desaCode!,
    desaKecamatan: regionName(sqlite, parent) ?? parent,
  };
}
