// SQLite's lower() and LIKE fold only ASCII. Indonesian names carry few accents, but
// imported data does ("Dénpasar", "KUTA  UTARA", full-width digits), so grid filters
// compare through this function, registered on every connection as fold().
export function foldText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return String(value)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('id-ID');
}
