import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { IdentityReviewItem, IdentityReviewList } from '../../../core/api/identity-review.ts';
import { badungApp, sampleEmployer } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, undo, type App } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';

// A known NIK under another name or typed birth date: the person is not touched, the row goes
// to the identity review, and a reviewer takes the file's data or keeps the register's.

const dir = tempDir('lindung-identity-review-');
const woman = '5103064507900002'; // day 45: a woman born 05/07/1990
const man = '5103061203850001';

async function setUp(): Promise<App> {
  const app = await badungApp();
  const employer = await app.call('employers.save', { ...sampleEmployer, confirmRegistrationGaps: true });
  if (!employer.ok) throw new Error(employer.error.message);
  const file = dir.path('awal.csv');
  writeFileSync(file, [
    'NIK;Nama;Alamat;Desa;Segmen;Mulai;Sumber dana;Program;Tanggal lahir',
    `${woman};Ni Luh Putu Sukerti;Br. Kaja;Dalung;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM;05/07/1990`,
    `${man};I Made Sudarsana;Br. Kelod;Canggu;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM;`,
  ].join('\n'));
  const { job, result } = await workerDryRun(app, file, 'awal.csv');
  expect(result.summary).toMatchObject({ new: 2, invalid: 0, review: 0 });
  expect((await commit(app, job.id)).status).toBe('done');
  return app;
}

async function reviews(app: App, show: 'open' | 'resolved' = 'open'): Promise<IdentityReviewList> {
  const out = await app.call('workers.identityReviews', { show });
  if (!out.ok) throw new Error(out.error.message);
  return out.data;
}

const personRow = (app: App, nik: string) => app.sqlite.prepare('SELECT name, birth_date_typed, address, updated_at FROM person WHERE nik = ?').get(nik);
const auditOf = (app: App, entity: string) => app.sqlite.prepare('SELECT action, entity_label FROM audit_log WHERE entity = ? ORDER BY id').raw().all(entity);

