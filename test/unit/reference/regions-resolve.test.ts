import { beforeAll, describe, expect, it } from 'vitest';
import { readIdnAreaRegions } from '../../../core/reference/regions/idn-area-source.ts';
import type { RegionRow } from '../../../core/reference/regions/idn-area-source.ts';
import { createRegionResolver, editDistance, foldName } from '../../../core/reference/regions/resolve-region-text.ts';
import type { RegionResolution, RegionResolver } from '../../../core/reference/regions/resolve-region-text.ts';

// Real Bali data (idn-area-data 4.0.1):
//   51.03 Kabupaten Badung; 51.03.05 Kuta Selatan; 51.03.06 Kuta Utara;
//   51.03.06.2006 Desa Dalung; 51.03.06.1002 Kelurahan Kerobokan;
//   51.08.07.2011 Desa Kerobokan (Kec. Sawan, Buleleng);
//   Kabupaten Tabanan 51.02 has two desa Baturiti: 51.02.04.2010 (Kec. Kerambitan)
//   and 51.02.09.2006 (Kec. Baturiti, 51.02.09); also two desa Beraban and two Kukuh.
const BADUNG = '51.03';

let resolver: RegionResolver;

beforeAll(() => {
  const { rows } = readIdnAreaRegions();
  resolver = createRegionResolver(rows);
});

function found(r: RegionResolution): string {
  if (r.status !== 'found') throw new Error(`expected found, got ${r.status}: ${'message' in r ? r.message.en : ''}`);
  return r.code;
}

describe('foldName and editDistance', () => {
  it('folds case, diacritics, punctuation and spaces', () => {
    expect(foldName('  KÚTA   Utara! ')).toBe('kuta utara');
    expect(foldName('Regapu’u')).toBe('regapuu');
    expect(foldName('Kec.Kuta-Utara')).toBe('kec kuta utara');
  });

  it('counts edits including transpositions', () => {
    expect(editDistance('kuta utra', 'kuta utara')).toBe(1);
    expect(editDistance('kuta uatra', 'kuta utara')).toBe(1);
    expect(editDistance('dalung', 'dalung')).toBe(0);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('abcdef', 'a', 2)).toBe(3);
  });
});

describe('resolve by name', () => {
  it.each([
    'Kec. Kuta Utara',
    'Kecamatan Kuta Utara',
    'KUTA UTARA',
    'kuta utara ',
    '  Kuta   Utara ',
    'Kec.Kuta Utara',
    'KÚTA UTARA',
    'kuta-utara',
  ])('finds kecamatan Kuta Utara from %j', (text) => {
    const r = resolver.resolve(text, { level: 3, withinCode: BADUNG });
    expect(r).toEqual({ status: 'found', code: '51.03.06', name: 'Kuta Utara', kind: 'kecamatan', how: 'name' });
  });

  it('finds Kuta Utara without level or scope too (the name is unique nationally)', () => {
    expect(found(resolver.resolve('Kuta Utara'))).toBe('51.03.06');
  });

  it.each(['Desa Dalung', 'Ds. Dalung', 'DS Dalung', 'dalung', 'Desa  DALUNG.'])('finds desa Dalung from %j within Badung', (text) => {
    const r = resolver.resolve(text, { level: 4, withinCode: BADUNG });
    expect(r).toEqual({ status: 'found', code: '51.03.06.2006', name: 'Dalung', kind: 'desa', how: 'name' });
  });

  it('uses Kel./Desa to choose between a kelurahan and a desa of the same name', () => {
    const bali = { level: 4 as const, withinCode: '51' };
    expect(found(resolver.resolve('Kel. Kerobokan', bali))).toBe('51.03.06.1002');
    expect(found(resolver.resolve('Kelurahan Kerobokan', bali))).toBe('51.03.06.1002');
    expect(found(resolver.resolve('Desa Kerobokan', bali))).toBe('51.08.07.2011');
    expect(found(resolver.resolve('Ds. Kerobokan', bali))).toBe('51.08.07.2011');
  });

  it('falls back to the name when the kind word is wrong (people write "Desa" for a kelurahan)', () => {
    expect(found(resolver.resolve('Desa Kerobokan', { level: 4, withinCode: BADUNG }))).toBe('51.03.06.1002');
  });

  it('does not take Kerobokan Kaja or Kerobokan Kelod for Kerobokan', () => {
    expect(found(resolver.resolve('Kerobokan', { level: 4, withinCode: '51.03.06' }))).toBe('51.03.06.1002');
    expect(found(resolver.resolve('Kerobokan Kaja', { level: 4, withinCode: BADUNG }))).toBe('51.03.06.1003');
  });

  it('matches names that begin with a kind word as written (desa "Kota Baru", "Kampung Baru")', () => {
    const kotaBaru = resolver.resolve('Kota Baru', { level: 4 });
    expect(kotaBaru.status).toBe('ambiguous');
    if (kotaBaru.status === 'ambiguous') {
      expect(kotaBaru.candidates.every((c) => c.name === 'Kota Baru')).toBe(true);
    }
  });

  it('finds a kota with or without the word Kota', () => {
    expect(found(resolver.resolve('Kota Denpasar'))).toBe('51.71');
    expect(found(resolver.resolve('Denpasar'))).toBe('51.71');
    expect(found(resolver.resolve('Kab. Badung'))).toBe('51.03');
  });

  it('ignores apostrophe variants', () => {
    expect(found(resolver.resolve("Regapu'u", { level: 4 }))).toBe('53.07.01.2021');
    expect(found(resolver.resolve('Regapuu', { level: 4 }))).toBe('53.07.01.2021');
  });
});

