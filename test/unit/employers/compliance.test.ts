import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { CompliancePage, ComplianceRow } from '../../../core/api/employer-compliance.ts';
import type { EmployerInput } from '../../../core/api/employers.ts';
import type { DownloadToken } from '../../../core/api/imports.ts';
import type { PeriodInput } from '../../../core/api/workers.ts';
import { listedSql } from '../../../core/employers/compliance-list.ts';
import { participationTodaySql } from '../../../core/workers/participation-status.ts';
import { jobEnd } from '../support/jobs.ts';
import { badungApp, loadDemo } from './support.ts';

// Employer ↔ workers on real SQLite: an employer's workers with an active PU period at a date,
// and the compliance list (reported workforce above the active PU participants) with both
// figures and their dates, its filters, sorts and export.

type App = Awaited<ReturnType<typeof badungApp>>;

/** A clock the test moves: 2026-11-24 11:00 WITA at first. */
function clock() {
  let at = new Date('2026-11-24T03:00:00Z');
  return { now: () => at, set: (iso: string) => (at = new Date(iso)) };
}

async function employer(app: App, name: string, extra: Partial<EmployerInput> = {}) {
  const saved = await app.call('employers.save', { name, kecamatanCode: '51.03.06', kbliCodes: ['55110'], confirmSimilarName: true, ...extra });
  if (!saved.ok) throw new Error(saved.error.message);
  return saved.data;
}

let serial = 0;
/** A man born 12 March 1985 in Kuta Utara, a new serial each time. */
const nextNik = () => `5103061203850${String(++serial).padStart(3, '0')}`;

async function person(app: App, name: string, periods: PeriodInput[], kpj = '') {
  const saved = await app.call('workers.save', { nik: nextNik(), name, kecamatanCode: '51.03.06', kpj, periods });
  if (!saved.ok) throw new Error(`${name}: ${saved.error.message}`);
  return saved.data.person;
}

const pu = (employerUid: string, startDate: string, extra: Partial<PeriodInput> = {}): PeriodInput => ({ segment: 'PU', employerUid, startDate, programmes: ['JKK', 'JKM', 'JHT'], ...extra });

async function list(app: App, input: Record<string, unknown> = {}): Promise<CompliancePage> {
  const result = await app.call('employers.compliance', input);
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}
const byName = (page: CompliancePage) => Object.fromEntries(page.rows.map((r) => [r.name, r])) as Record<string, ComplianceRow>;

/**
 * Hotel Segara reports 10 workers and has 3 active PU participants (one more PU period ended,
 * and a BPU person); Koperasi Tani reports 2 and has 2; Toko Dewata (Mengwi, trade) reports 5
 * and has none; a removed firm reports 9; a closed one 4; Villa Tanpa Angka gives no figure.
 */
async function scene(app: App) {
  const segara = await employer(app, 'PT Hotel Segara', { workersTotal: 10, wlkpDate: '2026-02-10' });
  const tani = await employer(app, 'Koperasi Tani Makmur', { workersTotal: 2, kbliCodes: ['01111'] });
  const dewata = await employer(app, 'Toko Dewata', { workersTotal: 5, kecamatanCode: '51.03.02', kbliCodes: ['47111'] });
  const removed = await employer(app, 'CV Sudah Dihapus', { workersTotal: 9 });
  const closed = await employer(app, 'UD Sudah Tutup', { workersTotal: 4 });
  await employer(app, 'Villa Tanpa Angka');
  const made = await person(app, 'I Made Suarta', [pu(segara.uid, '2025-01-01', { sourceDate: '2026-10-01', kpj: '12345678901' })]);
  await person(app, 'Ni Ketut Ariani', [pu(segara.uid, '2025-03-01', { sourceDate: '2026-09-15' })], '22233344455');
  await person(app, 'Agus Santoso', [pu(segara.uid, '2026-11-24')]); // starts today: counted
  await person(app, 'I Wayan Sudana', [pu(segara.uid, '2025-01-01', { endDate: '2025-06-30' })]); // ended: not counted
  await person(app, 'Ni Putu Sriani', [{ segment: 'BPU', startDate: '2025-01-01', employerUid: segara.uid }]); // BPU: not counted
  await person(app, 'Dewa Gede Arsana', [pu(tani.uid, '2024-01-01')]);
  await person(app, 'Siti Rahmawati', [pu(tani.uid, '2024-05-01')]);
  await person(app, 'Putu Mahendra', [pu(removed.uid, '2024-05-01')]);
  for (const [uid, reason, status] of [[removed.uid, 'Data ganda', 'dihapus'], [closed.uid, 'Usaha berhenti', 'tutup']] as const) {
    const set = await app.call('employers.setStatus', { uid, recordStatus: status, reason });
    if (!set.ok) throw new Error(set.error.message);
  }
  return { segara, tani, dewata, removed, closed, made };
}

