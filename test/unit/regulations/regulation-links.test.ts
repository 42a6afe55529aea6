import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ProgrammeInput } from '../../../core/api/programmes.ts';
import { textPdf } from '../support/pdf-samples.ts';
import { badungApp, perbupJembrana, saved, type App } from './support.ts';

// The regulation register tied to its documents and to the programmes it funds, on real
// SQLite: the quick search reaches a word found only inside a regulation's PDF (FTS5), the
// search inside documents names the regulation with a snippet, and a programme names its
// legal basis as a regulation record shown on both sides, with the commitments beside what
// the programmes achieved. Today is 24 November 2026 in the office (WITA).

async function attachPdf(app: App, uid: string, name: string, lines: string[]) {
  const { token } = await app.runtime.files.stage(name, Readable.from([await textPdf(lines)]), 10 * 1024 * 1024);
  const attached = await app.call('documents.attach', { entity: 'regulation', entityUid: uid, fileToken: token });
  if (!attached.ok) throw new Error(attached.error.message);
  return attached.data;
}

async function quickSearch(app: App, term: string): Promise<string[]> {
  const listed = await app.call('registers.list', { register: 'regulation', startRow: 0, endRow: 50, quickSearch: term });
  if (!listed.ok) throw new Error(listed.error.message);
  return (listed.data.rows as { uid: string }[]).map((r) => r.uid);
}

const programme = (extra: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  name: 'Perlindungan Pekerja Rentan Jembrana 2026',
  year: 2026,
  funding: 'apbd_kabkota',
  package: ['JKK', 'JKM'],
  budget: 50_000_000,
  legalBasis: 'Pasal 5',
  targets: [{ category: 'nelayan', target: 40 }],
  ...extra,
});

