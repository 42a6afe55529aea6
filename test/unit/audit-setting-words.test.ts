import { describe, expect, it } from 'vitest';
import type { AuditDetail, AuditRow } from '../../core/api/audit.ts';
import type { GridPage } from '../../core/api/grid.ts';
import type { HistoryEntry } from '../../core/api/registers.ts';
import { actionWordsKey } from '../../core/audit/audit-words.ts';
import { writeAudited } from '../../core/audit/write.ts';
import { render } from '../../core/messages.ts';
import { badungApp } from './employers/support.ts';

// The change log in words for what used to read as JSON (walk 35 items 4 and 11): a register's
// column layout says which register and that its NIK column was shown or hidden, and names the
// columns shown by their labels; the office's "Sembunyikan kolom NIK" turned off says so; a
// personal data report's formats are words ("teks"), not codes.

type App = Awaited<ReturnType<typeof badungApp>>;

async function logged(app: App, quickSearch = ''): Promise<AuditRow[]> {
  const page = await app.call('audit.list', { startRow: 0, endRow: 100, sortModel: [{ colId: 'at', sort: 'desc' }], filterModel: {}, quickSearch });
  if (!page.ok) throw new Error(page.error.message);
  return (page.data as GridPage<AuditRow>).rows;
}

async function detail(app: App, id: number): Promise<AuditDetail> {
  const got = await app.call('audit.get', { id });
  if (!got.ok) throw new Error(got.error.message);
  return got.data as AuditDetail;
}

/** A column state as AG Grid saves it: widths, flex, pinned and the hidden columns. */
const layout = (shown: Record<string, boolean>) => JSON.stringify(Object.entries(shown).map(([colId, visible], i) => ({ colId, width: 120 + i, hide: !visible, pinned: null, flex: null })));
const workerColumns = (nik: boolean) => layout({ name: true, nik, desaCode: true, segment: true, statusToday: true, category: true, updatedAt: false, coverage: false });