describe('resolve by code', () => {
  it.each(['51.03.05', '510305', ' 51.03.05 ', '51 03 05'])('finds %j', (text) => {
    expect(resolver.resolve(text, { withinCode: BADUNG })).toEqual({
      status: 'found',
      code: '51.03.05',
      name: 'Kuta Selatan',
      kind: 'kecamatan',
      how: 'code',
    });
  });

  it('finds a desa by its undotted code', () => {
    expect(resolver.resolve('5103062006', { level: 4 })).toMatchObject({ status: 'found', code: '51.03.06.2006', how: 'code' });
  });

  it('says a code outside the office area is outside it', () => {
    const r = resolver.resolve('51.71.01', { level: 3, withinCode: BADUNG });
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') {
      expect(r.message.id).toContain('di luar wilayah kantor');
      expect(r.message.id).toContain('Kabupaten Badung');
      expect(r.message.en).toContain('outside the office area');
    }
  });

  it('says a code that does not exist does not exist', () => {
    const r = resolver.resolve('51.03.99', { withinCode: BADUNG });
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') expect(r.message.id).toContain('tidak ada');
  });

  it('rejects a malformed code with an example of the right form', () => {
    const r = resolver.resolve('51.3.5');
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') expect(r.message.id).toContain('51.03.06');
  });

  it('rejects a code of the wrong level', () => {
    const r = resolver.resolve('51.03.06', { level: 4, withinCode: BADUNG });
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') expect(r.message.id).toMatch(/kecamatan.*bukan desa\/kelurahan/);
  });
});

describe('ambiguity', () => {
  it('reports two desa Baturiti in Kabupaten Tabanan with their kecamatan', () => {
    const r = resolver.resolve('Baturiti', { level: 4, withinCode: '51.02' });
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.candidates).toEqual([
      { code: '51.02.04.2010', name: 'Baturiti', kind: 'desa', parentName: 'Kecamatan Kerambitan' },
      { code: '51.02.09.2006', name: 'Baturiti', kind: 'desa', parentName: 'Kecamatan Baturiti' },
    ]);
    expect(r.message.id).toContain('Tulis nama kecamatan juga');
    expect(r.message.id).toContain('kode wilayah');
    expect(r.message.en).toContain('region code');
  });

  it('is ambiguous for other real duplicates too (Beraban, Kukuh in Tabanan; Bunutin in Bangli)', () => {
    for (const [name, scope] of [['Beraban', '51.02'], ['Kukuh', '51.02'], ['Bunutin', '51.06'], ['Kayuputih', '51.08']] as const) {
      const r = resolver.resolve(name, { level: 4, withinCode: scope });
      expect(r.status, name).toBe('ambiguous');
      if (r.status === 'ambiguous') expect(r.candidates).toHaveLength(2);
    }
  });

  it('narrows to one when the kecamatan is known', () => {
    expect(found(resolver.resolve('Baturiti', { level: 4, withinCode: '51.02.09' }))).toBe('51.02.09.2006');
    expect(found(resolver.resolve('Baturiti', { level: 4, withinCode: '51.02.04' }))).toBe('51.02.04.2010');
  });

  it('narrows with the kecamatan written after the name', () => {
    const opts = { level: 4 as const, withinCode: '51.02' };
    expect(found(resolver.resolve('Baturiti, Kerambitan', opts))).toBe('51.02.04.2010');
    expect(found(resolver.resolve('Desa Baturiti (Kec. Baturiti)', opts))).toBe('51.02.09.2006');
    expect(found(resolver.resolve('Baturiti / Kecamatan Kerambitan', opts))).toBe('51.02.04.2010');
  });

  it('is ambiguous between a kecamatan and desa of the same name when no level is asked', () => {
    const r = resolver.resolve('Baturiti', { withinCode: '51.02' });
    expect(r.status).toBe('ambiguous');
    if (r.status === 'ambiguous') {
      expect(r.candidates.map((c) => c.kind).sort()).toEqual(['desa', 'desa', 'kecamatan']);
      expect(r.message.id).toContain('Kec. Baturiti');
    }
    expect(found(resolver.resolve('Kec. Baturiti', { withinCode: '51.02' }))).toBe('51.02.09');
  });
});

