import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { regulationMatchQuery } from '../../../core/regulations/regulation-search.ts';
import { textPdf } from '../support/pdf-samples.ts';
import { badungApp, perbupJembrana, saved, type App } from './support.ts';

// A regulation found by its number as clerks cite it ("48/2023", "No. 48 Tahun 2023",
// "Perbup 48/2023"), in the register's quick search and the relation picker, on real SQLite;
// and a commitment entered by mistake removed, with its audit row, refused on a record
// entered in error as a save is.

async function quickSearch(app: App, term: string): Promise<string[]> {
  const listed = await app.call('registers.list', { register: 'regulation', startRow: 0, endRow: 50, quickSearch: term });
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.data.rows as { uid: string }[]).map((r) => r.uid).sort();
}

async function picked(app: App, query: string): Promise<string[]> {
  const result = await app.call('regulations.pick', { query });
  if (!result.ok) throw new Error(result.error.message);
  return result.data.map((r) => r.uid).sort();
}

async function registerWithNearMisses(app: App) {
  const jembrana = await saved(app, perbupJembrana);
  // Near misses: another number the same year, the same number another year, a number 48 begins.
  const other = await saved(app, { ...perbupJembrana, nomor: '4', judul: 'Perbup lain 2023' });
  const lastYear = await saved(app, { ...perbupJembrana, nomor: '48', tahun: 2022, judul: 'Perbup lama', tanggalPenetapan: '2022-06-01', tanggalPengundangan: '2022-06-02' });
  const longer = await saved(app, { ...perbupJembrana, nomor: '480', judul: 'Perbup panjang' });
  const se = await saved(app, { jenis: 'se', nomor: '560/101', tahun: 2023, judul: 'Edaran THR' });
  return { jembrana, other, lastYear, longer, se };
}

describe('a regulation found by its number as clerks write it', () => {
  it('reads the number and the year apart, words announcing them aside', () => {
    expect(regulationMatchQuery('48/2023')).toBe('NEAR("48" "2023"*, 2)');
    expect(regulationMatchQuery('No. 48 Tahun 2023')).toBe('NEAR("48" "2023"*, 2)');
    expect(regulationMatchQuery('Perbup 48/2023')).toBe('"perbup"* NEAR("48" "2023"*, 2)');
    expect(regulationMatchQuery('pekerja rentan')).toBe('"pekerja"* "rentan"*');
    expect(regulationMatchQuery('nomor induk')).toBe('"nomor"* "induk"*'); // "nomor" not before a number stays a word
    expect(regulationMatchQuery('48')).toBe('"48"*');
    expect(regulationMatchQuery(' / ')).toBeNull();
  });

  it('in the quick search: "48/2023", "48 2023", "nomor 48 tahun 2023", "Perbup 48/2023", and not its near misses', async () => {
    const app = await badungApp();
    const { jembrana, other, lastYear, longer, se } = await registerWithNearMisses(app);
    for (const term of ['48/2023', '48 2023', 'nomor 48 tahun 2023', 'No. 48 Tahun 2023', 'Perbup 48/2023', 'perbup no 48/2023', '48 / 2023']) {
      expect([term, await quickSearch(app, term)]).toEqual([term, [jembrana]]);
    }
    // Typing on: the year a prefix; the number alone a prefix as before; words as before.
    expect(await quickSearch(app, '48/202')).toEqual([jembrana, lastYear].sort());
    expect(await quickSearch(app, '48')).toEqual([jembrana, lastYear, longer].sort());
    expect(await quickSearch(app, '4/2023')).toEqual([other]);
    expect(await quickSearch(app, '560/101')).toEqual([se]);
    expect(await quickSearch(app, 'SE 560/101/2023')).toEqual([se]);
    expect(await quickSearch(app, 'perpres 48/2023')).toEqual([]);
    expect(await quickSearch(app, 'edaran thr')).toEqual([se]);
    // The grid's count and the counts by jenis agree with the list.
    const listed = await app.call('registers.list', { register: 'regulation', startRow: 0, endRow: 50, quickSearch: '48/2023' });
    expect(listed.ok && listed.data.rowCount).toBe(1);
    const counts = await app.call('registers.counts', { register: 'regulation', by: 'jenis', quickSearch: 'No. 48 Tahun 2023' });
    expect(counts.ok && counts.data).toEqual({ total: 1, values: { perbup: 1 } });
  });

  it('inside documents too: a PDF citing "Nomor 48 Tahun 2023" is found by "48/2023", one with 48 and 2023 far apart is not', async () => {
    const app = await badungApp();
    const { jembrana } = await registerWithNearMisses(app);
    const citing = await saved(app, { jenis: 'perbup', nomor: '12', tahun: 2024, teuBadan: 'Jembrana (Kabupaten)', judul: 'Petunjuk Pelaksanaan' });
    const far = await saved(app, { jenis: 'perbup', nomor: '13', tahun: 2024, teuBadan: 'Jembrana (Kabupaten)', judul: 'Lain' });
    const attach = async (uid: string, lines: string[]) => {
      const { token } = await app.runtime.files.stage('naskah.pdf', Readable.from([await textPdf(lines)]), 10 * 1024 * 1024);
      const attached = await app.call('documents.attach', { entity: 'regulation', entityUid: uid, fileToken: token });
      if (!attached.ok) throw new Error(attached.error.message);
    };
    await attach(citing, ['Melaksanakan Peraturan Bupati Jembrana Nomor 48 Tahun 2023 tentang pekerja rentan.']);
    await attach(far, ['Pasal 48 mengatur iuran.', 'Anggaran tahun 2023 dan seterusnya.']);
    expect(await quickSearch(app, '48/2023')).toEqual([jembrana, citing].sort());
  });

  it('in the relation picker likewise', async () => {
    const app = await badungApp();
    const { jembrana, se } = await registerWithNearMisses(app);
    expect(await picked(app, '48/2023')).toEqual([jembrana]);
    expect(await picked(app, 'Nomor 48 Tahun 2023')).toEqual([jembrana]);
    expect(await picked(app, 'perbup 48/2023')).toEqual([jembrana]);
    expect(await picked(app, '560/101')).toEqual([se]);
  });
});

