import { beforeAll, describe, expect, it } from 'vitest';
import { ok } from '../support/ok.ts';
import { makeTestApp } from '../support/test-db.ts';

// The reference services through the router, on a real database loaded at start-up.
type App = ReturnType<typeof makeTestApp>;
let app: App;
beforeAll(() => {
  app = makeTestApp({ reference: true, now: () => new Date('2026-11-24T03:00:00Z') });
});


describe('reference data loaded at start-up', () => {
  it('loads every region of Indonesia with its source named, once', async () => {
    const levels = app.sqlite.prepare('SELECT level, count(*) AS n FROM region GROUP BY level ORDER BY level').all();
    expect(levels).toEqual([
      { level: 1, n: 38 },
      { level: 2, n: 514 },
      { level: 3, n: 7285 },
      { level: 4, n: 83762 },
    ]);
    const sources = await ok(app.call('reference.sources', {}));
    const regions = sources.find((s) => s.key === 'regions');
    expect(regions).toMatchObject({ name: 'idn-area-data', version: '4.0.1', rowCount: 91599 });
    expect(regions?.license).toMatch(/ODbL/);
    // A second start changes nothing.
    const audits = app.count('audit_log');
    const { prepareData } = await import('../../../core/startup.ts');
    expect(prepareData({ db: app.db, sqlite: app.sqlite, now: () => new Date() })).toEqual({ regions: null, kbli: null, contributionRules: null, lists: {} });
    expect(app.count('audit_log')).toBe(audits);
  });

  it('Bali has 9 kab/kota, 57 kecamatan and 716 desa/kelurahan (636 + 80)', async () => {
    const kabKota = await ok(app.call('regions.children', { parentCode: '51' }));
    expect(kabKota.map((r) => r.name)).toContain('Kabupaten Badung');
    expect(kabKota).toHaveLength(9);
    const kinds = app.sqlite.prepare("SELECT kind, count(*) AS n FROM region WHERE code LIKE '51.%' AND level >= 3 GROUP BY kind ORDER BY kind").all();
    expect(kinds).toEqual([
      { kind: 'desa', n: 636 },
      { kind: 'kecamatan', n: 57 },
      { kind: 'kelurahan', n: 80 },
    ]);
    const badung = await ok(app.call('regions.get', { code: '51.03' }));
    expect(badung).toMatchObject({ name: 'Kabupaten Badung', kind: 'kabupaten', parentName: 'Bali', childCount: 6 });
    // Every desa/kelurahan of Badung, grouped by kecamatan: what the register's desa filter lists.
    const desa = await ok(app.call('regions.within', { code: '51.03', level: 4 }));
    const inKuta = await ok(app.call('regions.children', { parentCode: '51.03.01' }));
    expect(desa).toHaveLength(app.sqlite.prepare("SELECT count(*) FROM region WHERE code LIKE '51.03.%' AND level = 4").pluck().get() as number);
    expect(desa.every((r) => r.level === 4 && r.code.startsWith('51.03.'))).toBe(true);
    const parents = desa.map((r) => r.parentName);
    expect(parents).toEqual([...parents].sort((a, b) => (a! < b! ? -1 : a! > b! ? 1 : 0)));
    expect(desa.filter((r) => r.parentCode === '51.03.01').map((r) => r.code).sort()).toEqual(inKuta.map((r) => r.code).sort());
  });

  it('searches by name (accent- and case-insensitive) or by code, within an area', async () => {
    const byName = await ok(app.call('regions.search', { query: 'KUTA UTARA', withinCode: '51.03', level: 3 }));
    expect(byName[0]).toMatchObject({ code: '51.03.06', name: 'Kuta Utara', kind: 'kecamatan' });
    const byCode = await ok(app.call('regions.search', { query: '510306', level: 3 }));
    expect(byCode.map((r) => r.code)).toEqual(['51.03.06']);
    const outside = await ok(app.call('regions.search', { query: 'Kuta', withinCode: '51.71' }));
    expect(outside).toEqual([]);
  });

  it('resolves spreadsheet text to a code and explains unknown and ambiguous text', async () => {
    const found = await ok(app.call('regions.resolve', { text: 'Kec. Kuta Utara', level: 3, withinCode: '51.03' }));
    expect(found).toMatchObject({ status: 'found', code: '51.03.06' });
    const typo = await ok(app.call('regions.resolve', { text: 'Kuta Utra', level: 3, withinCode: '51.03' }));
    expect(typo.status).toBe('unknown');
    if (typo.status === 'unknown') expect(typo.suggestions[0]?.code).toBe('51.03.06');
    const missingScope = await app.call('regions.resolve', { text: 'Kuta', withinCode: '99.99' });
    expect(!missingScope.ok && missingScope.error.code).toBe('NOT_FOUND');
  });

  it('analyses a NIK against the region table and the office date', async () => {
    const woman = await ok(app.call('nik.analyze', { value: '5103064506850001' }));
    expect(woman).toMatchObject({ valid: true, sex: 'P', birthDate: '1985-06-05', districtCode: '51.03.06' });
    const scientific = await ok(app.call('nik.analyze', { value: '5.10312E+15' }));
    expect(scientific.valid).toBe(false);
    expect(scientific.repair.outcome).toBe('unrepairable');
    const unknownProvince = await ok(app.call('nik.analyze', { value: '0003064506850001' }));
    expect(unknownProvince.valid).toBe(false);
  });
});