describe('unknown names', () => {
  it('suggests Kuta Utara for the typo "Kuta Utra"', () => {
    const r = resolver.resolve('Kuta Utra', { level: 3, withinCode: BADUNG });
    expect(r.status).toBe('unknown');
    if (r.status !== 'unknown') return;
    expect(r.suggestions[0]?.code).toBe('51.03.06');
    expect(r.suggestions[0]?.name).toContain('Kuta Utara');
    expect(r.message.id).toContain('Mungkin maksudnya');
    expect(r.message.en).toContain('Did you mean');
  });

  it('suggests within the scope and level only', () => {
    const r = resolver.resolve('Kec. Kuta Utra', { withinCode: BADUNG });
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') {
      expect(r.suggestions.length).toBeGreaterThan(0);
      expect(r.suggestions.every((s) => s.code.startsWith('51.03.') && s.code.split('.').length === 3)).toBe(true);
    }
  });

  it('suggests "Dalung" for "Dalong" and "Kerobokan" for "Kerobkan"', () => {
    const a = resolver.resolve('Desa Dalong', { level: 4, withinCode: BADUNG });
    expect(a.status === 'unknown' && a.suggestions.map((s) => s.code)).toContain('51.03.06.2006');
    const b = resolver.resolve('Kerobkan', { level: 4, withinCode: BADUNG });
    expect(b.status === 'unknown' && b.suggestions.map((s) => s.code)).toContain('51.03.06.1002');
  });

  it('says a name that exists only outside the office area is outside it', () => {
    const r = resolver.resolve('Dalung', { level: 4, withinCode: '51.71' });
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') {
      expect(r.message.id).toContain('di luar wilayah kantor');
      expect(r.message.id).toContain('51.03.06.2006');
      // It says the name is not in the scope asked, before where it is instead.
      expect(r.message.id).toMatch(/^"Dalung" tidak ada di .*Denpasar.*\. Nama itu hanya ada di luar wilayah kantor: /);
    }
  });

  it('says when a kecamatan name was given where a desa was asked', () => {
    const r = resolver.resolve('Kuta Utara', { level: 4, withinCode: BADUNG });
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') expect(r.message.id).toContain('bukan desa/kelurahan');
  });

  it('gives no suggestions for nonsense', () => {
    const r = resolver.resolve('Qwertyuiop Zxcvb', { level: 4, withinCode: BADUNG });
    expect(r).toMatchObject({ status: 'unknown', suggestions: [] });
  });

  it('handles empty text', () => {
    const r = resolver.resolve('   ', { level: 4 });
    expect(r.status).toBe('unknown');
    if (r.status === 'unknown') expect(r.message.id).toContain('kosong');
  });

  it('throws on a scope code that does not exist (a programming error, not user input)', () => {
    expect(() => resolver.resolve('Dalung', { withinCode: '51.99' })).toThrow(/withinCode/);
  });
});

describe('small synthetic data', () => {
  const rows: RegionRow[] = [
    { code: '51', parentCode: null, level: 1, kind: 'provinsi', name: 'Bali' },
    { code: '51.03', parentCode: '51', level: 2, kind: 'kabupaten', name: 'Kabupaten Badung' },
    { code: '51.03.01', parentCode: '51.03', level: 3, kind: 'kecamatan', name: 'Kuta' },
    { code: '51.03.01.1001', parentCode: '51.03.01', level: 4, kind: 'kelurahan', name: 'Kuta' },
  ];
  it('resolves with only the rows given', () => {
    const r = createRegionResolver(rows);
    expect(found(r.resolve('Kel. Kuta'))).toBe('51.03.01.1001');
    expect(found(r.resolve('Kec. Kuta'))).toBe('51.03.01');
    expect(r.resolve('Kuta').status).toBe('ambiguous');
  });
});
