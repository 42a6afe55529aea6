import { describe, expect, it } from 'vitest';
import { programmeStage, type ProgrammeInput } from '../../../core/api/programmes.ts';
import type { PersonInput } from '../../../core/api/workers.ts';
import { badungApp } from '../employers/support.ts';
import { undo } from '../imports-pipeline/support.ts';
import { jobEnd } from '../support/jobs.ts';
import { restOfYear } from '../../../core/programmes/programme-queries.ts';

// Vulnerable-worker programmes on real SQLite: the save's checks and audit row, the monthly
// contribution from the rules (kept when the rules change), its people as the periods naming
// it, target vs enrolled by category and desa, and the cost vs the budget. Today is 24 November
// 2026 in the office (WITA).

type App = Awaited<ReturnType<typeof badungApp>>;

const programme = (extra: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  name: 'Perlindungan Pekerja Rentan APBD 2026',
  year: 2026,
  funding: 'apbd_kabkota',
  package: ['JKK', 'JKM'],
  budget: 1_000_000,
  legalBasis: 'Perbup Badung 12/2025',
  targets: [
    { category: 'petani', target: 10 },
    { category: 'nelayan', target: 5 },
    { category: 'pedagang_kecil', target: 3 },
  ],
  ...extra,
});

async function created(app: App, extra: Partial<ProgrammeInput> = {}) {
  const saved = await app.call('programmes.save', programme(extra));
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.data;
}

/** What the calculator itself says one person costs a month (1 January of the year, minimum income). */
async function calculatorMonthly(app: App, year: number, pkg: 'bpu_jkk_jkm' | 'bpu_jkk_jkm_jht' = 'bpu_jkk_jkm') {
  const calc = await app.call('contributions.calculate', { kind: 'apbd', workers: 1, months: 1, package: pkg, date: `${year}-01-01` });
  if (!calc.ok || calc.data.kind !== 'apbd' || calc.data.perWorkerPerMonth === null) throw new Error('calculator failed');
  return calc.data.perWorkerPerMonth;
}

