import { describe, expect, it } from 'vitest';
import type { GridPage } from '../../../core/api/grid.ts';
import type { PersonReportResult } from '../../../core/api/privacy.ts';
import type { WorkerRow } from '../../../core/api/workers.ts';
import { badungApp } from '../employers/support.ts';
import { jobEnd } from '../support/jobs.ts';
import { mergeOnlyPair } from './merge-support.ts';

// A record the duplicate review merged away has no periods left: its page, the grid and the
// person's report say it was merged into the kept person (the kept NIK masked, a link on the
// page), not "never registered", and its undo brings the derived status back. The reason the
// merge writes names the kept NIK masked: after an undo it is most often another person's.
// Reasons older versions wrote with the whole NIK are shown masked wherever they are shown.

type App = Awaited<ReturnType<typeof badungApp>>;
const keptNik = '5103061203850001';
const otherNik = '5103061203857342';
const masked = (nik: string) => `${nik.slice(0, 6)}******${nik.slice(-4)}`;
const dalung = { kecamatanCode: '51.03.06', desaCode: '51.03.06.2006' };
const bpu = (startDate: string) => ({ segment: 'BPU' as const, startDate, endDate: null, programmes: ['JKK' as const, 'JKM' as const], funding: 'apbd_kabkota', source: 'Daftar desa' });

async function twoRecords(app: App): Promise<{ kept: string; other: string }> {
  const uids: string[] = [];
  for (const [nik, name, start] of [[keptNik, 'I Made Sudarsana', '2023-01-01'], [otherNik, 'Made Sudarsana', '2025-01-01']] as const) {
    const saved = await app.call('workers.save', { nik, name, ...dalung, periods: [bpu(start)] });
    if (!saved.ok) throw new Error(saved.error.message);
    uids.push(saved.data.person.uid);
  }
  return { kept: uids[0]!, other: uids[1]! };
}


async function page(app: App, uid: string) {
  const got = await app.call('workers.get', { uid });
  if (!got.ok) throw new Error(got.error.message);
  return got.data;
}

async function gridRow(app: App, uid: string, filterModel = {}): Promise<WorkerRow | undefined> {
  const listed = await app.call('registers.list', { register: 'worker', startRow: 0, endRow: 100, filterModel });
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.data as unknown as GridPage<WorkerRow>).rows.find((r) => r.uid === uid);
}

async function reportText(app: App, nik: string): Promise<string> {
  const made = await app.call('workers.report', { nik, formats: ['text'] });
  if (!made.ok) throw new Error(made.error.message);
  return (made.data as PersonReportResult).text!;
}

/** The report's status history: [status, reason] of each row. */
const statusRows = (text: string) => {
  const start = text.indexOf('== Riwayat status data ==');
  return text
    .slice(start, text.indexOf('\n\n', start))
    .split('\n')
    .slice(1)
    .map((l) => l.match(/Status: ([^·]*) · Alasan: ([^·]*) ·/)!.slice(1));
};

/** Every value the history shows of a field, both languages, from all of a record's entries. */
async function shownHistory(app: App, uid: string, field: string): Promise<string[]> {
  const history = await app.call('registers.history', { register: 'worker', uid });
  if (!history.ok) throw new Error(history.error.message);
  return history.data.flatMap((h) => h.changes.filter((c) => c.field === field).flatMap((c) => [c.shownBefore, c.shownAfter].flatMap((v) => (v ? [v.id, v.en] : []))));
}

