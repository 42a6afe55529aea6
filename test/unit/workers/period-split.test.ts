import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, undo, type App } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';

// Walk 34: a list row that starts later than the register's running period, with another
// funding source or income, rewrote the whole period back to its start (the months before
// became APBD-funded). Such a row now ends the register's period the day before and starts
// its own, said at its start date; a row with the period's own terms still extends it.

const dir = tempDir('lindung-period-split-');
const header = 'NIK;Nama;Segmen;Program;Mulai;Selesai;Upah;Sumber dana';
const nik = '5103061203850001';

async function imported(app: App, name: string, ...rows: string[]) {
  const file = dir.path(name);
  writeFileSync(file, [header, ...rows].join('\n'));
  const checked = await workerDryRun(app, file, name);
  expect((await commit(app, checked.job.id)).status).toBe('done');
  return checked.result;
}
const periods = (app: App) =>
  app.sqlite.prepare('SELECT segment, start_date, end_date, declared_income, funding, programmes FROM participation_period ORDER BY start_date').raw().all();

describe('a later list with other terms', { timeout: 120_000 }, () => {
  it('ends the running period the day before and adds its own; the same terms extend it; undo gives the period back', async () => {
    const app = await badungApp();
    await imported(app, 'mandiri.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM;01/07/2024;;2800000;Mandiri`);

    // The same terms from a later date: the list confirms the period, nothing to split.
    const same = await imported(app, 'ulang.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM;01/01/2025;;2800000;Mandiri`);
    expect(same.summary).toMatchObject({ unchanged: 1, changed: 0 });
    expect(same.rows[0]!.problems).toEqual([]);
    expect(periods(app)).toEqual([['BPU', '2024-07-01', null, 2_800_000, 'mandiri', '["JKK","JKM"]']]);

    const apbd = await imported(app, 'apbd 2026.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM;01/01/2026;;1000000;APBD kabupaten/kota`);
    expect(apbd.summary).toMatchObject({ changed: 1, invalid: 0 });
    expect(apbd.rows[0]!.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['startDate', 'warning', 'Baris ini mulai 01/01/2026 dengan sumber dana, upah/penghasilan atau program yang berbeda dari periode BPU di register (mulai 01/07/2024): periode itu berakhir 31/12/2025 dan baris ini menjadi periode baru (program JKK, JKM; sumber dana APBD kabupaten/kota; penghasilan Rp 1.000.000), agar masa sebelumnya tetap seperti di register. Bila data baris ini berlaku sejak 01/07/2024, tulis tanggal mulai 01/07/2024 di berkas.'],
    ]);
    expect(periods(app)).toEqual([
      ['BPU', '2024-07-01', '2025-12-31', 2_800_000, 'mandiri', '["JKK","JKM"]'],
      ['BPU', '2026-01-01', null, 1_000_000, 'apbd_kabkota', '["JKK","JKM"]'],
    ]);
    expect(app.sqlite.pragma('foreign_key_check')).toEqual([]);

    const history = await app.call('imports.history', { register: 'worker' });
    if (!history.ok) throw new Error(history.error.message);
    // The person changed through their periods: counted as updated (walk 37: "0 diperbarui").
    expect([history.data[0]!.inserted, history.data[0]!.updated]).toEqual([0, 1]);
    expect((await undo(app, history.data[0]!.uid)).status).toBe('done');
    expect(periods(app)).toEqual([['BPU', '2024-07-01', null, 2_800_000, 'mandiri', '["JKK","JKM"]']]);
  });

  it("the new period holds the list's programmes, not the earlier period's (walk 37: JHT carried over)", async () => {
    const app = await badungApp();
    await imported(app, 'tiga.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM, JHT;01/07/2024;;2800000;Mandiri`);
    const apbdes = await imported(app, 'apbdes.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM;01/03/2026;;;APBDes`);
    // The income the row leaves blank comes from the period before, and is said at its column (walk 37: unsaid).
    expect(apbdes.rows[0]!.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['startDate', 'warning', expect.stringContaining('menjadi periode baru (program JKK, JKM; sumber dana APBDes (dana desa); penghasilan Rp 2.800.000)')],
      ['income', 'warning', 'Kolom ini kosong, jadi periode baru mulai 01/03/2026 memakai penghasilan Rp 2.800.000 dari periode BPU mulai 01/07/2024. Bila nilainya sudah berbeda, isi kolom ini di berkas.'],
    ]);
    expect(periods(app)).toEqual([
      ['BPU', '2024-07-01', '2026-02-28', 2_800_000, 'mandiri', '["JKK","JKM","JHT"]'],
      ['BPU', '2026-03-01', null, 2_800_000, 'apbdes', '["JKK","JKM"]'],
    ]);
  });

  it("a period that ended the day before keeps its end; the list's terms start the next", async () => {
    const app = await badungApp();
    await imported(app, '2025.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM;01/01/2025;31/12/2025;;Mandiri`);
    const next = await imported(app, '2026.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM;01/01/2026;;;APBD kabupaten/kota`);
    // No change to the earlier period to show: only the period added, and the sentence.
    expect(next.rows[0]!.changes ?? []).toEqual([]);
    expect(next.rows[0]!.problems.map((p) => p.said?.key)).toEqual(['workers.import.periodSplit']);
    expect(periods(app)).toEqual([
      ['BPU', '2025-01-01', '2025-12-31', null, 'mandiri', '["JKK","JKM"]'],
      ['BPU', '2026-01-01', null, null, 'apbd_kabkota', '["JKK","JKM"]'],
    ]);
  });

  it("the identity review's \"use the file's data\" splits the same way", async () => {
    const app = await badungApp();
    await imported(app, 'mandiri.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM;01/07/2024;;2800000;Mandiri`);
    await imported(app, 'apbd.csv', `${nik};Made Sudarsane;BPU;JKK, JKM;01/01/2026;;1000000;APBD kabupaten/kota`);
    const open = await app.call('workers.identityReviews', { show: 'open' });
    if (!open.ok) throw new Error(open.error.message);
    const item = open.data.items[0]!;
    const used = await app.call('workers.resolveIdentityReview', { uid: item.uid, action: 'useFile' });
    if (!used.ok) throw new Error(used.error.message);
    expect(periods(app)).toEqual([
      ['BPU', '2024-07-01', '2025-12-31', 2_800_000, 'mandiri', '["JKK","JKM"]'],
      ['BPU', '2026-01-01', null, 1_000_000, 'apbd_kabkota', '["JKK","JKM"]'],
    ]);
  });

  it('a row naming fewer programmes keeps the period\'s and says which (walk 36: the difference went unsaid)', async () => {
    const app = await badungApp();
    await imported(app, 'dua.csv', `${nik};I Made Sudarsana;BPU;JKK, JKM;01/01/2025;;;Mandiri`);
    const fewer = await imported(app, 'satu.csv', `${nik};I Made Sudarsana;BPU;JKK;01/01/2025;;;Mandiri`);
    expect(fewer.rows[0]!.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['programmes', 'warning', 'Baris ini tidak menyebut JKM, yang tercatat pada periode BPU mulai 01/01/2025: impor tidak mengurangi program. Bila JKM sudah berhenti, ubah periodenya di halaman pekerja.'],
    ]);
    expect(periods(app)).toEqual([['BPU', '2025-01-01', null, null, 'mandiri', '["JKK","JKM"]']]);
  });
});