type PeriodInput = NonNullable<PersonInput['periods']>[number];
const person = (nik: string, name: string, category: string, desaCode: string, period: Partial<PeriodInput> & { startDate: string }): PersonInput => ({
  nik,
  name,
  category,
  kecamatanCode: '51.03.06',
  desaCode,
  periods: [{ programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', ...period, segment: period.segment ?? 'BPU' }],
});

async function savePerson(app: App, input: PersonInput) {
  const saved = await app.call('workers.save', input);
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.data;
}

describe('saving a programme', () => {
  it('refuses what cannot be right, with the field and how to fix it, and writes nothing', async () => {
    const app = await badungApp();
    const cases: [Partial<ProgrammeInput>, string, string][] = [
      [{ funding: 'dana_hibah' }, 'funding', 'Sumber dana "dana_hibah" tidak ada dalam daftar sumber dana yang aktif. Pilih dari daftar, atau tambahkan di Referensi › Daftar.'],
      [{ package: ['JKK'] }, 'package', 'Paket program harus memuat JKK dan JKM (paket minimum peserta BPU); JHT boleh ditambahkan.'],
      [{ targets: [{ category: 'petani', target: 3 }, { category: 'petani', target: 4 }] }, 'targets.1.category', 'Kategori "petani" disebut dua kali dalam target. Satukan jumlahnya dalam satu baris.'],
      [{ targets: [{ category: 'astronot', target: 3 }] }, 'targets.0.category', 'Target kategori "astronot" tidak ada dalam daftar kategori pekerja rentan yang aktif.'],
    ];
    for (const [extra, path, message] of cases) {
      const refused = await app.call('programmes.save', programme(extra));
      expect(!refused.ok && [refused.error.code, refused.error.message, (refused.error.details as { issues: { path: string }[] }).issues[0]!.path]).toEqual(['INVALID_INPUT', message, path]);
    }
    // An emptied budget is not Rp 0 (the page would call every enrolment over budget): it is asked for.
    const noBudget = await app.call('programmes.save', programme({ budget: null }));
    expect(!noBudget.ok && [noBudget.error.code, (noBudget.error.details as { issues: { path: string; messageKey: string }[] }).issues]).toEqual(['INVALID_INPUT', [{ path: 'budget', messageKey: 'validation.required' }]]);
    const badYear = await app.call('programmes.save', programme({ year: 1990 }));
    expect(!badYear.ok && [badYear.error.code, (badYear.error.details as { issues: { path: string; messageKey: string }[] }).issues]).toEqual(['INVALID_INPUT', [{ path: 'year', messageKey: 'validation.yearRange' }]]);
    // A year before the first BPU rule (PP 44/2015, from July 2015): said on the year, with where to add rules.
    const noRules = await app.call('programmes.save', programme({ year: 2015 }));
    expect(!noRules.ok && [noRules.error.code, noRules.error.message, (noRules.error.details as { issues: { path: string }[] }).issues.map((i) => i.path)]).toEqual([
      'INVALID_INPUT',
      'Belum ada aturan iuran BPU yang berlaku 1 Januari 2015, jadi iuran per orang program tahun 2015 tidak dapat dihitung. Pilih tahun lain, atau tambahkan aturan iuran tahun itu di Referensi › Aturan iuran.',
      ['year'],
    ]);
    expect(app.count('worker_programme')).toBe(0);
    await created(app);
    const twice = await app.call('programmes.save', programme({ targets: [] }));
    expect(!twice.ok && twice.error.message).toBe('Program "Perlindungan Pekerja Rentan APBD 2026" tahun 2026 sudah ada. Beri nama lain, atau buka program itu.');
    expect(app.count('worker_programme')).toBe(1);
    const stranger = await app.callAs(null, 'programmes.save', programme({ name: 'Lain' }));
    expect(!stranger.ok && stranger.error.code).toBe('UNAUTHENTICATED');
  });

  it('takes the monthly contribution from the rules, audits the save with its targets, and keeps the figure when the rules change', async () => {
    const app = await badungApp();
    const saved = await created(app);
    const expected = await calculatorMonthly(app, 2026);
    expect(saved.monthlyContribution).toBe(expected);
    expect(saved.contributionBasis).toMatchObject({ date: '2026-01-01', lines: [{ programme: 'JKK' }, { programme: 'JKM' }] });
    expect(saved.contributionBasis.lines.reduce((a, l) => a + l.monthly, 0)).toBe(expected);
    expect(saved.contributionBasis.rules.map((r) => r.uid)).toContain('bpu-jkm-2015');
    expect(saved.targets.map((t) => [t.category, t.categoryLabel, t.target])).toEqual([['petani', 'Petani', 10], ['nelayan', 'Nelayan', 5], ['pedagang_kecil', 'Pedagang kecil', 3]]);
    const audit = app.sqlite.prepare("SELECT action, entity_label, after FROM audit_log WHERE entity = 'worker_programme'").all() as { action: string; entity_label: string; after: string }[];
    expect(audit.map((a) => [a.action, a.entity_label])).toEqual([['create', 'Perlindungan Pekerja Rentan APBD 2026 (2026)']]);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ budget: 1_000_000, monthlyContribution: expected, targets: 'petani: 10\nnelayan: 5\npedagang_kecil: 3' });

    // JHT added: computed again (JHT is a rate of the income).
    const withJht = await app.call('programmes.save', { ...programme(), uid: saved.uid, package: ['JKK', 'JKM', 'JHT'] });
    expect(withJht.ok && withJht.data.monthlyContribution).toBe(await calculatorMonthly(app, 2026, 'bpu_jkk_jkm_jht'));
    const back = await app.call('programmes.save', { ...programme(), uid: saved.uid });
    expect(back.ok && back.data.monthlyContribution).toBe(expected);

    // The JKM flat amount changes in the rules table: the programme keeps its figure, the page
    // says what today's rules would give, and a recalculation takes it when asked.
    const jkm = app.sqlite.prepare("SELECT * FROM contribution_rule WHERE uid = 'bpu-jkm-2015'").get() as Record<string, unknown>;
    const rule = await app.call('contributions.rules.save', {
      uid: 'bpu-jkm-2015', kind: 'bpu_flat', programme: 'JKM', riskClass: null, payer: 'participant', rateMicro: null, amount: (jkm.amount as number) + 1_000,
      tierFrom: null, tierTo: null, effectiveFrom: jkm.effective_from, effectiveTo: null, sourceNote: jkm.source_note, certainty: 'confirmed', active: true,
    });
    if (!rule.ok) throw new Error(rule.error.message);
    const edited = await app.call('programmes.save', { ...programme(), uid: saved.uid, budget: 2_000_000, notes: 'Anggaran perubahan' });
    expect(edited.ok && [edited.data.monthlyContribution, edited.data.budget]).toEqual([expected, 2_000_000]);
    const page = await app.call('programmes.page', { uid: saved.uid });
    expect(page.ok && page.data.currentRuleContribution).toBe(expected + 1_000);
    const again = await app.call('programmes.save', { ...programme(), uid: saved.uid, recalculate: true });
    expect(again.ok && again.data.monthlyContribution).toBe(expected + 1_000);
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'worker_programme'").pluck().get()).toBe(5);
  });
});