describe('setup', () => {
  it('needs setup on an empty database, refuses a wrong level, then records the area', async () => {
    const fresh = makeTestApp({ reference: true });
    expect((await ok(fresh.call('setup.status', {}))).needsSetup).toBe(true);
    const wrong = await fresh.call('setup.complete', { officeName: 'Disnaker Badung', level: 'provinsi', areaCode: '51.03', timeZone: 'WITA' });
    expect(!wrong.ok && wrong.error.code).toBe('INVALID_INPUT');
    expect(!wrong.ok && wrong.error.message).toMatch(/Kabupaten Badung bukan provinsi/);
    const profile = await ok(fresh.call('setup.complete', { officeName: 'Dinas Perindustrian dan Tenaga Kerja Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' }));
    expect(profile).toMatchObject({ level: 'kabupaten_kota', areaCode: '51.03' });
    const status = await ok(fresh.call('setup.status', {}));
    expect(status).toMatchObject({ needsSetup: false, area: { name: 'Kabupaten Badung' } });
    const audit = fresh.sqlite.prepare("SELECT action, after FROM audit_log WHERE entity = 'office_profile'").all() as { action: string; after: string }[];
    expect(audit.map((a) => a.action)).toEqual(['create']);
    expect(JSON.parse(audit[0]?.after ?? '{}')).toMatchObject({ areaCode: '51.03' });
  });
});

