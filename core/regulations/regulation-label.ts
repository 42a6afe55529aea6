import { jenisSingkatan, type RegulationJenis } from '../api/regulation-kinds.ts';

// How an instrument is cited: "Perbup Jembrana No. 48 Tahun 2023", "SE Mendagri No. 842.2/5193/SJ
// Tahun 2021". The citation form is the same in both languages; the issuing body's kind in
// brackets ("Jembrana (Kabupaten)") is left out.

export interface LabelFields {
  jenis: RegulationJenis;
  singkatanJenis: string;
  teuBadan: string;
  nomor: string;
  tahun: number | null;
  judul: string;
}

/** The issuing body without its kind in brackets: "Bali (Provinsi)" → "Bali". */
const shortBody = (teu: string) => teu.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

export function regulationLabel(r: LabelFields): string {
  const singkatan = r.singkatanJenis || jenisSingkatan[r.jenis];
  const body = r.jenis === 'uu' || r.jenis === 'pp' || r.jenis === 'perpres' || r.jenis === 'inpres' ? '' : shortBody(r.teuBadan);
  const head = [singkatan, body].filter(Boolean).join(' ');
  if (!r.nomor && !r.tahun) return [head, r.judul].filter(Boolean).join(' ').slice(0, 160);
  return [head, r.nomor ? `No. ${r.nomor}` : '', r.tahun ? `Tahun ${r.tahun}` : ''].filter(Boolean).join(' ');
}

/** A shorter label in SQL for a row aliased `alias` (bulk changes' messages): the jenis, number and year, else the title. */
export const regulationLabelSql = (alias: string) =>
  `CASE WHEN ${alias}.nomor = '' THEN ${alias}.judul ELSE trim(${alias}.singkatan_jenis || ' No. ' || ${alias}.nomor || coalesce(' Tahun ' || ${alias}.tahun, '')) END`;
