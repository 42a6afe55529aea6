import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

// 1,000 valid NIKs (kecamatan 51.03.06 Kuta Utara, a real date of birth, a serial each) and a
// scan of a file's bytes for them: directly, and through /usr/bin/strings as the issue asks.

const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const seededNiks = (count = 1000, year = 85) =>
  Array.from({ length: count }, (_, i) => `510306${pad(1 + (i % 28), 2)}${pad(1 + (Math.floor(i / 28) % 12), 2)}${pad(year, 2)}${pad(i + 1, 4)}`);

/** A CSV of employers whose NPWP is a person's NIK (an individual's NPWP is the NIK). */
export function employerCsv(niks: readonly string[], prefix: string): string {
  const lines = niks.map((nik, i) => `${prefix} ${i + 1};${9_120_000_010_000 + i + (prefix.length * 100_000)};${nik};Kuta Utara;Dalung;terdaftar`);
  return `Nama Perusahaan;NIB;NPWP;Kecamatan;Desa;Status BPJS\n${lines.join('\n')}\n`;
}

/** The seeded NIKs found in the file: in its raw bytes, and in what `strings` prints of it. */
export function niksIn(file: string, niks: readonly string[]): { bytes: number; strings: number } {
  if (!existsSync(file)) return { bytes: 0, strings: 0 };
  const raw = readFileSync(file).toString('latin1');
  const printed = execFileSync('/usr/bin/strings', ['-n', '6', file], { maxBuffer: 1 << 30 }).toString('latin1');
  return { bytes: niks.filter((n) => raw.includes(n)).length, strings: niks.filter((n) => printed.includes(n)).length };
}
