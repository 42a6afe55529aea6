// A NIK as a masked export shows it: the region (first 6 digits) and the serial's last 4 stay,
// the birth date and the rest of the serial are hidden: 5103010101900002 -> 510301******0002.
// Enough to match a row against a list the office already holds, not enough to use as an
// identity elsewhere (UU PDP data minimisation).

export function maskNik(nik: string): string {
  if (nik.length <= 10) return '*'.repeat(nik.length);
  return `${nik.slice(0, 6)}${'*'.repeat(nik.length - 10)}${nik.slice(-4)}`;
}