describe('the compliance list', () => {
  it('lists active employers whose reported workforce exceeds their active PU participants, with both figures, their dates and the gap', async () => {
    const time = clock();
    const app = await badungApp(time.now);
    const { segara } = await scene(app);
    const page = await list(app);
    expect(page.date).toBe('2026-11-24');
    expect(page.total).toBe(2);
    expect(page.rows.map((r) => [r.name, r.reported, r.active, r.gap])).toEqual([
      ['PT Hotel Segara', 10, 3, 7],
      ['Toko Dewata', 5, 0, 5],
    ]);
    const hotel = byName(page)['PT Hotel Segara']!;
    // The figure was given today (its create); the WLKP date is shown beside it; the
    // participants' data date is the newest source date among the three counted periods,
    // or the day the newest period without one was recorded (Agus: today).
    expect(hotel).toMatchObject({ uid: segara.uid, reportedDate: '2026-11-24', wlkpDate: '2026-02-10', activeDataDate: '2026-11-24', kecamatanName: 'Kuta Utara', kbliSection: 'I', openFollowUps: 0 });
    expect(byName(page)['Toko Dewata']!.activeDataDate).toBeNull();
  });

  it('counts the periods that cover the date asked: an ended period counts within its dates, none before they start', async () => {
    const app = await badungApp(clock().now);
    await scene(app);
    const midway = byName(await list(app, { date: '2025-04-01' }));
    // Made, Ketut and Wayan (ended 30 June 2025) were there; Agus not yet.
    expect(midway['PT Hotel Segara']).toMatchObject({ active: 3, gap: 7 });
    expect(byName(await list(app, { date: '2025-08-01' }))['PT Hotel Segara']).toMatchObject({ active: 2, gap: 8 });
    // Before anyone started, Koperasi Tani's 2 workers are a gap too.
    const before = await list(app, { date: '2023-12-31' });
    expect(before.rows.map((r) => [r.name, r.active, r.gap])).toEqual([
      ['PT Hotel Segara', 0, 10],
      ['Toko Dewata', 0, 5],
      ['Koperasi Tani Makmur', 0, 2],
    ]);
  });

  it('sorts by gap either way or by name, filters by kecamatan and KBLI section, and pages', async () => {
    const app = await badungApp(clock().now);
    await scene(app);
    expect((await list(app, { descending: false })).rows.map((r) => r.name)).toEqual(['Toko Dewata', 'PT Hotel Segara']);
    expect((await list(app, { sort: 'name', descending: false })).rows.map((r) => r.name)).toEqual(['PT Hotel Segara', 'Toko Dewata']);
    expect((await list(app, { sort: 'active' })).rows.map((r) => r.name)).toEqual(['PT Hotel Segara', 'Toko Dewata']);
    expect((await list(app, { kecamatanCode: '51.03.02' })).rows.map((r) => r.name)).toEqual(['Toko Dewata']);
    expect((await list(app, { kbliSection: 'I' })).rows.map((r) => r.name)).toEqual(['PT Hotel Segara']);
    expect((await list(app, { kbliSection: 'A' })).total).toBe(0);
    const second = await list(app, { limit: 1, offset: 1 });
    expect([second.total, second.rows.map((r) => r.name)]).toEqual([2, ['Toko Dewata']]);
    const past = await list(app, { limit: 1, offset: 5 });
    expect([past.total, past.rows]).toEqual([2, []]);
  });

  it('dates the reported figure by its last change: a form save of the total, not of another field; an import', async () => {
    const time = clock();
    const app = await badungApp(time.now);
    const { segara } = await scene(app);
    // The form sends the whole record again; only what the scene set is kept.
    const again = (extra: Partial<EmployerInput>) =>
      app.call('employers.save', { uid: segara.uid, name: 'PT Hotel Segara', kecamatanCode: '51.03.06', kbliCodes: ['55110'], wlkpDate: '2026-02-10', confirmSimilarName: true, ...extra });
    // 23:30 UTC is 07:30 the next morning in Bali (WITA): the office's day counts.
    time.set('2026-12-01T23:30:00Z');
    const changed = await again({ workersTotal: 12 });
    expect(changed.ok || changed.error.message).toBe(true);
    time.set('2026-12-20T03:00:00Z');
    expect((await again({ workersTotal: 12, notes: 'Dikunjungi' })).ok).toBe(true);
    expect(byName(await list(app))['PT Hotel Segara']).toMatchObject({ reported: 12, reportedDate: '2026-12-02', gap: 9 });
  });

  it("dates an imported employer's figure by its import", async () => {
    const time = clock();
    const app = await badungApp(time.now);
    time.set('2027-01-05T02:00:00Z');
    await loadDemo(app, 40);
    const page = await list(app, { limit: 500 });
    expect(page.total).toBeGreaterThan(0);
    expect(new Set(page.rows.map((r) => [r.reportedDate, r.active, r.gap === r.reported].join()))).toEqual(new Set(['2027-01-05,0,true']));
  });

  it('counts every employer\'s participants in one pass over period_employer_idx alone, less the periods of people not counted, never every period\'s person', async () => {
    const app = await badungApp(clock().now);
    const filter = { date: null, kecamatanCode: '51.03.06', kbliSection: 'I', sort: 'gap' as const, descending: true };
    const plan = (app.sqlite.prepare(`EXPLAIN QUERY PLAN ${listedSql(filter, true)}`).all({ date: '2026-11-24', kecamatanCode: '51.03.06', kbliSection: 'I', limit: 50, offset: 0 }) as { detail: string }[]).map((r) => r.detail);
    // Less the periods of the few people no longer counted, found from those people.
    expect(plan.filter((d) => / (p|pc) /.test(` ${d} `))).toEqual([
      'SEARCH p USING COVERING INDEX period_employer_idx (employer_id>?)',
      'SCAN pc USING COVERING INDEX person_not_active_idx',
      'SEARCH p USING INDEX period_person_idx (person_id=? AND start_date<?)',
    ]);
  });

  it('shows how many follow-ups are open, and is for signed-in users only', async () => {
    const app = await badungApp(clock().now);
    const { segara } = await scene(app);
    const saved = await app.call('employers.followUps.save', { employerUid: segara.uid, kind: 'pemeriksaan', date: '2026-11-24', notes: 'PDS tenaga kerja?' });
    expect(saved.ok).toBe(true);
    expect(byName(await list(app))['PT Hotel Segara']!.openFollowUps).toBe(1);
    const stranger = await app.callAs(null, 'employers.compliance', {});
    expect(!stranger.ok && stranger.error.code).toBe('UNAUTHENTICATED');
    const operator = await app.callAs('operator', 'employers.compliance', {});
    expect(operator.ok && operator.data.total).toBe(2);
    expect((await app.callAs(null, 'employers.workers', { uid: segara.uid })).ok).toBe(false);
  });

  it('exports the list to XLSX with both figures and their dates, and audits the export', async () => {
    const app = await badungApp(clock().now);
    await scene(app);
    const started = await app.call('employers.compliance.export', {});
    if (!started.ok) throw new Error(started.error.message);
    const done = await jobEnd(app.call, started.data);
    expect(done.status).toBe('done');
    const file = done.result as DownloadToken;
    expect(file.fileName).toBe('Kepatuhan pemberi kerja 2026-11-24.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(app.runtime.files.outgoingFile(file.token).path);
    const sheet = book.getWorksheet('Kepatuhan')!;
    const rows = Array.from(sheet.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : [])) as unknown[][];
    const header = rows.findIndex((r) => r[0] === 'Nama perusahaan');
    expect(rows[header]).toEqual(['Nama perusahaan', 'NPP', 'Kecamatan', 'Kategori KBLI', 'Status BPJS', 'Tenaga kerja dilaporkan', 'Tanggal angka dilaporkan', 'Tanggal WLKP', 'Peserta PU aktif', 'Tanggal data peserta', 'Selisih', 'Tindak lanjut terbuka']);
    const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : d ?? null);
    expect(rows.slice(header + 1).map((r) => [r[0], r[5], day(r[6]), day(r[7]), r[8], day(r[9]), r[10]])).toEqual([
      ['PT Hotel Segara', 10, '2026-11-24', '2026-02-10', 3, '2026-11-24', 7],
      ['Toko Dewata', 5, '2026-11-24', null, 0, null, 5],
    ]);
    expect(rows.some((r) => r[0] === 'Peserta PU aktif dihitung per 24/11/2026')).toBe(true);
    const audit = app.sqlite.prepare("SELECT after FROM audit_log WHERE action = 'export' AND entity = 'employer'").pluck().get() as string;
    expect(JSON.parse(audit)).toMatchObject({ list: 'compliance', format: 'xlsx', rows: 2, date: '2026-11-24' });
    // CSV, filtered: the same columns, dates as dd/mm/yyyy, the filter in words.
    const csv = await app.call('employers.compliance.export', { format: 'csv', kecamatanCode: '51.03.06' });
    if (!csv.ok) throw new Error(csv.error.message);
    const text = readFileSync(app.runtime.files.outgoingFile(((await jobEnd(app.call, csv.data)).result as DownloadToken).token).path, 'utf8');
    expect(text).toContain('"Saringan: kecamatan Kuta Utara"');
    expect(text).toContain('"PT Hotel Segara";;"Kuta Utara";"I";"PWBD";"10";"24/11/2026";"10/02/2026";"3";"24/11/2026";"7";"0"');
    expect(text).not.toContain('Toko Dewata');
  });
});

