import { mkdtempSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idnAreaPackageDir, parseCsv, readIdnAreaRegions } from '../../../core/reference/regions/idn-area-source.ts';
import type { IdnAreaRegions, RegionRow } from '../../../core/reference/regions/idn-area-source.ts';
import {
  ancestorsOf,
  isValidCodeFormat,
  isWithin,
  kindOf,
  levelOf,
  normalizeCode,
  parentOf,
} from '../../../core/reference/regions/region-code.ts';

// The raw files, read here without the module under test, to count independently.
const DATA_DIR = fileURLToPath(new URL('../../../node_modules/idn-area-data/data/', import.meta.url));
const rawLines = (file: string): string[] =>
  readFileSync(join(DATA_DIR, file), 'utf8').split('\n').slice(1).filter((l) => l.trim() !== '');
const rawCount = (file: string, prefix: string): number => rawLines(file).filter((l) => l.startsWith(prefix)).length;

let regions: IdnAreaRegions;
let rows: RegionRow[];
const inProvince = (code: string, level: number) => rows.filter((r) => r.level === level && r.code.startsWith(code + '.'));

beforeAll(() => {
  regions = readIdnAreaRegions();
  rows = regions.rows;
});

describe('region-code helpers', () => {
  it('knows the level and parent of each code form', () => {
    expect(levelOf('51')).toBe(1);
    expect(levelOf('51.03')).toBe(2);
    expect(levelOf('51.03.01')).toBe(3);
    expect(levelOf('51.03.01.2001')).toBe(4);
    expect(levelOf('51.3')).toBeNull();
    expect(parentOf('51.03.01.2001')).toBe('51.03.01');
    expect(parentOf('51.03.01')).toBe('51.03');
    expect(parentOf('51.03')).toBe('51');
    expect(parentOf('51')).toBeNull();
    expect(parentOf('nonsense')).toBeNull();
    expect(ancestorsOf('51.03.06.2006')).toEqual(['51', '51.03', '51.03.06']);
  });

  it('tells kabupaten from kota and desa from kelurahan', () => {
    expect(kindOf('51')).toBe('provinsi');
    expect(kindOf('51.03')).toBe('kabupaten');
    expect(kindOf('51.71')).toBe('kota');
    expect(kindOf('51.03.06')).toBe('kecamatan');
    expect(kindOf('51.03.06.2006')).toBe('desa');
    expect(kindOf('51.03.06.1002')).toBe('kelurahan');
    expect(kindOf('91.03.01.3007')).toBe('desa'); // desa adat
    expect(kindOf('51.03.06.4001')).toBeNull();
  });

  it('checks the format', () => {
    for (const ok of ['11', '51.03', '51.71.01', '51.03.06.2006', '91.03.01.3007']) expect(isValidCodeFormat(ok), ok).toBe(true);
    for (const bad of ['', '5', '510', '51.3', '51.03.6', '51.03.06.206', '51.03.06.5001', '00', '51.00', 'ab.cd', '51.03.06.2006.1', ' 51']) {
      expect(isValidCodeFormat(bad), bad).toBe(false);
    }
  });

  it('normalizes dotted, undotted and separated input', () => {
    expect(normalizeCode('51')).toBe('51');
    expect(normalizeCode('5103')).toBe('51.03');
    expect(normalizeCode('510301')).toBe('51.03.01');
    expect(normalizeCode('5103012001')).toBe('51.03.01.2001');
    expect(normalizeCode(' 51.03.01.2001 ')).toBe('51.03.01.2001');
    expect(normalizeCode('51 03 01')).toBe('51.03.01');
    expect(normalizeCode('51-03-01-2001')).toBe('51.03.01.2001');
    expect(normalizeCode(5103012001)).toBe('51.03.01.2001');
    expect(normalizeCode('51030120')).toBeNull();
    expect(normalizeCode('51.3.1')).toBeNull();
    expect(normalizeCode('5103015001')).toBeNull();
    expect(normalizeCode('Kuta')).toBeNull();
    expect(normalizeCode(-5103)).toBeNull();
  });

  it('tests containment by whole code parts', () => {
    expect(isWithin('51.03.06.2006', '51.03')).toBe(true);
    expect(isWithin('51.03', '51.03')).toBe(true);
    expect(isWithin('51.71.01', '51.03')).toBe(false);
    expect(isWithin('51.03.06', '51.03.0')).toBe(false);
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, CRLF, BOM and line breaks inside quotes', () => {
    const text = '\uFEFFcode,name\r\n1,"Lubuk Pakam I,II"\r\n2,"Soka""an"\n3,"two\nlines"\n\n4,plain\n';
    expect(parseCsv(text)).toEqual([
      ['code', 'name'],
      ['1', 'Lubuk Pakam I,II'],
      ['2', 'Soka"an'],
      ['3', 'two\nlines'],
      ['4', 'plain'],
    ]);
  });

  it('rejects an unterminated quote', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/unterminated/);
  });
});

