// A NIK as a masked export shows it: the region (first 6 digits) and the serial's last 4 stay,
// the birth date and the rest of the serial are hidden: 5103010101900002 -> 510301******0002.
// Enough to match a row against a list the office already holds, not enough to use as an
// identity elsewhere (UU PDP data minimisation).

export function maskNik(nik: string): string {
  if (nik.length <= 10) return '*'.repeat(nik.length);
  return `${nik.slice(0, 6)}${'*'.repeat(nik.length - 10)}${nik.slice(-4)}`;
}

/**
 * NIK digits typed into a filter or the search, as a masked export's heading says them: from the
 * start (a prefix, a whole NIK) the 7th to 12th digit hidden; anywhere else (contains) every digit.
 */
export function maskTypedNik(typed: string, fromStart: boolean): string {
  let n = 0;
  return typed.replace(/\d/g, (d) => (!fromStart || (++n > 6 && n <= 12) ? '*' : d));
}

/** maskNik in SQL, for a column of 16-digit NIKs (the person register's: the parser keeps no other). */
export const maskNikSql = (column: string) => `(substr(${column}, 1, 6) || '******' || substr(${column}, -4))`;