describe('people who died, moved away or were entered in error', () => {
  it('stop counting at their status date everywhere the register counts participants: compliance, the employer\'s workers, the person page, the grid', async () => {
    const app = await badungApp(clock().now);
    const { segara, made } = await scene(app);
    const uidOf = (name: string) => app.sqlite.prepare('SELECT uid FROM person WHERE name = ?').pluck().get(name) as string;
    for (const [uid, recordStatus, date] of [[made.uid, 'meninggal', '2026-06-30'], [uidOf('Ni Ketut Ariani'), 'salah_input', null]] as const) {
      const set = await app.call('workers.setStatus', { uid, recordStatus, reason: 'Uji', ...(date ? { date } : {}) });
      if (!set.ok) throw new Error(set.error.message);
    }
    // Today only Agus is there; in May Made still was (Ketut, entered in error, never counts).
    expect(byName(await list(app))['PT Hotel Segara']).toMatchObject({ active: 1, gap: 9 });
    expect(byName(await list(app, { date: '2026-05-01' }))['PT Hotel Segara']).toMatchObject({ active: 1, gap: 9 });
    expect(byName(await list(app, { date: '2025-04-01' }))['PT Hotel Segara']).toMatchObject({ active: 2, gap: 8 });
    const workers = await app.call('employers.workers', { uid: segara.uid });
    expect(workers.ok && [workers.data.total, workers.data.rows.map((r) => r.name)]).toEqual([1, ['Agus Santoso']]);
    const then = await app.call('employers.workers', { uid: segara.uid, date: '2026-05-01' });
    expect(then.ok && then.data.rows.map((r) => r.name)).toEqual(['I Made Suarta']);
    const page = await app.call('workers.get', { uid: made.uid });
    expect(page.ok && page.data.statusToday).toBe('tidak_aktif');
    // Entered in error: not counted, and said so (not "never registered" above the periods it lists).
    const grid = app.sqlite.prepare(`SELECT w.name, ${participationTodaySql} FROM person w WHERE w.name IN ('I Made Suarta', 'Ni Ketut Ariani', 'Agus Santoso') ORDER BY w.name`).raw().all();
    expect(grid).toEqual([['Agus Santoso', 'aktif'], ['I Made Suarta', 'tidak_aktif'], ['Ni Ketut Ariani', 'tidak_dihitung']]);
  });
});