const noJson = (text: string | undefined) => expect(text ?? '').not.toMatch(/colId|[[{]"/);

describe('display settings in the change log', () => {
  it('a register layout showing the NIK column reads "Kolom NIK ditampilkan — Register pekerja", its columns by their labels', async () => {
    const app = await badungApp();
    const saved = await app.callAs('operator', 'settings.ui.set', { key: 'grid.workers.columns', value: workerColumns(true) });
    expect(saved.ok).toBe(true);
    const [shown] = (await logged(app)).filter((r) => r.entity === 'user_setting');
    expect(shown!.summary).toEqual({ id: 'Kolom NIK ditampilkan — Register pekerja', en: 'NIK column shown — Worker register' });
    const shownDetail = await detail(app, shown!.id);
    expect(shownDetail.row.summary?.id).toBe('Kolom NIK ditampilkan — Register pekerja');
    const columns = shownDetail.changes.find((c) => c.field === 'shownColumns');
    expect(columns?.label.id).toBe('Kolom yang ditampilkan');
    expect(columns?.shownAfter?.id).toMatch(/^Nama, NIK, Desa\/kelurahan/);
    for (const c of shownDetail.changes) noJson(c.shownAfter?.id);
    // The log's search finds it by those words.
    expect((await logged(app, 'NIK ditampilkan')).map((r) => r.id)).toContain(shown!.id);

    // Hidden again; then a change of widths alone.
    await app.call('settings.ui.set', { key: 'grid.workers.columns', value: workerColumns(false) });
    const [hidden] = (await logged(app)).filter((r) => r.entity === 'user_setting');
    expect(hidden!.summary?.id).toBe('Kolom NIK disembunyikan — Register pekerja');
    expect(hidden!.fieldWords?.id).toBe('Kolom yang ditampilkan');
    const hiddenDetail = await detail(app, hidden!.id);
    expect(hiddenDetail.changes.map((c) => [c.shownBefore?.id.includes('NIK'), c.shownAfter?.id.includes('NIK')])).toEqual([[true, false]]);

    await app.call('settings.ui.set', { key: 'grid.employers.columns', value: layout({ name: true, npwp: true, recordStatus: false }) });
    const [employers] = (await logged(app)).filter((r) => r.entity === 'user_setting');
    expect(employers!.summary?.id).toMatch(/^Pilihan atau urutan kolom diubah — Register /);
    for (const c of (await detail(app, employers!.id)).changes) noJson(c.shownAfter?.id);
  });

  it('a layout logged before as its raw JSON reads the same way', async () => {
    const app = await badungApp();
    writeAudited(app.ctx, ({ audit }) => audit({ action: 'create', entity: 'user_setting', entityUid: 'grid.workers.columns', before: null, after: { value: workerColumns(true) } }));
    const [old] = (await logged(app)).filter((r) => r.entity === 'user_setting');
    expect(old!.summary?.id).toBe('Kolom NIK ditampilkan — Register pekerja');
    const oldDetail = await detail(app, old!.id);
    expect(oldDetail.changes.map((c) => c.field)).toEqual(['register', 'shownColumns']);
    for (const c of oldDetail.changes) noJson(c.shownAfter?.id);
  });

  it('a column shown the first time is logged as a change of a setting ("ubah"), never "buat"; older rows read so too', async () => {
    const app = await badungApp();
    const said = (row: AuditRow) => [render({ key: actionWordsKey(row.entity, row.action) }, 'id'), render({ key: actionWordsKey(row.entity, row.action) }, 'en')];
    await app.call('settings.ui.set', { key: 'grid.workers.columns', value: workerColumns(true) });
    const [first] = (await logged(app)).filter((r) => r.entity === 'user_setting');
    expect(first!.action).toBe('update');
    expect(said(first!)).toEqual(['ubah', 'update']);
    expect(first!.summary?.id).toBe('Kolom NIK ditampilkan — Register pekerja');
    expect((await logged(app, 'ubah NIK ditampilkan')).map((r) => r.id)).toContain(first!.id);
    const row = app.sqlite.prepare("SELECT action, before FROM audit_log WHERE entity = 'user_setting'").get() as { action: string; before: string | null };
    expect(row).toEqual({ action: 'update', before: null });

    // Hidden again: an update from the layout saved before.
    await app.call('settings.ui.set', { key: 'grid.workers.columns', value: workerColumns(false) });
    const [second] = (await logged(app)).filter((r) => r.entity === 'user_setting');
    expect(second!.action).toBe('update');
    expect((await detail(app, second!.id)).changes.map((c) => c.field)).toEqual(['shownColumns']);

    // A row logged before as 'create' reads "ubah" in the log, its detail and a restore's preview.
    writeAudited(app.ctx, ({ audit }) => audit({ action: 'create', entity: 'user_setting', entityUid: 'grid.employers.columns', before: null, after: { value: layout({ name: true }) } }));
    const [old] = (await logged(app)).filter((r) => r.entity === 'user_setting');
    expect(old!.action).toBe('create');
    expect(said(old!)).toEqual(['ubah', 'update']);
    // Other records still "buat".
    expect(render({ key: actionWordsKey('employer', 'create') }, 'id')).toBe('buat');
  });

  it('turning off "Sembunyikan kolom NIK" reads as such', async () => {
    const app = await badungApp();
    await app.call('privacy.saveSettings', { hideNikByDefault: false });
    const [row] = (await logged(app)).filter((r) => r.entity === 'office_profile');
    expect(row!.summary?.id).toBe('"Sembunyikan kolom NIK" dimatikan: kolom NIK tampil sejak awal di register pekerja');
    expect((await logged(app, 'Sembunyikan kolom NIK dimatikan')).map((r) => r.id)).toContain(row!.id);
    await app.call('privacy.saveSettings', { hideNikByDefault: true });
    const [again] = (await logged(app)).filter((r) => r.entity === 'office_profile');
    expect(again!.summary?.en).toBe('"Hide the NIK column" turned on: the NIK column starts hidden in the worker register');
  });
});

describe("a personal data report's formats in the person's history", () => {
  it('reads "Format berkas: teks", not "text"', async () => {
    const app = await badungApp();
    const saved = await app.call('workers.save', { nik: '5103064507900002', name: 'Ni Luh Putu Sukerti', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', periods: [] });
    if (!saved.ok) throw new Error(saved.error.message);
    const made = await app.call('workers.report', { nik: '5103064507900002', formats: ['text', 'xlsx'] });
    if (!made.ok) throw new Error(made.error.message);
    const history = await app.call('registers.history', { register: 'worker', uid: saved.data.person.uid });
    if (!history.ok) throw new Error(history.error.message);
    const report = (history.data as HistoryEntry[]).find((e) => e.action === 'report')!;
    expect(report.changes.map((c) => [c.label.id, c.shownAfter])).toEqual([['Format berkas', { id: 'teks, Excel', en: 'text, Excel' }]]);
  });
});
