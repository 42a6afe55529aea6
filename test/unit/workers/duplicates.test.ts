import { describe, expect, it } from 'vitest';
import type { DuplicateList, DuplicateScanResult } from '../../../core/api/duplicates.ts';
import type { PersonInput } from '../../../core/api/workers.ts';
import { jaroWinkler, nameCore, nameSimilarity } from '../../../core/workers/duplicates/name-core.ts';
import { jobEnd } from '../support/jobs.ts';
import { badungApp } from '../employers/support.ts';

// The duplicate review on real SQLite: the scan's three kinds found and nothing else, a
// "different people" decision remembered across scans, a merge that moves periods and history
// and whose undo restores every row exactly, a merge refused for overlapping periods.

type App = Awaited<ReturnType<typeof badungApp>>;
const dalung = { kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' };
const kerobokan = { kecamatanCode: '51.03.06', desaCode: '51.03.06.1002' };
const bpu = (startDate: string, endDate: string | null = null) => ({ segment: 'BPU' as const, startDate, endDate, programmes: ['JKK' as const, 'JKM' as const], funding: 'apbd_kabkota', source: 'Daftar desa' });

async function add(app: App, nik: string, name: string, place: typeof dalung, extra: Partial<PersonInput> = {}): Promise<string> {
  const saved = await app.call('workers.save', { nik, name, ...place, periods: [bpu('2025-01-01')], ...extra });
  if (!saved.ok) throw new Error(`${name}: ${saved.error.message}`);
  return saved.data.person.uid;
}

async function scan(app: App): Promise<DuplicateScanResult> {
  const started = await app.call('duplicates.scan', {});
  if (!started.ok) throw new Error(started.error.message);
  const done = await jobEnd(app.call, started.data);
  if (done.status !== 'done') throw new Error(done.error?.message ?? done.status);
  return done.result as DuplicateScanResult;
}

async function list(app: App): Promise<DuplicateList> {
  const r = await app.call('duplicates.list', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.data;
}

const pairsOf = (l: DuplicateList) => l.pairs.map((p) => [p.kind, [p.a.name, p.b.name].sort().join(' / ')]);

/** The people of every kind, and people alike in one way only (who must not be proposed). */
async function seed(app: App) {
  // Same name and birth date in one desa, NIKs four digits apart.
  await add(app, '5103061203850001', 'I Made Sudarsana', dalung);
  await add(app, '5103061203857342', 'I Made Sudarsana', dalung);
  // One digit apart, similar names, in two desa.
  await add(app, '5103061506900011', 'I Wayan Suarta', dalung);
  await add(app, '5103061506900017', 'Wayan Suarta', kerobokan);
  // Two neighbouring digits swapped, a name spelled two ways.
  await add(app, '5103064708880021', 'Ni Ketut Sriani', dalung);
  await add(app, '5103064708880012', 'Ketut Sriyani', kerobokan);
  // A spelling variant without its prefix: same birth date and desa, NIKs far apart.
  await add(app, '5103060101800005', 'I Made Sudarsana', kerobokan);
  await add(app, '5103060101809123', 'Made Sudarsane', kerobokan);
  // Unrelated: the same name born another day; the same name and day in another desa; NIKs one
  // digit apart with other names; a similar name born another day.
  await add(app, '5103062507850001', 'I Made Sudarsana', dalung);
  await add(app, '5103061203859999', 'I Made Sudarsana', kerobokan);
  await add(app, '5103062010750031', 'I Nyoman Wirawan', dalung);
  await add(app, '5103062010750032', 'I Ketut Darmawan', dalung);
  await add(app, '5103060202800005', 'Made Sudarsane', kerobokan);
}

describe('names as the review compares them', () => {
  it('sets Balinese birth-order and caste words aside and reads old spellings as new', () => {
    expect(nameCore('I Made Sudarsana')).toBe('sudarsana');
    expect(nameCore('Md. Sudarsana')).toBe('sudarsana');
    expect(nameCore('Ida Bagus Putu Arsana')).toBe('arsana');
    expect(nameCore('I Gusti Ayu Sukerti')).toBe('sukerti');
    expect(nameCore('Ni Made Ayu')).toBe('ayu'); // only such words: the last stays
    expect(nameCore('Soedarsana')).toBe('sudarsana');
    expect(nameCore('Budi Santoso')).toBe('budi santoso');
    expect(nameSimilarity('sudarsana', 'sudarsane')).toBeGreaterThan(0.9);
    expect(nameSimilarity('budi santoso', 'santoso budi')).toBe(1);
    expect(nameSimilarity('wirawan', 'darmawan')).toBeLessThan(0.85);
  });

  it('are compared by Jaro-Winkler as published, the same every time and either way round', () => {
    const published: [string, string, number][] = [['martha', 'marhta', 0.961], ['dwayne', 'duane', 0.84], ['dixon', 'dicksonx', 0.813]];
    for (const [a, b, value] of published) {
      expect(jaroWinkler(a, b)).toBeCloseTo(value, 3);
      expect(jaroWinkler(b, a)).toBe(jaroWinkler(a, b));
    }
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
    // Many comparisons in between change nothing (the library's pool and cache did).
    const first = jaroWinkler('sudarsana', 'sudarsane');
    for (let i = 0; i < 20_000; i += 1) jaroWinkler(`n${i}`, `m${i % 97}abc`);
    expect(jaroWinkler('sudarsana', 'sudarsane')).toBe(first);
  });
});

describe('the duplicate scan', () => {
  it('finds each kind with its evidence and leaves unrelated people alone', async () => {
    const app = await badungApp();
    await seed(app);
    const result = await scan(app);
    expect(result).toMatchObject({ people: 13, pairs: 4, remembered: 0 });
    const found = await list(app);
    expect(pairsOf(found)).toEqual([
      ['same_name_birth', 'I Made Sudarsana / I Made Sudarsana'],
      ['nik_one_digit', 'I Wayan Suarta / Wayan Suarta'],
      ['nik_transposition', 'Ketut Sriyani / Ni Ketut Sriani'],
      ['name_variant', 'I Made Sudarsana / Made Sudarsane'],
    ]);
    const [same, digit, swap, variant] = found.pairs;
    expect(same!.evidence).toMatchObject({ rules: ['same_name_birth'], sameBirthDate: true, sameDesa: true, nikDigits: [12, 13, 14, 15] });
    expect(same!.a.desaName).toBe('Dalung');
    expect(digit!.evidence).toMatchObject({ rules: ['nik_one_digit'], nikDigits: [15], sameDesa: false });
    expect(swap!.evidence).toMatchObject({ rules: ['nik_transposition'], nikDigits: [14, 15] });
    expect(swap!.score).toBeGreaterThan(0.85);
    expect(variant!.evidence).toMatchObject({ rules: ['name_variant'], sameBirthDate: true, sameDesa: true });
    expect(found.lastScan).toMatchObject({ people: 13, pairs: 4 });
    // A second scan proposes the same pairs.
    expect(await scan(app)).toMatchObject({ people: 13, pairs: 4 });
    expect(pairsOf(await list(app))).toEqual(pairsOf(found));
    // The scan is in the audit log, without names or NIKs.
    const audit = app.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'scan'").pluck().get() as string;
    expect(audit).not.toMatch(/Sudarsana|5103/);
    // Its detail reads in words, in both languages, not the stored keys.
    const scanId = app.sqlite.prepare("SELECT id FROM audit_log WHERE action = 'scan' ORDER BY id LIMIT 1").pluck().get() as number;
    const detail = await app.call('audit.get', { id: scanId });
    if (!detail.ok) throw new Error(detail.error.message);
    expect(detail.data.changes.map((c) => [c.field, c.label.id, c.shownAfter?.id])).toEqual([
      ['people', 'Orang aktif dibandingkan', '13'],
      ['pairs', 'Pasangan ditemukan', '4'],
      ['remembered', 'Pasangan yang sudah diputuskan (tidak diusulkan lagi)', '0'],
      ['ms', 'Lama pencarian (milidetik)', expect.stringMatching(/^\d/)],
    ]);
    expect(detail.data.changes.map((c) => c.label.en)).toEqual(['Active people compared', 'Pairs found', 'Pairs already decided (not proposed again)', 'Search time (milliseconds)']);
  });

  it('remembers "different people" across scans, and compares only active people', async () => {
    const app = await badungApp();
    await seed(app);
    await scan(app);
    const variant = (await list(app)).pairs.find((p) => p.kind === 'name_variant')!;
    const decided = await app.call('duplicates.different', { pairId: variant.id });
    expect(decided.ok).toBe(true);
    expect((await list(app)).total).toBe(3);
    const again = await app.call('duplicates.different', { pairId: variant.id });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    // Each person's history says it.
    const history = await app.call('registers.history', { register: 'worker', uid: variant.a.uid });
    expect(history.ok && history.data[0]!.action).toBe('different');

    // A click on the wrong pair is taken back: the pair is open again, the decision forgotten, both histories say so.
    const takenBack = await app.call('duplicates.undoDifferent', { pairId: variant.id });
    expect(takenBack.ok).toBe(true);
    expect((await list(app)).total).toBe(4);
    expect(app.count('duplicate_decision')).toBe(0);
    expect(app.sqlite.prepare("SELECT entity_uid FROM audit_log WHERE action = 'undo-different' ORDER BY entity_uid").pluck().all()).toEqual([variant.a.uid, variant.b.uid].sort());
    const twice = await app.call('duplicates.undoDifferent', { pairId: variant.id });
    expect(!twice.ok && twice.error.message).toBe('Pasangan ini tidak berstatus "orang berbeda"; tidak ada yang diurungkan.');
    expect((await app.call('duplicates.different', { pairId: variant.id })).ok).toBe(true);
    // The person's data report names the other record by its masked NIK, both for the mark and for its undo (walk 30: "Diubah: Orang berbeda dari").
    const nikOf = (uid: string) => app.sqlite.prepare('SELECT nik FROM person WHERE uid = ?').pluck().get(uid) as string;
    const [a, b] = [nikOf(variant.a.uid), nikOf(variant.b.uid)];
    const made = await app.call('workers.report', { nik: a, formats: ['text'] });
    if (!made.ok) throw new Error(made.error.message);
    const text = (made.data as { text: string }).text;
    const masked = `${b.slice(0, 6)}******${b.slice(-4)}`;
    expect(text).toContain(`Rincian: Ditandai orang yang berbeda dari ${masked}`);
    expect(text).toContain(`Rincian: Tanda orang berbeda dari ${masked} dibatalkan`);
    expect(text).not.toContain(b);

    const rescan = await scan(app);
    expect(rescan).toMatchObject({ pairs: 3, remembered: 1 });
    expect(pairsOf(await list(app)).map(([kind]) => kind)).toEqual(['same_name_birth', 'nik_one_digit', 'nik_transposition']);

    // A person entered in error is not compared.
    const digit = (await list(app)).pairs.find((p) => p.kind === 'nik_one_digit')!;
    const status = await app.call('workers.setStatus', { uid: digit.b.uid, recordStatus: 'salah_input', reason: 'Ganda' });
    expect(status.ok).toBe(true);
    expect(await scan(app)).toMatchObject({ people: 12, pairs: 2, remembered: 1 });
  });
});

describe('merging a pair', () => {
  const snapshot = (app: App) => ({
    people: app.sqlite.prepare('SELECT * FROM person ORDER BY id').all(),
    periods: app.sqlite.prepare('SELECT * FROM participation_period ORDER BY id').all(),
  });

  it('moves the periods and history to the kept person, fills gaps, and its undo restores every row', async () => {
    const app = await badungApp();
    const kept = await add(app, '5103061203850001', 'I Made Sudarsana', dalung, { periods: [bpu('2023-01-01', '2023-12-31')] });
    const other = await add(app, '5103061203857342', 'Made Sudarsana', dalung, { phone: '081234567890', address: 'Br. Kaja', periods: [bpu('2025-01-01')] });
    await scan(app);
    const [pair] = (await list(app)).pairs;
    expect(pair!.kind).toBe('same_name_birth');
    const before = snapshot(app);

    const merged = await app.call('duplicates.merge', { pairId: pair!.id, keepUid: kept });
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.data).toMatchObject({ kept: { uid: kept }, merged: { uid: other }, undoneAt: null });
    const keptNow = await app.call('workers.get', { uid: kept });
    const otherNow = await app.call('workers.get', { uid: other });
    if (!keptNow.ok || !otherNow.ok) throw new Error('person not read');
    expect(keptNow.data.periods.map((p) => [p.startDate, p.endDate])).toEqual([['2023-01-01', '2023-12-31'], ['2025-01-01', null]]);
    expect(keptNow.data.statusToday).toBe('aktif');
    expect(keptNow.data.person).toMatchObject({ name: 'I Made Sudarsana', phone: '081234567890', address: 'Br. Kaja' });
    expect(otherNow.data.periods).toEqual([]);
    expect(otherNow.data.person).toMatchObject({ recordStatus: 'salah_input', statusReason: 'digabung ke 510306******0001', statusDate: '2026-11-24' });
    // The pair is decided; the kept person's history says with whom, and which periods came.
    expect((await list(app)).total).toBe(0);
    const history = await app.call('registers.history', { register: 'worker', uid: kept });
    if (!history.ok) throw new Error(history.error.message);
    expect(history.data[0]!.action).toBe('merge');
    expect(history.data[0]!.changes.map((c) => c.field)).toEqual(expect.arrayContaining(['periods', 'phone', 'mergedWith']));
    // In words, as the person's data report prints it.
    expect(history.data[0]!.changes.find((c) => c.field === 'mergedWith')).toMatchObject({ label: { id: 'Digabung dengan', en: 'Merged with' } });
    // The merged person's history came along, each entry saying whose it was.
    const carried = history.data.filter((h) => h.mergedFrom);
    expect(carried.map((h) => [h.action, h.mergedFrom])).toEqual([['merged', '5103061203857342 Made Sudarsana'], ['create', '5103061203857342 Made Sudarsana']]);
    const count = app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action IN ('merge', 'merged')").pluck().get();
    expect(count).toBe(2);

    const undone = await app.call('duplicates.undoMerge', { mergeUid: merged.data.uid });
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.data.undoneAt).not.toBeNull();
    expect(snapshot(app)).toEqual(before);
    const historyAfter = await app.call('registers.history', { register: 'worker', uid: kept });
    expect(historyAfter.ok && historyAfter.data.filter((h) => h.mergedFrom)).toEqual([]);
    // The pair is open again, the undo audited on both people, and a second undo refused.
    expect((await list(app)).pairs.map((p) => p.id)).toEqual([pair!.id]);
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'undo-merge'").pluck().get()).toBe(2);
    const twice = await app.call('duplicates.undoMerge', { mergeUid: merged.data.uid });
    expect(!twice.ok && twice.error.code).toBe('CONFLICT');
  });

  it('takes the fields the reviewer chose, and refuses an undo after the kept person changed', async () => {
    const app = await badungApp();
    const kept = await add(app, '5103061203850001', 'I Made Sudarsana', dalung, { phone: '081111111111', periods: [] });
    await add(app, '5103061203850003', 'I Made Sudarsana', kerobokan, { phone: '082222222222', periods: [] }); // one digit apart, another desa
    await scan(app);
    const [pair] = (await list(app)).pairs;
    expect(pair!.kind).toBe('nik_one_digit');
    const merged = await app.call('duplicates.merge', { pairId: pair!.id, keepUid: kept, takeFromMerged: ['phone', 'domicile'] });
    if (!merged.ok) throw new Error(merged.error.message);
    const keptNow = await app.call('workers.get', { uid: kept });
    expect(keptNow.ok && [keptNow.data.person.phone, keptNow.data.person.desaName]).toEqual(['082222222222', 'Kerobokan']);
    const edited = await app.call('workers.save', { uid: kept, nik: '5103061203850001', name: 'I Made Sudarsana', phone: '083333333333', ...dalung });
    expect(edited.ok).toBe(true);
    const undo = await app.call('duplicates.undoMerge', { mergeUid: merged.data.uid });
    expect(!undo.ok && undo.error.message).toMatch(/sudah diubah sesudahnya/);
  });

  it('joins the period listed for both into the kept one (earlier start, the open end, both programmes), and its undo restores both rows', async () => {
    const app = await badungApp();
    const kept = await add(app, '5103061203850001', 'I Made Sudarsana', dalung, { periods: [bpu('2025-01-01')] });
    await add(app, '5103061203857342', 'Made Sudarsana', dalung, { periods: [{ ...bpu('2024-07-01', '2025-08-31'), programmes: ['JKK', 'JKM', 'JHT'], kpj: '25012345670' }] });
    await scan(app);
    const [pair] = (await list(app)).pairs;
    // The periods were written earlier than the merge (the test's clock stands still).
    app.sqlite.prepare("UPDATE participation_period SET updated_at = '2026-01-01T00:00:00.000Z'").run();
    const before = snapshot(app);
    const merged = await app.call('duplicates.merge', { pairId: pair!.id, keepUid: kept });
    if (!merged.ok) throw new Error(merged.error.message);
    const periods = app.sqlite.prepare('SELECT p.nik, pp.start_date, pp.end_date, pp.programmes, pp.kpj FROM participation_period pp JOIN person p ON p.id = pp.person_id').raw().all();
    expect(periods).toEqual([['5103061203850001', '2024-07-01', null, '["JKK","JKM","JHT"]', '25012345670']]);
    // Changed by the merge: an undo of the import that wrote it would see it edited since.
    expect(app.sqlite.prepare('SELECT updated_at FROM participation_period').pluck().get()).not.toBe('2026-01-01T00:00:00.000Z');
    const undone = await app.call('duplicates.undoMerge', { mergeUid: merged.data.uid });
    if (!undone.ok) throw new Error(undone.error.message);
    expect(snapshot(app)).toEqual(before);
  });

  it('is refused when a period would still overlap two of the kept person\'s, and nothing changes', async () => {
    const app = await badungApp();
    const kept = await add(app, '5103061203850001', 'I Made Sudarsana', dalung, { periods: [bpu('2023-01-01', '2023-12-31'), bpu('2024-06-01')] });
    await add(app, '5103061203857342', 'Made Sudarsana', dalung, { periods: [bpu('2023-06-01', '2024-12-31')] });
    await scan(app);
    const [pair] = (await list(app)).pairs;
    const before = snapshot(app);
    const merged = await app.call('duplicates.merge', { pairId: pair!.id, keepUid: kept });
    expect(!merged.ok && merged.error.code).toBe('CONFLICT');
    expect(!merged.ok && merged.error.message).toMatch(/^Penggabungan ditolak: Periode BPU mulai .* bertumpang tindih/);
    expect(snapshot(app)).toEqual(before);
    expect((await list(app)).total).toBe(1);
  });

  it('names a period paid another way that would overlap in the merge plan; leaving it with the merged person merges, and the undo restores both', async () => {
    const app = await badungApp();
    const kept = await add(app, '5103061203850001', 'I Made Sudarsana', dalung, { periods: [bpu('2025-01-01'), { ...bpu('2023-01-01', '2023-12-31'), segment: 'PMI' }] });
    await add(app, '5103061203857342', 'Made Sudarsana', dalung, { periods: [{ ...bpu('2024-07-01'), funding: 'mandiri' }, { ...bpu('2022-01-01', '2022-12-31') }] });
    await scan(app);
    const [pair] = (await list(app)).pairs;
    const before = snapshot(app);
    const asked = await app.call('duplicates.mergePlan', { pairId: pair!.id, keepUid: kept });
    if (!asked.ok) throw new Error(asked.error.message);
    const mandiriUid = app.sqlite.prepare("SELECT uid FROM participation_period WHERE funding = 'mandiri'").pluck().get() as string;
    expect(asked.data).toEqual({
      joined: 0,
      moved: 1,
      clashes: [
        {
          period: { uid: mandiriUid, segment: 'BPU', startDate: '2024-07-01', endDate: null, funding: { id: 'Mandiri (bayar sendiri)', en: 'Self-paid' }, employerName: null },
          kept: { uid: expect.any(String), segment: 'BPU', startDate: '2025-01-01', endDate: null, funding: { id: 'APBD kabupaten/kota', en: expect.any(String) }, employerName: null },
          reason: 'payer',
        },
      ],
    });
    // Asked without leaving it out: refused, the dialog named.
    const refused = await app.call('duplicates.merge', { pairId: pair!.id, keepUid: kept });
    expect(!refused.ok && refused.error.message).toMatch(/Di jendela Gabungkan, tandai periode rangkap/);
    // Only the merged person's periods can be left out.
    const keptPeriodUid = asked.data.clashes[0]!.kept.uid;
    const wrongDrop = await app.call('duplicates.merge', { pairId: pair!.id, keepUid: kept, dropPeriodUids: [keptPeriodUid] });
    expect(!wrongDrop.ok && wrongDrop.error.code).toBe('INVALID_INPUT');
    expect(snapshot(app)).toEqual(before);

    const merged = await app.call('duplicates.merge', { pairId: pair!.id, keepUid: kept, dropPeriodUids: [mandiriUid] });
    if (!merged.ok) throw new Error(merged.error.message);
    const periods = app.sqlite.prepare('SELECT p.nik, pp.segment, pp.start_date, pp.funding FROM participation_period pp JOIN person p ON p.id = pp.person_id ORDER BY pp.start_date').raw().all();
    // The period left out stays with the merged person (entered in error: counted nowhere).
    expect(periods).toEqual([
      ['5103061203850001', 'BPU', '2022-01-01', 'apbd_kabkota'],
      ['5103061203850001', 'PMI', '2023-01-01', 'apbd_kabkota'],
      ['5103061203857342', 'BPU', '2024-07-01', 'mandiri'],
      ['5103061203850001', 'BPU', '2025-01-01', 'apbd_kabkota'],
    ]);
    expect(app.sqlite.prepare("SELECT record_status FROM person WHERE nik = '5103061203857342'").pluck().get()).toBe('salah_input');
    // The merged person's audit row says it keeps that period, before and after.
    const mergedAudit = app.sqlite.prepare("SELECT before, after FROM audit_log WHERE action = 'merged'").get() as { before: string; after: string };
    expect(mergedAudit.before).toContain('mandiri');
    expect(mergedAudit.after).toContain('mandiri');
    const undone = await app.call('duplicates.undoMerge', { mergeUid: merged.data.uid });
    if (!undone.ok) throw new Error(undone.error.message);
    expect(snapshot(app)).toEqual(before);
  });
});

