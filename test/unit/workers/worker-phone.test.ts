import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPhone } from '../../../core/api/phone.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';

// A person's phone: 08…/0361… as typed, +62/62 read to its 0 form, a number without its 0
// refused on the field (the form, where the clerk types it); in a file, a mobile number without
// its 0 is what Excel leaves of one kept as a number: read with its 0 and said.

const dir = tempDir('lindung-worker-phone-');
const nik = '5103064507900002';
const person = (phone: string) => ({ nik, name: 'Ni Luh Putu Sukerti', kecamatanCode: '51.03.06', desaCode: '51.03.06.2006', phone });

describe("a person's phone", () => {
  it('is read the same way by the form and the importer', () => {
    expect(readPhone('0812 3456 7890')).toEqual({ ok: true, phone: '0812 3456 7890' });
    expect(readPhone('(0361) 412-777')).toEqual({ ok: true, phone: '(0361) 412-777' });
    expect(readPhone('+62 812-3456-7890')).toEqual({ ok: true, phone: '0812-3456-7890' });
    expect(readPhone('6281234567890')).toEqual({ ok: true, phone: '081234567890' });
    expect(readPhone('+62 (0)812 3456 7890')).toEqual({ ok: true, phone: '0812 3456 7890' });
    expect(readPhone('+852 9123 4567')).toEqual({ ok: true, phone: '+852 9123 4567' }); // abroad (PMI)
    expect(readPhone('')).toEqual({ ok: true, phone: '' });
    for (const bad of ['81234567890', '0812', '08123456789012345', 'HP 0812345678', '+62 0', '12345678']) expect(readPhone(bad), bad).toEqual({ ok: false });
  });

  it('is kept in its 0 form by the form, and a number without its 0 is refused on the field', async () => {
    const app = await badungApp();
    const refused = await app.call('workers.save', person('81234567890'));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && (refused.error.details as { issues: { path: string; messageKey: string }[] }).issues).toEqual([expect.objectContaining({ path: 'phone', messageKey: 'validation.phoneIndonesia' })]);
    expect(app.count('person')).toBe(0);
    const saved = await app.call('workers.save', person('+62 812-3456-7890'));
    expect(saved.ok && saved.data.person.phone).toBe('0812-3456-7890');
  });

  it('is read to its 0 form by the importer: a mobile number Excel left without its 0 gets it back with a warning; an unreadable one is an error naming the column', async () => {
    const app = await badungApp();
    const file = dir.path('hp.csv');
    const rows = [
      'NIK;Nama;Desa;Segmen;Mulai;Program;No HP',
      `${nik};Ni Luh Putu Sukerti;Dalung;BPU;01/01/2025;JKK, JKM;+62 812 3456 7890`,
      '5103061203850001;I Made Sudarsana;Dalung;BPU;01/01/2025;JKK, JKM;81234567890',
      '5103061203850002;I Wayan Sudarsana;Dalung;BPU;01/01/2025;JKK, JKM;12345678',
      '5103061203850003;I Ketut Sudarsana;Dalung;BPU;01/01/2025;JKK, JKM;0812 3456 7891 / 0813-1111-2222',
    ];
    writeFileSync(file, `${rows.join('\n')}\n`);
    const { job, result } = await workerDryRun(app, file, 'hp.csv');
    expect(result.summary).toMatchObject({ total: 4, new: 3, invalid: 1 });
    const restored = result.rows.find((r) => r.rowNumber === 3)!.problems;
    expect(restored.map((p) => [p.field, p.severity, p.column, p.message.id])).toEqual([
      ['phone', 'warning', 'G (No HP)', 'Nomor HP "81234567890" tanpa 0 di depan (Excel membuang 0 di depan angka): dibaca sebagai 081234567890. Agar tidak terulang, format kolom ini sebagai Teks di Excel.'],
    ]);
    const bad = result.rows.find((r) => r.rowNumber === 4)!.problems;
    expect(bad.map((p) => [p.field, p.severity, p.column, p.message.id])).toEqual([
      ['phone', 'error', 'G (No HP)', 'Nomor telepon "12345678" tidak dikenali: tulis dengan awalan 0 (mis. 0812 3456 7890) atau +62 (mis. +62 812 3456 7890).'],
    ]);
    // Two numbers in one cell (walk 34: the row was refused): the first kept, the other said.
    expect(result.rows.find((r) => r.rowNumber === 5)!.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['phone', 'warning', 'Sel telepon "0812 3456 7891 / 0813-1111-2222" berisi lebih dari satu nomor: yang disimpan 0812 3456 7891; 0813-1111-2222 tidak disimpan (kolom ini memuat satu nomor). Bila perlu, catat nomor lain itu di halaman pekerjanya.'],
    ]);
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT phone FROM person ORDER BY id').pluck().all()).toEqual(['0812 3456 7890', '081234567890', '0812 3456 7891']);
  });
});