describe('contribution rules and calculator', () => {
  it('budgets 100 vulnerable workers for 12 months at Rp16,800 = Rp20,160,000, naming the rules', async () => {
    const result = await ok(app.call('contributions.calculate', { kind: 'apbd', workers: 100, months: 12, package: 'bpu_jkk_jkm', date: '2026-01-01' }));
    expect(result.kind).toBe('apbd');
    if (result.kind !== 'apbd') return;
    expect(result.ok).toBe(true);
    expect(result.total).toBe(20_160_000);
    expect(result.appliedRules.length).toBeGreaterThanOrEqual(2);
  });

  it('computes a PU worker and a Jakon project from the table', async () => {
    const pu = await ok(app.call('contributions.calculate', { kind: 'pu', wage: 3_000_000, riskClass: 1, date: '2026-01-01' }));
    if (pu.kind !== 'pu') throw new Error('kind');
    // JKK 0.24 % 7,200 + JKM 0.30 % 9,000 + JHT 3.7 % 111,000 + JP 2 % 60,000 = 187,200 employer; worker JHT 2 % + JP 1 % = 90,000.
    expect(pu.totals?.monthly.employer).toBe(187_200);
    expect(pu.totals?.monthly.worker).toBe(90_000);
    const jakon = await ok(app.call('contributions.calculate', { kind: 'jakon', contractValue: 1_000_000_000, date: '2026-01-01' }));
    if (jakon.kind !== 'jakon') throw new Error('kind');
    expect(jakon.total).toBe(1_540_000);
  });

  it('an edited rule changes the result and is audited; a broken rule is refused', async () => {
    const own = makeTestApp({ reference: true });
    const rules = await ok(own.call('contributions.rules.list', {}));
    const jkm = rules.find((r) => r.kind === 'bpu_flat' && r.programme === 'JKM');
    expect(jkm?.amount).toBe(6_800);
    if (!jkm) return;
    const { id: _id, ...editable } = jkm;
    await ok(own.call('contributions.rules.save', { ...editable, effectiveTo: '2026-12-31' }));
    await ok(own.call('contributions.rules.save', { ...editable, uid: undefined, amount: 7_000, effectiveFrom: '2027-01-01', effectiveTo: null, sourceNote: 'Uji: tarif baru [u]', certainty: 'unconfirmed' }));
    const next = await ok(own.call('contributions.calculate', { kind: 'apbd', workers: 1, months: 1, package: 'bpu_jkk_jkm', date: '2027-02-01' }));
    expect(next.kind === 'apbd' && next.total).toBe(17_000);
    const before = await ok(own.call('contributions.calculate', { kind: 'apbd', workers: 1, months: 1, package: 'bpu_jkk_jkm', date: '2026-06-01' }));
    expect(before.kind === 'apbd' && before.total).toBe(16_800);
    expect(own.sqlite.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'contribution_rule' AND action IN ('create', 'update')").get()).toEqual({ n: 2 });
    const broken = await own.call('contributions.rules.save', { ...editable, uid: undefined, effectiveFrom: '2027-01-01', effectiveTo: '2026-01-01' });
    expect(!broken.ok && broken.error.code).toBe('INVALID_INPUT');
  });
});

describe('editable lists', () => {
  it('seeds the lists, adds and deactivates items with audit, and refuses a duplicate code', async () => {
    const own = makeTestApp({ reference: true });
    const categories = await ok(own.call('lists.get', { list: 'vulnerable_category' }));
    expect(categories.map((c) => c.code)).toEqual(expect.arrayContaining(['petani', 'nelayan', 'pecalang', 'sulinggih', 'non_asn']));
    const segments = await ok(own.call('lists.get', { list: 'segment' }));
    expect(segments.map((s) => s.code)).toEqual(['PU', 'BPU', 'JAKON', 'PMI']);
    const added = await ok(own.call('lists.save', { list: 'vulnerable_category', code: 'pengemudi_cidomo', labelId: 'Pengemudi cidomo', labelEn: 'Horse-cart drivers', sortOrder: 999 }));
    const duplicate = await own.call('lists.save', { list: 'vulnerable_category', code: 'petani', labelId: 'Petani lagi', labelEn: 'Farmers again' });
    expect(!duplicate.ok && duplicate.error.code).toBe('CONFLICT');
    const { id: _id, ...editable } = added;
    await ok(own.call('lists.save', { ...editable, active: false }));
    const active = await ok(own.call('lists.get', { list: 'vulnerable_category' }));
    expect(active.map((c) => c.code)).not.toContain('pengemudi_cidomo');
    const all = await ok(own.call('lists.get', { list: 'vulnerable_category', includeInactive: true }));
    expect(all.map((c) => c.code)).toContain('pengemudi_cidomo');
    expect(own.sqlite.prepare("SELECT action FROM audit_log WHERE entity = 'lookup_item' AND entity_uid = ?").all(added.uid)).toEqual([{ action: 'create' }, { action: 'update' }]);
  });

  it('takes an item without English words, and its Indonesian ones stand in for them', async () => {
    const own = makeTestApp({ reference: true });
    const added = await ok(own.call('lists.save', { list: 'vulnerable_category', code: 'tukang_suun', labelId: 'Tukang suun' }));
    expect(added.labelEn).toBe('');
    const { listLabel } = await import('../../../core/coverage/labels.ts');
    expect(listLabel(own.sqlite, 'vulnerable_category', 'tukang_suun')).toEqual({ id: 'Tukang suun', en: 'Tukang suun' });
    // A code taken by it is refused naming it in both languages.
    const duplicate = await own.call('lists.save', { list: 'vulnerable_category', code: 'tukang_suun', labelId: 'Lagi' });
    expect(!duplicate.ok && duplicate.error.code).toBe('CONFLICT');
  });
});

describe('KBLI and business scale', () => {
  it('maps a 5-digit code to its section and classifies scale', async () => {
    const kbli = await ok(app.call('kbli.analyze', { code: '47111' }));
    expect(kbli).toMatchObject({ valid: true, section: 'G' });
    const scale = await ok(app.call('business.scale', { capital: 1_000_000_001 }));
    expect(scale.scale).toBe('kecil');
  });
});
