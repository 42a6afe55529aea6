import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, undoCheck, type App } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';

// The undo's check names what was changed since an import in the register's own words: a
// person's name is "Nama", not the employer's "Nama perusahaan" (walk 34).

const dir = tempDir('lindung-undo-check-words-');
const nik = '5103064507900002';

async function tickingApp(): Promise<App> {
  let tick = Date.parse('2026-11-24T03:00:00Z');
  return badungApp(() => new Date((tick += 1000)));
}

describe("the undo check's words", () => {
  it('name a person changed since the import by the worker register\'s field labels, in both languages', async () => {
    const app = await tickingApp();
    const file = dir.path('daftar.csv');
    writeFileSync(file, ['NIK;Nama;Alamat;Desa;Kategori;Segmen;Mulai;Sumber dana;Program', `${nik};Ni Luh Putu Sukerti;Br. Kaja;Dalung;Petani;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM`].join('\n'));
    const dryRun = await workerDryRun(app, file, 'daftar.csv');
    expect((await commit(app, dryRun.job.id)).status).toBe('done');
    const batchUid = app.sqlite.prepare('SELECT uid FROM import_batch ORDER BY id DESC LIMIT 1').pluck().get() as string;
    const uid = app.sqlite.prepare('SELECT uid FROM person WHERE nik = ?').pluck().get(nik) as string;
    const detail = await app.call('workers.get', { uid });
    if (!detail.ok) throw new Error(detail.error.message);
    const { person: p, periods } = detail.data;
    const saved = await app.call('workers.save', {
      uid, nik: p.nik, name: 'Ni Luh Putu Sukertiasih', phone: '081234567890', address: p.address, kecamatanCode: p.kecamatanCode, desaCode: p.desaCode, category: p.category,
      periods: periods.map((q) => ({ uid: q.uid, segment: q.segment, startDate: q.startDate, programmes: q.programmes, funding: q.funding, source: q.source })),
    });
    if (!saved.ok) throw new Error(saved.error.message);

    const check = await undoCheck(app, batchUid);
    const edited = check.conflicts.find((c) => c.uid === uid)!;
    expect(edited.reason).toBe('edited');
    expect(edited.fieldWords?.id).toMatch(/^Nama(, |$)/);
    expect(edited.fieldWords?.id).toContain('Telepon');
    expect(edited.fieldWords?.id).not.toContain('perusahaan');
    expect(edited.fieldWords?.en).toMatch(/^Name(, |$)/);
  });
});