describe('a record merged away', () => {
  it('says on its page, in the grid and in its report that it was merged into the kept person, and its undo brings the derived status back', async () => {
    const app = await badungApp();
    const { kept, other } = await twoRecords(app);
    expect((await page(app, other)).statusToday).toBe('aktif');
    const mergeUid = await mergeOnlyPair(app, kept);

    const away = await page(app, other);
    expect(away.statusToday).toBe('digabung');
    expect(away.mergedInto).toEqual({ uid: kept, nik: masked(keptNik) });
    expect((await page(app, kept)).mergedInto).toBeNull();
    const row = await gridRow(app, other);
    expect(row).toMatchObject({ statusToday: 'digabung', mergedIntoNik: masked(keptNik) });
    expect(await gridRow(app, kept)).toMatchObject({ statusToday: 'aktif', mergedIntoNik: null });
    // The grid's filter finds it by that status, and never as "never registered".
    expect(await gridRow(app, other, { statusToday: { filterType: 'set', values: ['digabung'] } })).toBeDefined();
    expect(await gridRow(app, other, { statusToday: { filterType: 'set', values: ['belum_terdaftar'] } })).toBeUndefined();
    expect(await reportText(app, otherNik)).toContain(`Kepesertaan hari ini: Digabung ke NIK ${masked(keptNik)}\n`);
    // Set back to active by hand, it would stand beside the person its periods went to and the
    // merge could not be undone: refused, saying where the undo is; nothing changed.
    const restored = await app.call('workers.setStatus', { uid: other, recordStatus: 'aktif', reason: 'keliru digabung' });
    expect(restored.ok).toBe(false);
    if (!restored.ok) expect([restored.error.code, restored.error.message]).toEqual(['CONFLICT', `Data ini digabung ke NIK ${masked(keptNik)}, dan statusnya tidak diubah di sini. Untuk memisahkannya lagi, batalkan penggabungannya di Tinjauan duplikat.`]);
    expect((await page(app, other)).statusToday).toBe('digabung');

    const undone = await app.call('duplicates.undoMerge', { mergeUid });
    if (!undone.ok) throw new Error(undone.error.message);
    const back = await page(app, other);
    expect([back.statusToday, back.mergedInto, back.periods.length]).toEqual(['aktif', null, 1]);
    expect(await gridRow(app, other)).toMatchObject({ statusToday: 'aktif', mergedIntoNik: null });
  });

  it('is given a reason naming the kept NIK masked, and after the undo no status row holds it whole', async () => {
    const app = await badungApp();
    const { kept, other } = await twoRecords(app);
    const mergeUid = await mergeOnlyPair(app, kept);
    expect((await page(app, other)).person.statusReason).toBe(`digabung ke ${masked(keptNik)}`);
    const undone = await app.call('duplicates.undoMerge', { mergeUid });
    if (!undone.ok) throw new Error(undone.error.message);

    // Nothing the merge and its undo wrote about the merged record holds the kept NIK whole.
    const written = app.sqlite.prepare("SELECT before, after FROM audit_log WHERE entity = 'person' AND entity_uid = ? AND action IN ('merged', 'undo-merge')").raw().all(other) as string[][];
    expect(written).toHaveLength(2);
    const reasons = written.flat().map((json) => String((JSON.parse(json) as { statusReason: string }).statusReason));
    expect(reasons.sort()).toEqual(['', '', `digabung ke ${masked(keptNik)}`, `digabung ke ${masked(keptNik)}`]);
    expect(app.sqlite.prepare('SELECT after FROM person_merge').pluck().get()).not.toContain(`digabung ke ${keptNik}`);
    expect(statusRows(await reportText(app, otherNik))).toEqual([['Aktif', '—'], ['Salah input', `digabung ke ${masked(keptNik)}`], ['Aktif', '—']]);
    expect((await shownHistory(app, other, 'statusReason')).filter((v) => v.includes('digabung'))).toEqual(Array(4).fill(`digabung ke ${masked(keptNik)}`));
  });

  it('shows a reason older versions wrote with the whole NIK masked: page, report, history', async () => {
    const app = await badungApp();
    const { kept, other } = await twoRecords(app);
    const mergeUid = await mergeOnlyPair(app, kept);
    asOlderVersionsWrote(app);
    expect(app.sqlite.prepare('SELECT status_reason FROM person WHERE uid = ?').pluck().get(other)).toBe(`digabung ke ${keptNik}`);

    // In force: the page and the report say the reason masked.
    expect((await page(app, other)).person.statusReason).toBe(`digabung ke ${masked(keptNik)}`);
    const inForce = await reportText(app, otherNik);
    expect(inForce).toContain(`Alasan status: digabung ke ${masked(keptNik)}\n`);
    expect(statusRows(inForce).at(-1)).toEqual(['Salah input', `digabung ke ${masked(keptNik)}`]);

    // The older merge is undone as it was (its rows hold the whole NIK alike); then too.
    const undone = await app.call('duplicates.undoMerge', { mergeUid });
    if (!undone.ok) throw new Error(undone.error.message);
    const report = await reportText(app, otherNik);
    expect(statusRows(report)).toEqual([['Aktif', '—'], ['Salah input', `digabung ke ${masked(keptNik)}`], ['Aktif', '—']]);
    expect(report).not.toContain(`digabung ke ${keptNik}`);
    const shown = await shownHistory(app, other, 'statusReason');
    expect(shown.filter((v) => v.includes('digabung'))).toEqual(Array(4).fill(`digabung ke ${masked(keptNik)}`));
  });

  it('a record marked entered in error by hand is "not counted", its periods still listed, and is counted again once set back', async () => {
    const app = await badungApp();
    const { other } = await twoRecords(app);
    const marked = await app.call('workers.setStatus', { uid: other, recordStatus: 'salah_input', reason: 'NIK tetangga' });
    if (!marked.ok) throw new Error(marked.error.message);
    const wrong = await page(app, other);
    expect([wrong.statusToday, wrong.mergedInto, wrong.periods.length]).toEqual(['tidak_dihitung', null, 1]);
    expect(await gridRow(app, other)).toMatchObject({ statusToday: 'tidak_dihitung', mergedIntoNik: null });
    expect(await gridRow(app, other, { statusToday: { filterType: 'set', values: ['belum_terdaftar'] } })).toBeUndefined();
    expect(await reportText(app, otherNik)).toContain('Kepesertaan hari ini: Tidak dihitung (salah input)\n');
    const back = await app.call('workers.setStatus', { uid: other, recordStatus: 'aktif', reason: 'NIK benar' });
    if (!back.ok) throw new Error(back.error.message);
    expect((await page(app, other)).statusToday).toBe('aktif');
  });

  it('is not swept up by a bulk change of the register, nor is a record entered in error', async () => {
    const app = await badungApp();
    const { kept, other } = await twoRecords(app);
    await mergeOnlyPair(app, kept);
    const third = await app.call('workers.save', { nik: '5103064507900002', name: 'Ni Luh Putu Sukerti', ...dalung, periods: [bpu('2024-01-01')] });
    if (!third.ok) throw new Error(third.error.message);
    const marked = await app.call('workers.setStatus', { uid: third.data.person.uid, recordStatus: 'salah_input', reason: 'NIK tetangga' });
    if (!marked.ok) throw new Error(marked.error.message);

    // The whole register, moved away at once: only the person still active moves.
    const started = await app.call('registers.bulkStatus', { register: 'worker', filterModel: {}, status: 'pindah', reason: 'Pindah ke Kabupaten Tabanan', date: '2026-11-01' });
    if (!started.ok) throw new Error(started.error.message);
    expect((await jobEnd(app.call, started.data)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT uid, record_status FROM person ORDER BY id').raw().all()).toEqual([
      [kept, 'pindah'],
      [other, 'salah_input'],
      [third.data.person.uid, 'salah_input'],
    ]);
    expect((await page(app, other)).statusToday).toBe('digabung');
    expect((await page(app, third.data.person.uid)).statusToday).toBe('tidak_dihitung');
  });
});

/**
 * The merge's rows as versions before the masked reason wrote them: the kept NIK whole in the
 * merged record's reason, the merge's stored rows and its audit rows (append-only, so set aside
 * for this test as migration 0008 did; the chain's hashes are not read here).
 */
function asOlderVersionsWrote(app: App) {
  const [was, now] = [`digabung ke ${masked(keptNik)}`, `digabung ke ${keptNik}`];
  app.sqlite.exec('DROP TRIGGER audit_log_no_update');
  app.sqlite.prepare('UPDATE audit_log SET before = replace(before, ?, ?), after = replace(after, ?, ?)').run(was, now, was, now);
  app.sqlite.exec("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END");
  app.sqlite.prepare('UPDATE person SET status_reason = replace(status_reason, ?, ?)').run(was, now);
  app.sqlite.prepare('UPDATE person_merge SET before = replace(before, ?, ?), after = replace(after, ?, ?)').run(was, now, was, now);
}
