import { foldText } from '../../db/fold.ts';
import { stmt } from '../../db/statements.ts';
import type { Sqlite } from '../../db/open.ts';
import type { RegulationValues } from '../api/regulations.ts';

// One instrument is recorded once: the same jenis, number and year from the same issuing body.
// The body (T.E.U. badan) is free text written many ways: "Jembrana (Kabupaten)" as JDIH
// writes it, "Kabupaten Jembrana", "Pemkab Jembrana", or left blank. Compared exactly, each
// spelling let the same Perbup in again (walk 32: three "Perbup No. 48 Tahun 2023").

/** Words that say the same level of government, read as one. */
const sameWord: Record<string, string> = { kab: 'kabupaten', pemkab: 'kabupaten', bupati: 'kabupaten', pemkot: 'kota', walikota: 'kota', wali: '', prov: 'provinsi', pemprov: 'provinsi', gubernur: 'provinsi', pemerintah: '', pemerintahan: '' };

/** The issuing body as words in a fixed order, spelling and punctuation aside; '' when none is given. */
export function issuerKey(teuBadan: string | null | undefined): string {
  const words = (foldText(teuBadan) ?? '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...new Set(words.map((w) => sameWord[w] ?? w).filter(Boolean))].sort().join(' ');
}

type Issuer = Pick<RegulationValues, 'teuBadan' | 'areaCode'>;

/**
 * The same body: the same words, or, where one of the two names none, the same area (or an
 * area named on one side only). A blank body is not another body: the clerk fills it in if it is.
 */
export function sameIssuer(a: Issuer, b: Issuer): boolean {
  const [ka, kb] = [issuerKey(a.teuBadan), issuerKey(b.teuBadan)];
  if (ka && kb) return ka === kb;
  return !a.areaCode || !b.areaCode || a.areaCode === b.areaCode;
}

/** The active regulation recorded under this jenis, number, year and body (other than `ownId`), if any. */
export function sameNumbered(sqlite: Sqlite, values: Pick<RegulationValues, 'jenis' | 'nomor' | 'tahun' | 'teuBadan' | 'areaCode'>, ownId: number | null): { id: number; uid: string; judul: string; teuBadan: string } | undefined {
  if (!values.nomor || !values.tahun) return undefined;
  const candidates = stmt(
    sqlite,
    "SELECT id, uid, judul, teu_badan AS teuBadan, area_code AS areaCode FROM regulation WHERE jenis = ? AND tahun = ? AND nomor = ? AND record_status = 'aktif' AND id IS NOT ? ORDER BY id",
  ).all(values.jenis, values.tahun, values.nomor, ownId) as { id: number; uid: string; judul: string; teuBadan: string; areaCode: string | null }[];
  // The same words first: a blank body matches only where no record names the body given.
  return candidates.find((c) => issuerKey(c.teuBadan) === issuerKey(values.teuBadan)) ?? candidates.find((c) => sameIssuer(c, values));
}
