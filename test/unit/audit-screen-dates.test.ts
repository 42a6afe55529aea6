import { afterEach, describe, expect, it } from 'vitest';
import type { AuditDetail, AuditRow, FieldChange } from '../../core/api/audit.ts';
import type { GridPage } from '../../core/api/grid.ts';
import { officeDateTime } from '../../core/exports/export-cells.ts';
import { formatDay, formatDayInZone, formatTimestamp } from '../../renderer/src/format.ts';
import i18n from '../../renderer/src/i18n/index.ts';
import { withScreenDates } from '../../renderer/src/pages/audit/shown-dates.ts';
import { badungApp, sampleEmployer } from './employers/support.ts';

// The change history and the change log read dates as the app's other screens do ('7 Des 2015',
// '7 Dec 2015'), not as the log words them for its exports (07/12/2015): a date cell, a period's
// line, an instant; text typed to look like a date stays as typed.

type App = Awaited<ReturnType<typeof badungApp>>;
type Ok<T> = { ok: true; data: T } | { ok: false; error: { message: string } };
const data = <T>(r: Ok<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.data;
};

/** The newest entry of a record, its changes as ChangeTable shows them: label → [before, after]. */
async function onScreen(app: App, entityUid: string, language: 'id' | 'en'): Promise<Record<string, [string, string]>> {
  const page = data((await app.call('audit.list', { startRow: 0, endRow: 50, sortModel: [{ colId: 'at', sort: 'desc' }], filterModel: {}, quickSearch: '' })) as Ok<GridPage<AuditRow>>);
  const newest = page.rows.find((r) => r.entityUid === entityUid);
  const detail = data((await app.call('audit.get', { id: newest!.id })) as Ok<AuditDetail>);
  await i18n.changeLanguage(language);
  const side = (shown: FieldChange['shownAfter'], stored: unknown) => withScreenDates(shown ? shown[language] : '—', stored, 'WITA');
  return Object.fromEntries(detail.changes.map((c) => [c.label[language], [side(c.shownBefore, c.before), side(c.shownAfter, c.after)]]));
}

afterEach(async () => {
  await i18n.changeLanguage('id');
});

describe('dates in the change history', { timeout: 120_000 }, () => {
  it('a date field reads "7 Des 2015" / "7 Dec 2015", as on the record page', async () => {
    const app = await badungApp();
    const saved = data((await app.call('employers.save', { ...sampleEmployer, startDate: '2015-12-07' })) as Ok<{ uid: string }>);
    data(await app.call('employers.save', { ...sampleEmployer, uid: saved.uid, startDate: '2016-10-01', wlkpDate: '2020-08-17' }));
    expect(await onScreen(app, saved.uid, 'id')).toMatchObject({ 'Tanggal mulai usaha': ['7 Des 2015', '1 Okt 2016'], 'Tanggal WLKP': ['—', '17 Agu 2020'] });
    expect(await onScreen(app, saved.uid, 'en')).toMatchObject({ 'Start date': ['7 Dec 2015', '1 Oct 2016'], 'WLKP date': ['—', '17 Aug 2020'] });
    // A status change's date (today at the office, 24 Nov 2026).
    data(await app.call('employers.setStatus', { uid: saved.uid, recordStatus: 'tutup', reason: 'Usaha berhenti' }));
    expect((await onScreen(app, saved.uid, 'id'))['Tanggal status']).toEqual(['—', '24 Nov 2026']);
  });

  it("a person's period line reads its days so, the rest of the line as it was", async () => {
    const app = await badungApp();
    const period = { segment: 'BPU' as const, startDate: '2025-05-01', endDate: '2025-12-31', programmes: ['JKK' as const, 'JKM' as const], funding: 'apbd_kabkota', source: 'Daftar desa' };
    const saved = data((await app.call('workers.save', { nik: '5103064507900002', name: 'Ni Luh Putu Sukerti', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', periods: [] })) as Ok<{ person: { uid: string } }>);
    const uid = saved.person.uid;
    data(await app.call('workers.save', { uid, nik: '5103064507900002', name: 'Ni Luh Putu Sukerti', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', periods: [period] }));
    const id = await onScreen(app, uid, 'id');
    const line = Object.values(id).find(([, after]) => after.includes('BPU'))?.[1];
    expect(line).toContain('1 Mei 2025');
    expect(line).toContain('31 Des 2025');
    expect(line).not.toMatch(/\d{2}\/\d{2}\/\d{4}/);
    const en = Object.values(await onScreen(app, uid, 'en')).find(([, after]) => after.includes('BPU'))?.[1];
    expect(en).toContain('1 May 2025');
    expect(en).toContain('31 Dec 2025');
  });

  it('an instant reads as the screens write a time, in the office zone', async () => {
    const at = '2026-12-05T23:36:25.000Z';
    const logged = officeDateTime(at, 480); // "06/12/2026 07:36", the log's words
    expect(withScreenDates(logged, at, 'WITA')).toBe(formatTimestamp(at, 'WITA'));
    expect(withScreenDates(logged, at, 'WITA')).toMatch(/^6 Des 2026/);
    await i18n.changeLanguage('en');
    expect(withScreenDates(logged, at, 'WITA')).toMatch(/^6 Dec 2026/);
  });

  it('leaves alone what was not written from a stored day', () => {
    // Typed text that looks like a date; a date in the words that is not the stored value's.
    expect(withScreenDates('SK 01/02/2020', 'SK 01/02/2020', 'WITA')).toBe('SK 01/02/2020');
    expect(withScreenDates('07/12/2015', '2015-12-08', 'WITA')).toBe('07/12/2015');
    expect(withScreenDates('Aktif', 'aktif', 'WITA')).toBe('Aktif');
    expect(withScreenDates('—', null, 'WITA')).toBe('—');
    expect(withScreenDates('12', 12, 'WITA')).toBe('12');
    expect(withScreenDates('07/12/2015', '2015-12-07', 'WITA')).toBe(formatDay('2015-12-07'));
  });
});

describe("a register's Diubah column", () => {
  it("shows the office's day of a change, not UTC's (03:25 WITA on the 7th is the 6th in UTC; walk 30)", async () => {
    expect(formatDayInZone('2026-12-06T19:25:00.000Z', 'WITA')).toBe('7 Des 2026');
    expect(formatDayInZone('2026-12-06T19:25:00.000Z', 'WIB')).toBe('7 Des 2026');
    expect(formatDayInZone('2026-12-06T16:25:00.000Z', 'WIB')).toBe('6 Des 2026');
    await i18n.changeLanguage('en');
    expect(formatDayInZone('2026-12-06T19:25:00.000Z', 'WIT')).toBe('7 Dec 2026');
    expect(formatDayInZone(null, 'WIT')).toBe('—');
  });
});