describe("a programme's status as shown", () => {
  it("says a running programme of a later year has not started, by the office's day, until its year comes", async () => {
    let now = new Date('2026-11-24T03:00:00Z');
    const app = await badungApp(() => now);
    const later = await created(app, { name: 'Program 2027', year: 2027 });
    const ended = await created(app, { name: 'Program 2027 batal', year: 2027, status: 'selesai' });
    const current = await created(app);
    const stages = async () => {
      const list = await app.call('programmes.list', {});
      if (!list.ok) throw new Error(list.error.message);
      const pages = await Promise.all([later, ended, current].map((p) => app.call('programmes.page', { uid: p.uid })));
      return { list: Object.fromEntries(list.data.map((p) => [p.name, [p.status, p.stage]])), pages: pages.map((p) => p.ok && p.data.stage) };
    };
    // The stored status stays aktif; only what is shown is derived. Selesai stays Selesai.
    expect(await stages()).toEqual({
      list: { 'Program 2027': ['aktif', 'belum_mulai'], 'Program 2027 batal': ['selesai', 'selesai'], 'Perlindungan Pekerja Rentan APBD 2026': ['aktif', 'aktif'] },
      pages: ['belum_mulai', 'selesai', 'aktif'],
    });
    // 31 December 2026 at 16:30 UTC is already 1 January 2027 at the office (WITA): the 2027 programme runs.
    now = new Date('2026-12-31T16:30:00Z');
    expect(await stages()).toEqual({
      list: { 'Program 2027': ['aktif', 'aktif'], 'Program 2027 batal': ['selesai', 'selesai'], 'Perlindungan Pekerja Rentan APBD 2026': ['aktif', 'aktif'] },
      pages: ['aktif', 'selesai', 'aktif'],
    });
  });

  it('derives the stage from the stored status, the year and the day', () => {
    expect(programmeStage('aktif', 2027, '2026-12-31')).toBe('belum_mulai');
    expect(programmeStage('aktif', 2027, '2027-01-01')).toBe('aktif');
    expect(programmeStage('aktif', 2025, '2026-06-01')).toBe('aktif');
    expect(programmeStage('selesai', 2027, '2026-06-01')).toBe('selesai');
  });
});