describe('identity review of imported worker lists', { timeout: 300_000 }, () => {
  it('holds a known NIK under another name or birth date for review, counted apart, the person untouched; the undo removes the review', async () => {
    const app = await setUp();
    const before = { woman: personRow(app, woman), man: personRow(app, man) };
    const file = dir.path('konflik.csv');
    writeFileSync(file, [
      'NIK;Nama;Alamat;Desa;Segmen;Mulai;Sumber dana;Program;Tanggal lahir;NPP',
      `${woman};Ni Luh Putu Sukerti;Br. Kaja Kauh;Dalung;BPU;01/01/2026;APBD kabupaten/kota;JKK, JKM;05/07/1990;`, // the same person: updated
      `${man};Made Sudarsane;Br. Kelod;Canggu;BPU;01/01/2026;APBD kabupaten/kota;JKK, JKM, JHT;;`, // another name: review
      `${woman};Ni Luh Putu Sukerti;Br. Kaja;Dalung;PU;01/03/2026;Pemberi kerja;JKK;07/05/1990;NN012345`, // another typed birth date: review
    ].join('\n'));
    const { job, result } = await workerDryRun(app, file, 'konflik.csv');
    expect(result.summary).toMatchObject({ total: 3, new: 0, changed: 1, review: 2, invalid: 0 });
    const held = result.rows.filter((r) => r.status === 'review');
    expect(held.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(held[0]!.problems[0]!.message.id).toContain('masuk daftar tinjauan identitas');
    expect(held[0]!.problems[0]!.message.en).toContain('identity review list');
    // Nothing written by the check.
    expect(app.count('identity_review')).toBe(0);

    expect((await commit(app, job.id)).status).toBe('done');
    expect(personRow(app, man)).toEqual(before.man);
    expect((personRow(app, woman) as { address: string }).address).toBe('Br. Kaja Kauh');
    expect((personRow(app, woman) as { birth_date_typed: string }).birth_date_typed).toBe('1990-07-05');
    expect(app.sqlite.prepare("SELECT count(*) FROM participation_period WHERE segment = 'PU'").pluck().get()).toBe(0);
    const list = await reviews(app);
    expect(list.open).toBe(2);
    expect(list.items.map((i) => [i.nik, i.register.name, i.file.name, i.file.birthDateTyped, i.fileRow, i.state, i.batch?.fileName])).toEqual([
      [woman, 'Ni Luh Putu Sukerti', 'Ni Luh Putu Sukerti', '1990-05-07', 4, 'open', 'konflik.csv'],
      [man, 'I Made Sudarsana', 'Made Sudarsane', null, 3, 'open', 'konflik.csv'],
    ]);
    expect(list.items[0]!.file.period).toMatchObject({ segment: 'PU', startDate: '2026-03-01', employerNpp: 'NN012345' });

    // The import's undo takes its reviews with it.
    const history = await app.call('imports.history', { register: 'worker' });
    if (!history.ok) throw new Error(history.error.message);
    expect((await undo(app, history.data[0]!.uid)).status).toBe('done');
    expect(app.count('identity_review')).toBe(0);
    expect(personRow(app, woman)).toEqual(before.woman);
    expect(app.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it("takes the file's data (the person updated, the period added, audited) or keeps the register's (remembered on the next list)", async () => {
    const app = await setUp();
    const file = dir.path('konflik-2.csv');
    writeFileSync(file, [
      'NIK;Nama;Alamat;Desa;Segmen;Mulai;Selesai;Sumber dana;Program;NPP',
      `${man};I Made Sudarsana Putra;Br. Kelod No. 3;Canggu;PU;01/03/2026;;Pemberi kerja;JKK, JKM, JHT;NN012345`,
      `${woman};Luh Sukerti;Br. Kaja;Dalung;BPU;01/01/2026;;APBD kabupaten/kota;JKK, JKM;`,
    ].join('\n'));
    const { job } = await workerDryRun(app, file, 'konflik-2.csv');
    expect((await commit(app, job.id)).status).toBe('done');
    const [forWoman, forMan] = (await reviews(app)).items as [IdentityReviewItem, IdentityReviewItem];
    expect(forMan.nik).toBe(man);
    const auditBefore = app.count('audit_log');

    const applied = await app.call('workers.resolveIdentityReview', { uid: forMan.uid, action: 'useFile' });
    if (!applied.ok) throw new Error(applied.error.message);
    expect(applied.data).toMatchObject({ state: 'applied', resolvedBy: expect.any(String) });
    expect(app.sqlite.prepare('SELECT name, address FROM person WHERE nik = ?').raw().get(man)).toEqual(['I Made Sudarsana Putra', 'Br. Kelod No. 3']);
    expect(app.sqlite.prepare('SELECT pp.segment, pp.start_date, pp.programmes, pp.employer_id IS NOT NULL FROM participation_period pp JOIN person p ON p.id = pp.person_id WHERE p.nik = ? ORDER BY pp.start_date').raw().all(man)).toEqual([
      ['BPU', '2025-01-01', '["JKK","JKM"]', 0],
      ['PU', '2026-03-01', '["JKK","JKM","JHT"]', 1],
    ]);
    expect(app.count('audit_log')).toBe(auditBefore + 2);
    expect(auditOf(app, 'identity_review')).toEqual([['apply', 'I Made Sudarsana Putra']]);
    expect(app.sqlite.prepare("SELECT action, entity_label FROM audit_log WHERE entity = 'person' ORDER BY id DESC LIMIT 1").raw().get()).toEqual(['update', 'I Made Sudarsana Putra']);
    // Resolved once: a second answer is refused, saying by whom.
    const again = await app.call('workers.resolveIdentityReview', { uid: forMan.uid, action: 'keepRegister' });
    expect(again.ok ? null : again.error.code).toBe('CONFLICT');

    const kept = await app.call('workers.resolveIdentityReview', { uid: forWoman.uid, action: 'keepRegister' });
    if (!kept.ok) throw new Error(kept.error.message);
    expect(kept.data.state).toBe('dismissed');
    expect(app.sqlite.prepare('SELECT name FROM person WHERE nik = ?').pluck().get(woman)).toBe('Ni Luh Putu Sukerti');
    expect(auditOf(app, 'identity_review')).toEqual([['apply', 'I Made Sudarsana Putra'], ['dismiss', 'Luh Sukerti']]);
    expect((await reviews(app)).open).toBe(0);
    expect((await reviews(app, 'resolved')).items.map((i) => i.state).sort()).toEqual(['applied', 'dismissed']);

    // The next list says "Luh Sukerti" again: the decision is remembered, the row skipped with a note.
    const next = dir.path('konflik-3.csv');
    writeFileSync(next, ['NIK;Nama;Desa;Segmen;Mulai', `${woman};Luh Sukerti;Dalung;BPU;01/06/2026`].join('\n'));
    const third = await workerDryRun(app, next, 'konflik-3.csv');
    expect(third.result.summary).toMatchObject({ total: 1, unchanged: 1, review: 0, invalid: 0 });
    expect(third.result.rows[0]!.problems[0]!.message.id).toMatch(/sudah ditinjau: .* mempertahankan data register \("Ni Luh Putu Sukerti"\)/);
  });

  it("refuses the file's data when its period would overlap one of the person's, saying which", async () => {
    const app = await setUp();
    const file = dir.path('tumpang.csv');
    // Another name, and a BPU period from 2024 that runs into the open 2025 one.
    writeFileSync(file, ['NIK;Nama;Desa;Segmen;Mulai;Selesai', `${man};Made Sudarsane;Canggu;BPU;01/01/2024;30/06/2025`].join('\n'));
    const { job } = await workerDryRun(app, file, 'tumpang.csv');
    expect((await commit(app, job.id)).status).toBe('done');
    const [item] = (await reviews(app)).items;
    const out = await app.call('workers.resolveIdentityReview', { uid: item!.uid, action: 'useFile' });
    expect(out.ok ? null : [out.error.code, out.error.message]).toEqual(['INVALID_INPUT', expect.stringMatching(/BPU/)]);
    expect(app.sqlite.prepare('SELECT name FROM person WHERE nik = ?').pluck().get(man)).toBe('I Made Sudarsana');
    expect((await reviews(app)).open).toBe(1);
  });
  it('lists a long review in pages, newest first, with the count of each state', async () => {
    const app = await setUp();
    const file = dir.path('banyak.csv');
    // Sixty rows of a known NIK under other names: sixty rows to review.
    const rows = Array.from({ length: 60 }, (_, i) => `${man};Made Sudarsana ${i + 1};Br. Kelod;Canggu;BPU;01/01/${2030 + i};APBD kabupaten/kota;JKK`);
    writeFileSync(file, ['NIK;Nama;Alamat;Desa;Segmen;Mulai;Sumber dana;Program', ...rows].join('\n'));
    const { job, result } = await workerDryRun(app, file, 'banyak.csv');
    expect(result.summary).toMatchObject({ review: 60, invalid: 0 });
    expect((await commit(app, job.id)).status).toBe('done');
    const page = async (show: 'open' | 'resolved', n: number) => {
      const out = await app.call('workers.identityReviews', { show, page: n });
      if (!out.ok) throw new Error(out.error.message);
      return out.data;
    };
    const first = await page('open', 0);
    expect([first.open, first.total, first.items.length, first.items[0]!.fileRow, first.items[49]!.fileRow]).toEqual([60, 60, 50, 61, 12]);
    const second = await page('open', 1);
    expect(second.items.map((i) => i.fileRow)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect((await page('open', 2)).items).toEqual([]);
    const resolved = await page('resolved', 0);
    expect([resolved.open, resolved.total, resolved.items.length]).toEqual([60, 0, 0]);
  });
});