describe("an employer's workers", () => {
  it('lists the people with an active PU period there at the date, by name, a page at a time, with their NIK, KPJ and start', async () => {
    const app = await badungApp(clock().now);
    const { segara, made } = await scene(app);
    const all = await app.call('employers.workers', { uid: segara.uid });
    if (!all.ok) throw new Error(all.error.message);
    expect(all.data.date).toBe('2026-11-24');
    expect(all.data.total).toBe(3);
    expect(all.data.rows.map((r) => [r.name, r.kpj, r.startDate, r.endDate])).toEqual([
      ['Agus Santoso', null, '2026-11-24', null],
      ['I Made Suarta', '12345678901', '2025-01-01', null],
      ['Ni Ketut Ariani', '22233344455', '2025-03-01', null], // the person's KPJ when the period has none
    ]);
    expect(all.data.rows[1]).toMatchObject({ uid: made.uid, nik: made.nik });
    const page = await app.call('employers.workers', { uid: segara.uid, offset: 2, limit: 2 });
    expect(page.ok && [page.data.total, page.data.rows.map((r) => r.name)]).toEqual([3, ['Ni Ketut Ariani']]);
    const then = await app.call('employers.workers', { uid: segara.uid, date: '2025-04-01' });
    expect(then.ok && then.data.rows.map((r) => r.name)).toEqual(['I Made Suarta', 'I Wayan Sudana', 'Ni Ketut Ariani']);
    const unknown = await app.call('employers.workers', { uid: 'no-such-uid' });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
  });
});