describe('a programme and its people', () => {
  it('counts the people whose periods name it in its year: target vs enrolled by category and desa, cost vs budget, and the people', async () => {
    const app = await badungApp();
    const p = await created(app);
    const other = await created(app, { name: 'Program CSR Nelayan', funding: 'csr', targets: [{ category: 'nelayan', target: 2 }] });
    const dalung = '51.03.06.2006';
    const kerobokan = app.sqlite.prepare("SELECT code FROM region WHERE parent_code = '51.03.06' AND code <> ? ORDER BY code LIMIT 1").pluck().get(dalung) as string;
    const kerobokanName = app.sqlite.prepare('SELECT name FROM region WHERE code = ?').pluck().get(kerobokan) as string;

    // All year: 12 months, active today.
    await savePerson(app, person('5103064507900002', 'Ni Luh Putu Sukerti', 'petani', dalung, { startDate: '2025-01-01', programmeUid: p.uid }));
    // From July: 6 months.
    await savePerson(app, person('5103061203850001', 'I Made Sudarsana', 'nelayan', kerobokan, { startDate: '2026-07-15', programmeUid: p.uid }));
    // January to March, self-paid by the list: 3 months, not active today, flagged (funding differs).
    const flagged = await savePerson(app, person('5103064102920004', 'Ni Kadek Ariani', 'petani', dalung, { startDate: '2026-01-01', endDate: '2026-03-31', funding: 'mandiri', programmeUid: p.uid }));
    // Ended before the year: not a 2026 person.
    const before = await savePerson(app, person('5103060101800003', 'I Wayan Suarta', 'petani', dalung, { startDate: '2024-01-01', endDate: '2025-12-31', programmeUid: p.uid }));
    // Entered in error: not counted.
    const wrong = await savePerson(app, person('5103061505880005', 'I Nyoman Salah', 'nelayan', kerobokan, { startDate: '2026-01-01', programmeUid: p.uid }));
    await app.call('workers.setStatus', { uid: wrong.person.uid, recordStatus: 'salah_input', reason: 'Dobel di daftar desa' });
    // The other programme's person.
    await savePerson(app, person('5103064808910006', 'Ni Wayan Segara', 'nelayan', kerobokan, { startDate: '2026-02-01', funding: 'csr', programmeUid: other.uid }));

    expect(flagged.periods[0]).toMatchObject({ programmeUid: p.uid, programmeName: p.name });
    expect(flagged.flags.map((f) => f.key)).toEqual(['programmes.period.fundingDiffers']);
    expect(before.flags.map((f) => f.key)).toEqual(['programmes.period.outsideYear']);

    const page = await app.call('programmes.page', { uid: p.uid });
    if (!page.ok) throw new Error(page.error.message);
    const { totals, byCategory, byDesa, cost } = page.data;
    expect(page.data.today).toBe('2026-11-24');
    expect(totals).toEqual({ people: 3, months: 12 + 6 + 3, activeToday: 2, target: 18 });
    expect(byCategory.map((c) => [c.category, c.target, c.people, c.months])).toEqual([['petani', 10, 2, 15], ['nelayan', 5, 1, 6], ['pedagang_kecil', 3, 0, 0]]);
    expect(byDesa.map((d) => [d.kecamatanName, d.desaName, d.people]).sort()).toEqual([['Kuta Utara', 'Dalung', 2], ['Kuta Utara', kerobokanName, 1]].sort());
    const monthly = p.monthlyContribution;
    expect(cost).toEqual({
      enrolledCost: 21 * monthly,
      fullYearCost: 3 * 12 * monthly,
      budget: 1_000_000,
      remaining: 1_000_000 - 21 * monthly,
      morePeopleFullYear: Math.floor((1_000_000 - 21 * monthly) / (12 * monthly)),
      // Today is 24 November: someone added now is paid November and December (a begun month counts whole).
      morePeopleRestOfYear: { people: Math.floor((1_000_000 - 21 * monthly) / (2 * monthly)), fromMonth: '2026-11', months: 2 },
    });

    const people = await app.call('programmes.people', { uid: p.uid });
    expect(people.ok && [people.data.total, people.data.rows.map((r) => [r.name, r.months, r.desaName])]).toEqual([3, [['I Made Sudarsana', 6, kerobokanName], ['Ni Kadek Ariani', 3, 'Dalung'], ['Ni Luh Putu Sukerti', 12, 'Dalung']]]);
    const fishers = await app.call('programmes.people', { uid: p.uid, category: 'nelayan' });
    expect(fishers.ok && fishers.data.rows.map((r) => r.nik)).toEqual(['5103061203850001']);
    const inDalung = await app.call('programmes.people', { uid: p.uid, desaCode: dalung, limit: 1, offset: 1 });
    expect(inDalung.ok && [inDalung.data.total, inDalung.data.rows.map((r) => r.name)]).toEqual([2, ['Ni Luh Putu Sukerti']]);

    const list = await app.call('programmes.list', {});
    expect(list.ok && list.data.map((s) => [s.name, s.target, s.enrolled])).toEqual([['Perlindungan Pekerja Rentan APBD 2026', 18, 3], ['Program CSR Nelayan', 2, 1]]);
    const choices = await app.call('programmes.choices', {});
    expect(choices.ok && choices.data.map((c) => [c.name, c.funding, c.package])).toEqual([['Perlindungan Pekerja Rentan APBD 2026', 'apbd_kabkota', ['JKK', 'JKM']], ['Program CSR Nelayan', 'csr', ['JKK', 'JKM']]]);

    // A programme ends (never deleted): listed last, its people and figures kept.
    const ended = await app.call('programmes.save', { ...programme(), uid: p.uid, status: 'selesai' });
    expect(ended.ok && ended.data.status).toBe('selesai');
    const after = await app.call('programmes.list', {});
    expect(after.ok && after.data.map((s) => [s.name, s.status, s.enrolled])).toEqual([['Program CSR Nelayan', 'aktif', 1], ['Perlindungan Pekerja Rentan APBD 2026', 'selesai', 3]]);
  });

  it('pays for a person who died or moved away only until that date, and not at all when it was before the year', async () => {
    const app = await badungApp();
    const p = await created(app);
    const dalung = '51.03.06.2006';
    const died = await savePerson(app, person('5103064507900002', 'Ni Luh Putu Sukerti', 'petani', dalung, { startDate: '2025-01-01', programmeUid: p.uid }));
    const moved = await savePerson(app, person('5103061203850001', 'I Made Sudarsana', 'petani', dalung, { startDate: '2025-01-01', programmeUid: p.uid }));
    await savePerson(app, person('5103060101800003', 'I Wayan Suarta', 'petani', dalung, { startDate: '2026-01-01', programmeUid: p.uid }));
    for (const [uid, recordStatus, date] of [[died.person.uid, 'meninggal', '2026-04-10'], [moved.person.uid, 'pindah', '2025-12-01']] as const) {
      expect((await app.call('workers.setStatus', { uid, recordStatus, reason: 'Uji', date })).ok).toBe(true);
    }
    const page = await app.call('programmes.page', { uid: p.uid });
    if (!page.ok) throw new Error(page.error.message);
    // January to April (a begun month counts whole) for Sukerti, the whole year for Wayan; Made left before 2026.
    expect(page.data.totals).toMatchObject({ people: 2, months: 4 + 12, activeToday: 1 });
    expect(page.data.cost.enrolledCost).toBe(16 * p.monthlyContribution);
  });

  it("says what the budget left pays from this month to December, only in the programme's year and after January", () => {
    const row = { year: 2026, monthlyContribution: 16_800 };
    expect(restOfYear(row, '2026-12-03', 100_000)).toEqual({ people: 5, fromMonth: '2026-12', months: 1 });
    expect(restOfYear(row, '2026-02-01', 1_000_000)).toEqual({ people: Math.floor(1_000_000 / (11 * 16_800)), fromMonth: '2026-02', months: 11 });
    expect(restOfYear(row, '2026-01-15', 1_000_000)).toBeNull(); // the whole-year figure says it
    expect(restOfYear(row, '2025-06-01', 1_000_000)).toBeNull(); // before the programme's year
    expect(restOfYear(row, '2027-03-01', 1_000_000)).toBeNull(); // after it
    expect(restOfYear(row, '2026-06-01', 0)).toBeNull();
    expect(restOfYear(row, '2026-06-01', -5)).toBeNull();
    expect(restOfYear({ year: 2026, monthlyContribution: 0 }, '2026-06-01', 1_000_000)).toBeNull();
  });

  it('refuses a period naming an unknown programme, and shows the programme in the person history', async () => {
    const app = await badungApp();
    const unknown = await app.call('workers.save', person('5103064507900002', 'Ni Luh Putu Sukerti', 'petani', '51.03.06.2006', { startDate: '2026-01-01', programmeUid: 'no-such-programme' }));
    expect(!unknown.ok && [unknown.error.message, (unknown.error.details as { issues: { path: string }[] }).issues[0]!.path]).toEqual([
      'Program yang dipilih untuk periode mulai 01/01/2026 tidak ditemukan. Pilih lagi dari daftar program.',
      'periods.0.programmeUid',
    ]);
    const p = await created(app);
    // JKK only and a PU-like segment are warnings on the page, never refusals.
    const saved = await savePerson(app, person('5103064507900002', 'Ni Luh Putu Sukerti', 'petani', '51.03.06.2006', { startDate: '2026-01-01', segment: 'JAKON', programmes: ['JKK'], programmeUid: p.uid }));
    expect(saved.flags.map((f) => f.key)).toEqual(['programmes.period.notBpu', 'programmes.period.packageDiffers']);
    const after = app.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'person' ORDER BY id DESC LIMIT 1").pluck().get() as string;
    expect((JSON.parse(after) as { periods: { line: string }[] }).periods.map((q) => q.line).join('\n')).toContain(p.name);
  });
});

