import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, undo } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';

// One NIK on several rows of one file: what the later rows need of the earlier ones (the first
// name, the periods planned so far) is kept with the NIK in the dry run's scratch, and each
// planned row updates it: another name is held for review, a period overlapping one planned by
// an earlier row is refused, however many rows came between; the same row again is saved once.

const dir = tempDir('lindung-workers-repeats-');

describe('a NIK repeating in one worker list', { timeout: 300_000 }, () => {
  it('holds another name for review and refuses a period overlapping one an earlier row planned', async () => {
    const app = await badungApp();
    const file = dir.path('ulang.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Selesai;Program',
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/01/2025;;JKK, JKM', // 2: the person, a BPU period
      '5103064507900002;Made Sudarsane;Dalung;BPU;01/06/2025;;JKK', // 3: another name: review
      '5103061203850001;I Made Sudarsana;Canggu;BPU;01/01/2025;;JKK', // 4: someone else between
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/03/2025;;JKK', // 5: overlaps row 2's BPU
      '5103064507900002;NI LUH PUTU SUKERTI;Dalung;PMI;01/02/2025;31/12/2025;JKK', // 6: the same name, another segment
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;PMI;01/06/2025;;JKK', // 7: overlaps row 6's PMI (planned by a repeat)
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/01/2025;;JKK, JKM', // 8: row 2 again (a list pasted twice): skipped, said
    ].join('\n'));
    const { job, result } = await workerDryRun(app, file, 'ulang.csv');
    expect(result.summary).toMatchObject({ total: 7, new: 3, review: 1, invalid: 2 });
    const status = (row: number) => result.rows.find((r) => r.rowNumber === row)!.status;
    expect([2, 3, 4, 5, 6, 7].map(status)).toEqual(['new', 'review', 'new', 'invalid', 'new', 'invalid']);
    const repeated = result.rows.find((r) => r.rowNumber === 8)!;
    expect(repeated.status).not.toBe('invalid');
    expect(repeated.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['nik', 'warning', 'Baris ini sama dengan baris 2 (NIK 5103064507900002, periode BPU mulai 01/01/2025): dilewati, tidak disimpan dua kali.'],
    ]);
    const held = result.rows.find((r) => r.rowNumber === 3)!;
    expect(held.problems.map((p) => [p.field, p.severity])).toEqual([['name', 'warning']]);
    expect(held.problems[0]!.message.id).toContain('Ni Luh Putu Sukerti');

    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.count('person')).toBe(2);
    expect(app.sqlite.prepare("SELECT pp.segment, pp.start_date, pp.end_date FROM participation_period pp JOIN person p ON p.id = pp.person_id WHERE p.nik = '5103064507900002' ORDER BY pp.start_date").raw().all()).toEqual([
      ['BPU', '2025-01-01', null],
      ['PMI', '2025-02-01', '2025-12-31'],
    ]);
    expect(app.sqlite.prepare('SELECT nik, file_name, file_row, state FROM identity_review').raw().all()).toEqual([['5103064507900002', 'Made Sudarsane', 3, 'open']]);

    const batches = await app.call('imports.history', { register: 'worker' });
    if (!batches.ok) throw new Error(batches.error.message);
    expect((await undo(app, batches.data[0]!.uid)).status).toBe('done');
    expect(app.count('person')).toBe(0);
    expect(app.count('participation_period')).toBe(0);
    expect(app.count('identity_review')).toBe(0);
  });
});