async function savedProgramme(app: App, extra: Partial<ProgrammeInput> = {}) {
  const result = await app.call('programmes.save', programme(extra));
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe('quick search through document text', () => {
  it('finds a regulation by a word only inside its PDF, not another regulation or an office document', async () => {
    const app = await badungApp();
    const jembrana = await saved(app, perbupJembrana);
    const other = await saved(app, { jenis: 'perbup', nomor: '73', tahun: 2021, teuBadan: 'Tabanan (Kabupaten)', judul: 'Jaminan Sosial Ketenagakerjaan' });
    await attachPdf(app, jembrana, 'perbup-48.pdf', ['Pasal 3', 'Nelayan di Pengambengan dilindungi melalui program Kertawibawa.']);
    const { token } = await app.runtime.files.stage('profil.pdf', Readable.from([await textPdf(['Kertawibawa juga disebut di dokumen kantor.'])]), 1024 * 1024);
    const office = await app.call('documents.attach', { entity: 'office_profile', entityUid: 'office', fileToken: token });
    expect(office.ok).toBe(true);

    expect(await quickSearch(app, 'kertawibawa')).toEqual([jembrana]);
    expect(await quickSearch(app, 'KÉRTAWIBAWA')).toEqual([jembrana]); // case and accents
    expect(await quickSearch(app, 'pengambengan kertawibawa')).toEqual([jembrana]);
    expect(await quickSearch(app, 'ketenagakerjaan')).toEqual([other]); // the metadata still
    expect(await quickSearch(app, 'tidakadadimanapun')).toEqual([]);
    // The issuing body too, kept current when it changes (walk 38: "jembrana" did not find a Perbup whose title does not name it).
    expect(await quickSearch(app, 'tabanan')).toEqual([other]);
    expect(await quickSearch(app, 'perbup tabanan')).toEqual([other]);
    const moved = await app.call('regulations.save', { uid: other, jenis: 'perbup', nomor: '73', tahun: 2021, teuBadan: 'Gianyar (Kabupaten)', judul: 'Jaminan Sosial Ketenagakerjaan' });
    if (!moved.ok) throw new Error(moved.error.message);
    expect(await quickSearch(app, 'tabanan')).toEqual([]);
    expect(await quickSearch(app, 'gianyar')).toEqual([other]);
    // The grid's row count and the counts by jenis under the search agree with what it lists.
    const listed = await app.call('registers.list', { register: 'regulation', startRow: 0, endRow: 50, quickSearch: 'kertawibawa' });
    expect(listed.ok && listed.data.rowCount).toBe(1);
    const counts = await app.call('registers.counts', { register: 'regulation', by: 'jenis', quickSearch: 'kertawibawa' });
    expect(counts.ok && counts.data).toEqual({ total: 1, values: { perbup: 1 } });
  });

  it('lists hits inside regulations\' documents with the citation, document, page and marked snippet', async () => {
    const app = await badungApp();
    const jembrana = await saved(app, perbupJembrana);
    const doc = await attachPdf(app, jembrana, 'perbup-48.pdf', ['Halaman pertama tanpa kata itu.', 'Bantuan iuran Kertawibawa bagi nelayan kecil.']);
    const hits = await app.call('regulations.searchDocuments', { query: 'kertawibawa' });
    if (!hits.ok) throw new Error(hits.error.message);
    expect(hits.data).toHaveLength(1);
    const [hit] = hits.data;
    expect(hit).toMatchObject({ regulationUid: jembrana, regulationLabel: 'Perbup Jembrana No. 48 Tahun 2023', recordStatus: 'aktif', documentUid: doc.documentUid, name: 'perbup-48.pdf' });
    expect(hit!.snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(['kertawibawa']);
    expect(hit!.page).toBe(2);
    const none = await app.call('regulations.searchDocuments', { query: '' });
    expect(none.ok && none.data).toEqual([]);
  });
});

describe('a programme naming a regulation as its legal basis', () => {
  it('is shown on both sides, with the commitments beside what the programmes achieved', async () => {
    const app = await badungApp();
    const jembrana = await saved(app, perbupJembrana);
    const target = await app.call('regulations.commitments.save', { regulationUid: jembrana, kind: 'target', year: 2026, targetCount: 120 });
    const budget = await app.call('regulations.commitments.save', { regulationUid: jembrana, kind: 'anggaran', year: 2026, amount: 80_000_000 });
    const later = await app.call('regulations.commitments.save', { regulationUid: jembrana, kind: 'target', year: 2027, targetPercent: 40 });
    expect([target.ok, budget.ok, later.ok]).toEqual([true, true, true]);

    const p = await savedProgramme(app, { legalBasisRegulationUid: jembrana });
    expect(p.legalBasisRegulation).toEqual({ uid: jembrana, label: 'Perbup Jembrana No. 48 Tahun 2023', judul: perbupJembrana.judul, recordStatus: 'aktif', legalStatus: 'berlaku' });
    expect(p.legalBasis).toBe('Pasal 5'); // the words beside the link stay
    await savedProgramme(app, { name: 'Program lain tanpa dasar', legalBasisRegulationUid: null });
    const enrol = await app.call('workers.save', {
      nik: '5103061203850001', name: 'I Made Sudarsana', category: 'nelayan', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006',
      periods: [{ segment: 'BPU', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', startDate: '2026-03-01', programmeUid: p.uid }],
    });
    if (!enrol.ok) throw new Error(enrol.error.message);

    const funded = await app.call('regulations.programmes', { uid: jembrana });
    if (!funded.ok) throw new Error(funded.error.message);
    expect(funded.data.programmes).toHaveLength(1);
    const monthly = p.monthlyContribution;
    expect(funded.data.programmes[0]).toMatchObject({ uid: p.uid, name: p.name, year: 2026, target: 40, enrolled: 1, budget: 50_000_000, enrolledCost: 10 * monthly });
    expect(funded.data.progress).toHaveLength(3);
    expect(funded.data.progress).toEqual(
      expect.arrayContaining([
        { commitmentUid: expect.any(String), kind: 'target', year: 2026, committed: 120, targetPercent: null, achieved: 1, spent: null, programmes: 1 },
        { commitmentUid: expect.any(String), kind: 'anggaran', year: 2026, committed: 80_000_000, targetPercent: null, achieved: 50_000_000, spent: 10 * monthly, programmes: 1 },
        { commitmentUid: expect.any(String), kind: 'target', year: 2027, committed: null, targetPercent: 40, achieved: 0, spent: null, programmes: 0 },
      ]),
    );

    // The audit row names the regulation by its citation, not an internal id.
    const audit = app.sqlite.prepare("SELECT after FROM audit_log WHERE entity = 'worker_programme' AND entity_uid = ? ORDER BY id DESC LIMIT 1").pluck().get(p.uid) as string;
    expect(JSON.parse(audit)).toMatchObject({ legalBasisRegulation: 'Perbup Jembrana No. 48 Tahun 2023', legalBasis: 'Pasal 5' });
    expect(audit).not.toContain('legalBasisRegulationId');
  });

  it('shows a linked regulation later marked entered in error as such, and refuses to link one anew', async () => {
    const app = await badungApp();
    const jembrana = await saved(app, perbupJembrana);
    const p = await savedProgramme(app, { legalBasisRegulationUid: jembrana });
    const marked = await app.call('regulations.setStatus', { uid: jembrana, recordStatus: 'salah_input', reason: 'Nomor salah ketik' });
    expect(marked.ok).toBe(true);

    const page = await app.call('programmes.page', { uid: p.uid });
    expect(page.ok && page.data.programme.legalBasisRegulation).toMatchObject({ uid: jembrana, recordStatus: 'salah_input' });
    // Saving the programme again keeps the link it already had.
    const kept = await app.call('programmes.save', programme({ uid: p.uid, legalBasisRegulationUid: jembrana, budget: 60_000_000 }));
    expect(kept.ok && kept.data.legalBasisRegulation?.recordStatus).toBe('salah_input');

    const fresh = await app.call('programmes.save', programme({ name: 'Program baru', legalBasisRegulationUid: jembrana }));
    expect(!fresh.ok && [fresh.error.message, (fresh.error.details as { issues: { path: string }[] }).issues[0]!.path]).toEqual([
      'Perbup Jembrana No. 48 Tahun 2023 ditandai "Salah input" di register Regulasi, jadi tidak dapat dipilih sebagai dasar hukum. Pilih peraturan lain, atau pulihkan catatannya dulu.',
      'legalBasisRegulationUid',
    ]);
    const unknown = await app.call('programmes.save', programme({ name: 'Program lain', legalBasisRegulationUid: 'tidak-ada' }));
    expect(!unknown.ok && unknown.error.message).toBe('Dasar hukum yang dipilih tidak ada dalam register Regulasi. Pilih lagi dari daftar, atau tulis dasar hukumnya sebagai teks.');
    expect(app.count('worker_programme')).toBe(1);

    // Unlinked, the programme keeps its words.
    const unlinked = await app.call('programmes.save', programme({ uid: p.uid, legalBasisRegulationUid: null }));
    expect(unlinked.ok && [unlinked.data.legalBasisRegulation, unlinked.data.legalBasis]).toEqual([null, 'Pasal 5']);
  });
});