describe('readIdnAreaRegions', () => {
  it('names its source, version and licence', () => {
    const pkg = JSON.parse(readFileSync(join(DATA_DIR, '..', 'package.json'), 'utf8')) as { version: string };
    expect(regions.source.name).toBe('idn-area-data');
    expect(regions.source.version).toBe(pkg.version);
    expect(regions.source.version).toBe('4.0.1');
    expect(regions.source.regulation).toBe('Kepmendagri 300.2.2-2138/2025');
    expect(regions.source.license).toBe('ODbL-1.0 (data), MIT (code)');
    expect(regions.source.attribution).toContain('idn-area-data 4.0.1');
    expect(regions.source.attribution).toContain('Open Database License');
    expect(realpathSync(idnAreaPackageDir())).toBe(realpathSync(join(DATA_DIR, '..')));
  });

  it('has the national totals', () => {
    const count = (level: number) => rows.filter((r) => r.level === level).length;
    expect(count(1)).toBe(38);
    expect(count(2)).toBe(514);
    expect(count(3)).toBe(7285);
    expect(count(4)).toBe(83762);
    expect(rows.filter((r) => r.kind === 'kota').length).toBe(98);
    expect(rows.filter((r) => r.kind === 'kabupaten').length).toBe(416);
    expect(new Set(rows.map((r) => r.code)).size).toBe(rows.length);
  });

  it('has Bali: 9 kab/kota, 57 kecamatan, 716 desa/kelurahan (636 desa + 80 kelurahan)', () => {
    expect(rows.find((r) => r.code === '51')).toEqual({ code: '51', parentCode: null, level: 1, kind: 'provinsi', name: 'Bali' });
    expect(inProvince('51', 2)).toHaveLength(9);
    expect(inProvince('51', 3)).toHaveLength(57);
    const villages = inProvince('51', 4);
    expect(villages).toHaveLength(716);
    expect(villages.filter((r) => r.kind === 'desa')).toHaveLength(636);
    expect(villages.filter((r) => r.kind === 'kelurahan')).toHaveLength(80);
  });

  it("has Bali's kabupaten/kota codes and names", () => {
    expect(inProvince('51', 2).map((r) => [r.code, r.name, r.kind])).toEqual([
      ['51.01', 'Kabupaten Jembrana', 'kabupaten'],
      ['51.02', 'Kabupaten Tabanan', 'kabupaten'],
      ['51.03', 'Kabupaten Badung', 'kabupaten'],
      ['51.04', 'Kabupaten Gianyar', 'kabupaten'],
      ['51.05', 'Kabupaten Klungkung', 'kabupaten'],
      ['51.06', 'Kabupaten Bangli', 'kabupaten'],
      ['51.07', 'Kabupaten Karangasem', 'kabupaten'],
      ['51.08', 'Kabupaten Buleleng', 'kabupaten'],
      ['51.71', 'Kota Denpasar', 'kota'],
    ]);
  });

  it.each([
    ['32', 'Jawa Barat'],
    ['53', 'Nusa Tenggara Timur'],
    ['94', 'Papua Tengah'],
  ])('matches raw line counts for province %s (%s)', (code, name) => {
    expect(rows.find((r) => r.code === code)?.name).toBe(name);
    expect(inProvince(code, 2).length).toBe(rawCount('regencies.csv', code + '.'));
    expect(inProvince(code, 3).length).toBe(rawCount('districts.csv', code + '.'));
    expect(inProvince(code, 4).length).toBe(rawCount('villages.csv', code + '.'));
    const villageLines = rawLines('villages.csv').filter((l) => l.startsWith(code + '.'));
    const kelurahanLines = villageLines.filter((l) => /^\d\d\.\d\d\.\d\d\.1/.test(l)).length;
    expect(inProvince(code, 4).filter((r) => r.kind === 'kelurahan').length).toBe(kelurahanLines);
    expect(inProvince(code, 2).length).toBeGreaterThan(0);
  });

  it('links every row to an existing parent one level up', () => {
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const broken = rows.filter((r) => {
      if (r.level === 1) return r.parentCode !== null;
      const parent = byCode.get(r.parentCode ?? '');
      return parent?.level !== r.level - 1 || !r.code.startsWith(`${r.parentCode}.`);
    });
    expect(broken).toEqual([]);
  });

  it('agrees with the name prefix on kabupaten vs kota for every regency', () => {
    for (const r of rows.filter((x) => x.level === 2)) {
      const byName = r.name.startsWith('Kota ') ? 'kota' : r.name.startsWith('Kabupaten ') ? 'kabupaten' : null;
      expect(byName, r.code).toBe(r.kind);
    }
  });

  it('keeps names as the data gives them, including quoted ones', () => {
    const name = (code: string) => rows.find((r) => r.code === code)?.name;
    expect(name('51.03.06')).toBe('Kuta Utara');
    expect(name('51.03.06.2006')).toBe('Dalung');
    expect(name('12.07.28.1007')).toBe('Lubuk Pakam I,II');
    expect(name('35.13.15.2017')).toBe('Soka"an');
    expect(name('31.71')).toBe('Kota Administrasi Jakarta Pusat');
    expect(rows.find((r) => r.code === '91.03.01.3007')).toMatchObject({ kind: 'desa', name: 'Desa Adat Yoboi' });
  });
});