describe('the demo programmes', () => {
  it('come with the demo people: three programmes of this year paying most demo BPU periods of their funding, without flags, and stay after an undo', async () => {
    const app = await badungApp();
    const load = async () => {
      const started = await app.call('workers.demo', { count: 600 });
      if (!started.ok) throw new Error(started.error.message);
      const done = await jobEnd(app.call, started.data);
      expect(done.error?.message ?? done.status).toBe('done');
    };
    await load();
    const list = await app.call('programmes.list', {});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data.map((p) => [p.name, p.funding, p.year])).toEqual([
      ['Desa Peduli Pekerja Rentan (APBDes) 2026', 'apbdes', 2026],
      ['Jaminan Sosial Pekerja Rentan APBD Provinsi 2026', 'apbd_provinsi', 2026],
      ['Perlindungan Pekerja Rentan APBD 2026', 'apbd_kabkota', 2026],
    ]);
    const named = app.sqlite.prepare("SELECT count(*) FROM participation_period WHERE programme_id IS NOT NULL AND (segment <> 'BPU' OR funding NOT IN ('apbd_kabkota', 'apbd_provinsi', 'apbdes'))").pluck().get();
    expect(named).toBe(0);
    const apbd = list.data.find((p) => p.funding === 'apbd_kabkota')!;
    const all = app.sqlite.prepare("SELECT count(*) FROM participation_period WHERE segment = 'BPU' AND funding = 'apbd_kabkota' AND start_date <= '2026-12-31' AND (end_date IS NULL OR end_date >= '2026-01-01')").pluck().get() as number;
    expect(apbd.enrolled).toBeGreaterThan(all * 0.8);
    expect(apbd.enrolled).toBeLessThan(all);
    expect(apbd.target).toBeGreaterThanOrEqual(apbd.enrolled);
    const page = await app.call('programmes.page', { uid: apbd.uid });
    if (!page.ok) throw new Error(page.error.message);
    expect(page.data.byCategory.every((c) => c.people <= c.target)).toBe(true);
    expect(page.data.cost.remaining).toBeGreaterThan(0);
    const someone = await app.call('programmes.people', { uid: apbd.uid, limit: 5 });
    if (!someone.ok) throw new Error(someone.error.message);
    for (const r of someone.data.rows) {
      const detail = await app.call('workers.get', { uid: r.uid });
      expect(detail.ok && detail.data.flags.filter((f) => f.key.startsWith('programmes.'))).toEqual([]);
    }

    // Undo the demo: its people go, the programmes stay (empty); loading again fills them again.
    const history = await app.call('imports.history', { register: 'worker' });
    if (!history.ok) throw new Error(history.error.message);
    expect((await undo(app, history.data[0]!.uid)).status).toBe('done');
    const emptied = await app.call('programmes.list', {});
    expect(emptied.ok && emptied.data.map((p) => p.enrolled)).toEqual([0, 0, 0]);
    await load();
    const again = await app.call('programmes.list', {});
    expect(again.ok && again.data.map((p) => [p.name, p.enrolled])).toEqual(list.data.map((p) => [p.name, p.enrolled]));
  });
});
