// Reads the administrative regions of Indonesia from the CSV files shipped in
// the npm package `idn-area-data` (code MIT, data ODbL-1.0).
//
// CSV columns in idn-area-data 4.x (checked against 4.0.1):
//   provinces.csv  code,name                 11,Aceh
//   regencies.csv  code,province_code,name   11.01,11,Kabupaten Aceh Selatan
//   districts.csv  code,regency_code,name    11.01.01,11.01,Bakongan
//   villages.csv   code,district_code,name   11.01.01.2001,11.01.01,Keude Bakongan
// Names are already in title case ("Kabupaten Badung", "Kota Denpasar",
// "Kota Administrasi Jakarta Pusat") and are kept exactly as the data gives them.
// A few names hold commas or quotes ("Lubuk Pakam I,II", "Soka""an"), so the
// files are read with a small RFC 4180 parser instead of a plain split.
//
// ODbL obliges whoever redistributes this data, or a database derived from it,
// to keep the attribution below visible and to offer the derived database under
// ODbL as well. Keep `source.attribution` wherever the regions are shown or exported.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isValidCodeFormat, kindOf, levelOf, parentOf } from './region-code.ts';
import type { RegionLevel } from './region-code.ts';
import type { RegionRow } from '../../api/regions.ts';

export type { RegionRow };


export type IdnAreaSource = {
  name: 'idn-area-data';
  version: string;
  regulation: 'Kepmendagri 300.2.2-2138/2025';
  license: 'ODbL-1.0 (data), MIT (code)';
  attribution: string;
};

export type IdnAreaRegions = { source: IdnAreaSource; rows: RegionRow[] };

export type ReadIdnAreaOptions = {
  /** Directory of the installed package (holding package.json and data/). Defaults to node resolution. */
  packageDir?: string;
};

const FILES: ReadonlyArray<{ file: string; level: RegionLevel; header: readonly string[] }> = [
  { file: 'provinces.csv', level: 1, header: ['code', 'name'] },
  { file: 'regencies.csv', level: 2, header: ['code', 'province_code', 'name'] },
  { file: 'districts.csv', level: 3, header: ['code', 'regency_code', 'name'] },
  { file: 'villages.csv', level: 4, header: ['code', 'district_code', 'name'] },
];

/** Directory of the installed idn-area-data package. */
export function idnAreaPackageDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('idn-area-data/package.json'));
}

/**
 * Parses CSV text (RFC 4180: comma separated, fields optionally quoted with
 * `"`, a doubled `""` inside quotes is one quote, quoted fields may hold
 * commas and line breaks). Accepts LF or CRLF and a leading BOM. Empty lines
 * are skipped.
 */
export function parseCsv(text: string): string[][] {
  return [...csvRecords(text)];
}

/** The records of CSV text one at a time (see parseCsv), so a large file never holds them all at once. */
export function* csvRecords(text: string): Generator<string[]> {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const row: string[] = [];
    // One record.
    for (;;) {
      let field: string;
      if (text.charCodeAt(i) === 34 /* " */) {
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) throw new Error(`CSV: unterminated quoted field at offset ${i}`);
          value += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            value += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        const next = text.charCodeAt(j);
        if (j < n && next !== 44 && next !== 10 && next !== 13) {
          throw new Error(`CSV: unexpected character after quoted field at offset ${j}`);
        }
        field = value;
        i = j;
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 || c === 10 || c === 13) break;
          j++;
        }
        field = text.slice(i, j);
        i = j;
      }
      row.push(field);
      if (i < n && text.charCodeAt(i) === 44) {
        i++;
        continue;
      }
      break;
    }
    // End of record: consume CRLF / LF / CR.
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) === 10) i++;
    if (!(row.length === 1 && row[0] === '')) yield row;
  }
}

/** The installed package's version, without reading its data (start-up checks this first). */
export function idnAreaVersion(packageDir = idnAreaPackageDir()): string {
  const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
  if (pkg.name !== 'idn-area-data' || typeof pkg.version !== 'string') {
    throw new Error(`${packageDir} is not the idn-area-data package`);
  }
  return pkg.version;
}

export function readIdnAreaRegions(options: ReadIdnAreaOptions = {}): IdnAreaRegions {
  const { source, rows } = idnAreaRegions(options);
  return { source, rows: [...rows] };
}

/**
 * All provinces, kabupaten/kota, kecamatan and desa/kelurahan, in the
 * order of the files (provinces first), one row at a time (the start-up load writes each as it
 * comes: holding all 91,000 at once left some 140 MB in the process for good), and checks their
 * shape: a malformed code, a parent that does not match the code, or a changed header throws
 * when the iteration reaches it.
 */
export function idnAreaRegions(options: ReadIdnAreaOptions = {}): { source: IdnAreaSource; rows: Iterable<RegionRow> } {
  const packageDir = options.packageDir ?? idnAreaPackageDir();
  const version = idnAreaVersion(packageDir);
  return { source: idnAreaSourceOf(version), rows: eachRegion(packageDir) };
}

function* eachRegion(packageDir: string): Generator<RegionRow> {
  const seen = new Set<string>();
  for (const { file, level, header } of FILES) {
    const records = csvRecords(readFileSync(join(packageDir, 'data', file), 'utf8'));
    const head = records.next().value;
    if (!head || head.join(',') !== header.join(',')) {
      throw new Error(`${file}: expected columns ${header.join(',')}, found ${head?.join(',') ?? 'nothing'}`);
    }
    const nameAt = header.indexOf('name');
    let r = 0;
    for (const rec of records) {
      r++;
      if (rec.length !== header.length) throw new Error(`${file} line ${r + 1}: ${rec.length} fields, expected ${header.length}`);
      const code = rec[0]!;
      const name = rec[nameAt]!.trim().replace(/\s+/g, ' ');
      if (!isValidCodeFormat(code) || levelOf(code) !== level) throw new Error(`${file} line ${r + 1}: bad code ${code}`);
      const parentCode = parentOf(code);
      if (level > 1 && rec[1] !== parentCode) {
        throw new Error(`${file} line ${r + 1}: parent ${rec[1]} does not match code ${code}`);
      }
      if (parentCode !== null && !seen.has(parentCode)) {
        throw new Error(`${file} line ${r + 1}: parent ${parentCode} of ${code} is not in the data`);
      }
      if (seen.has(code)) throw new Error(`${file} line ${r + 1}: duplicate code ${code}`);
      if (name === '') throw new Error(`${file} line ${r + 1}: empty name for ${code}`);
      seen.add(code);
      yield { code, parentCode, level, kind: kindOf(code)!, name };
    }
  }
}

function idnAreaSourceOf(version: string): IdnAreaSource {
  return {
    name: 'idn-area-data',
    version,
    regulation: 'Kepmendagri 300.2.2-2138/2025',
    license: 'ODbL-1.0 (data), MIT (code)',
    attribution:
      `Data wilayah: idn-area-data ${version} (Fityan Nugroho dkk., https://github.com/fityannugroho/idn-area-data), ` +
      'bersumber dari Kepmendagri 300.2.2-2138/2025; tersedia di bawah Open Database License (ODbL) 1.0. ' +
      `Region data: idn-area-data ${version}, based on Kepmendagri 300.2.2-2138/2025, available under the ODbL 1.0.`,
  };
}