describe('a commitment entered by mistake', () => {
  const auditRows = (app: App, uid: string) =>
    (app.sqlite.prepare("SELECT action, before, after FROM audit_log WHERE entity = 'regulation' AND entity_uid = ? AND after LIKE '%commitments%' ORDER BY id").all(uid) as { action: string; before: string; after: string }[]).map((r) => ({
      action: r.action,
      before: JSON.parse(r.before) as { commitments: string },
      after: JSON.parse(r.after) as { commitments: string },
    }));

  it('is removed in one write with an audit row holding what it said', async () => {
    const app = await badungApp();
    const uid = await saved(app, perbupJembrana);
    const kept = await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'target', year: 2026, targetCount: 2050, description: 'Pekerja rentan yang dilindungi' });
    const wrong = await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'anggaran', year: 2026, amount: 80_000_000, description: 'Salah ketik' });
    if (!kept.ok || !wrong.ok) throw new Error('commitments not saved');
    const wrongUid = wrong.data.commitments.find((c) => c.kind === 'anggaran')!.uid;

    const removed = await app.call('regulations.commitments.remove', { uid: wrongUid, viewUid: uid });
    if (!removed.ok) throw new Error(removed.error.message);
    expect(removed.data.regulation.uid).toBe(uid);
    expect(removed.data.commitments.map((c) => [c.kind, c.targetCount])).toEqual([['target', 2050]]);
    expect(app.count('regulation_commitment')).toBe(1);

    const last = auditRows(app, uid).at(-1)!;
    expect(last.action).toBe('update');
    expect(last.before.commitments).toContain('Salah ketik');
    expect(last.before.commitments).toContain('Pekerja rentan yang dilindungi');
    expect(last.after.commitments).not.toContain('Salah ketik');
    expect(last.after.commitments).toContain('Pekerja rentan yang dilindungi');
    // The change log reads the number as the list does: '2.050 orang', not '2050'.
    expect(last.after.commitments).toContain('Target cakupan · 2026 · 2.050 orang · Pekerja rentan yang dilindungi');
    // In the record's history as a change of its commitments.
    const history = await app.call('registers.history', { register: 'regulation', uid });
    if (!history.ok) throw new Error(history.error.message);
    expect(history.data[0]!.changes.map((c) => c.field)).toEqual(['commitments']);

    // Gone: a second removal, or one through another regulation, is refused.
    const again = await app.call('regulations.commitments.remove', { uid: wrongUid, viewUid: uid });
    expect(!again.ok && [again.error.code, again.error.message]).toEqual(['INVALID_INPUT', 'Komitmen ini tidak ada pada peraturan tersebut.']);
    const otherUid = await saved(app, { ...perbupJembrana, nomor: '49' });
    const elsewhere = await app.call('regulations.commitments.remove', { uid: kept.data.commitments[0]!.uid, viewUid: otherUid });
    expect(!elsewhere.ok && elsewhere.error.code).toBe('INVALID_INPUT');
    expect(app.count('regulation_commitment')).toBe(1);
  });

  it('is refused on a record entered in error, as a save is, until it is restored', async () => {
    const app = await badungApp();
    const uid = await saved(app, perbupJembrana);
    const saved1 = await app.call('regulations.commitments.save', { regulationUid: uid, kind: 'target', year: 2026, targetCount: 2050 });
    if (!saved1.ok) throw new Error(saved1.error.message);
    const commitmentUid = saved1.data.commitments[0]!.uid;
    const marked = await app.call('regulations.setStatus', { uid, recordStatus: 'salah_input', reason: 'Nomor keliru' });
    expect(marked.ok).toBe(true);
    const auditsBefore = app.count('audit_log');

    const save = await app.call('regulations.save', { ...perbupJembrana, uid, judul: 'Lain' });
    const remove = await app.call('regulations.commitments.remove', { uid: commitmentUid, viewUid: uid });
    const change = await app.call('regulations.commitments.save', { uid: commitmentUid, regulationUid: uid, kind: 'target', year: 2026, targetCount: 9 });
    const refusal = 'Data ini berstatus "Salah input"; kembalikan ke Aktif dulu sebelum mengubahnya.';
    expect([save, remove, change].map((r) => !r.ok && [r.error.code, r.error.message])).toEqual([
      ['INVALID_INPUT', refusal],
      ['INVALID_INPUT', refusal],
      ['INVALID_INPUT', refusal],
    ]);
    expect(app.count('regulation_commitment')).toBe(1);
    expect(app.count('audit_log')).toBe(auditsBefore);

    await app.call('regulations.setStatus', { uid, recordStatus: 'aktif', reason: 'Ternyata benar' });
    const removed = await app.call('regulations.commitments.remove', { uid: commitmentUid, viewUid: uid });
    expect(removed.ok && removed.data.commitments).toEqual([]);
  });
});