describe('readIdnAreaRegions on broken data', () => {
  let dir: string;
  const write = (files: Record<string, string>) => {
    dir = mkdtempSync(join(tmpdir(), 'idn-area-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'idn-area-data', version: '9.9.9' }));
    const base: Record<string, string> = {
      'provinces.csv': 'code,name\n51,Bali\n',
      'regencies.csv': 'code,province_code,name\n51.03,51,Kabupaten Badung\n',
      'districts.csv': 'code,regency_code,name\n51.03.06,51.03,Kuta Utara\n',
      'villages.csv': 'code,district_code,name\n51.03.06.2006,51.03.06,Dalung\n',
    };
    for (const [f, t] of Object.entries({ ...base, ...files })) writeFileSync(join(dir, 'data', f), t);
    return dir;
  };
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('reads a minimal valid copy and reports its version', () => {
    const r = readIdnAreaRegions({ packageDir: write({}) });
    expect(r.source.version).toBe('9.9.9');
    expect(r.rows.map((x) => x.code)).toEqual(['51', '51.03', '51.03.06', '51.03.06.2006']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('throws on changed columns', () => {
    expect(() => readIdnAreaRegions({ packageDir: write({ 'villages.csv': 'code,name,district_code\n' }) })).toThrow(/expected columns/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('throws when the parent column disagrees with the code', () => {
    expect(() =>
      readIdnAreaRegions({ packageDir: write({ 'villages.csv': 'code,district_code,name\n51.03.06.2006,51.03.05,Dalung\n' }) }),
    ).toThrow(/does not match/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('throws when the parent is missing', () => {
    expect(() =>
      readIdnAreaRegions({ packageDir: write({ 'villages.csv': 'code,district_code,name\n51.03.07.2006,51.03.07,Dalung\n' }) }),
    ).toThrow(/not in the data/);
    rmSync(dir, { recursive: true, force: true });
  });
});
