import type { CoverageFigure } from '../../../core/api/coverage.ts';

// The desa table's rows: by kecamatan, then by name, each with its kecamatan's name (two desa of
// one name in two kecamatan are told apart), desa not recorded last. The kecamatan is the first
// three parts of the desa's code ('51.01.01.2001' is in '51.01.01').

export interface DesaRow {
  figure: CoverageFigure;
  kecamatan: string | null;
}

export function desaRows(desa: readonly CoverageFigure[], kecamatan: readonly CoverageFigure[]): DesaRow[] {
  const names = new Map(kecamatan.filter((k) => k.value).map((k) => [k.value!, k.label]));
  const kecamatanOf = (f: CoverageFigure) => (f.value ? (names.get(f.value.split('.').slice(0, 3).join('.')) ?? null) : null);
  const rows = desa.map((figure) => ({ figure, kecamatan: kecamatanOf(figure) }));
  const rank = (r: DesaRow) => (r.figure.value === null ? 2 : r.kecamatan === null ? 1 : 0);
  return rows.sort(
    (a, b) => rank(a) - rank(b) || (a.kecamatan ?? '').localeCompare(b.kecamatan ?? '', 'id') || a.figure.label.localeCompare(b.figure.label, 'id'),
  );
}

/** True when no desa has a percent (no desa denominators): the colour scale has nothing to show. */
export const noDesaPercent = (desa: readonly CoverageFigure[]) => desa.every((f) => f.percent === null);
