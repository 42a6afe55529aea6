import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { commit, stage, waitJob, type App } from '../imports-pipeline/support.ts';

// A programme's list often has no Segmen or Sumber dana column: every row is the same (BPU, paid
// from the APBD). The mapping screen gives such a field one value for all rows; the dry run
// reads it as every row's cell, the commit writes it, and the next list of that layout
// remembers it. An identity number, a value that is not one of a choice field's, or a field
// that also has a column is refused before any row is read.

const dir = tempDir('lindung-worker-one-value-');

function programmeList(name: string): string {
  const file = dir.path(name);
  writeFileSync(file, [
    'NIK;Nama;Mulai;Program',
    '5103064507900002;Ni Luh Putu Sukerti;01/01/2025;JKK, JKM',
    '5103061203850001;I Made Sudarsana;01/01/2025;JKK, JKM',
  ].join('\n'));
  return file;
}

async function inspect(app: App, file: string, name: string) {
  const staged = await stage(app, file, name);
  const inspected = await app.call('imports.inspect', { register: 'worker', fileToken: staged.token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  return { token: staged.token, inspection: inspected.data as Inspection };
}

describe('one value for all rows', { timeout: 120_000 }, () => {
  it('gives every row of a list without Segmen, Sumber dana and Desa columns the values chosen, commits them and remembers them for the layout', async () => {
    const app = await badungApp();
    const first = await inspect(app, programmeList('program apbd.csv'), 'program apbd.csv');
    expect(first.inspection.constants).toEqual({});
    expect(first.inspection.fields.find((f) => f.key === 'nik')!.oneValue).toBe(false);
    expect(first.inspection.fields.find((f) => f.key === 'segment')!.oneValue).toBe(true);
    // A desa is typed; the office's desa (Badung's, of every kecamatan) are offered, a choice field's values are not repeated.
    const desaSuggested = first.inspection.fields.find((f) => f.key === 'desa')!.suggestions ?? [];
    expect(desaSuggested).toEqual(expect.arrayContaining(['Dalung', 'Canggu', 'Kuta']));
    expect(desaSuggested).not.toContain('Kuta Utara');
    expect(first.inspection.fields.find((f) => f.key === 'segment')!.suggestions).toBeUndefined();
    // Nor the person's name: only fields the same on every row may take one value.
    expect(first.inspection.fields.filter((f) => !f.oneValue).map((f) => f.key)).toEqual(expect.arrayContaining(['nik', 'name', 'kpj']));
    const constants = { segment: 'BPU', funding: 'apbd_kabkota', desa: 'Dalung' };
    const started = await app.call('imports.dryRun', { register: 'worker', fileToken: first.token, headerRow: first.inspection.headerRow, mapping: first.inspection.mapping, constants });
    if (!started.ok) throw new Error(started.error.message);
    const checked = await waitJob(app, started.data);
    expect(checked.status).toBe('done');
    const result = checked.result as DryRunResult;
    expect(result.summary).toMatchObject({ total: 2, new: 2, invalid: 0 });
    const saved = await commit(app, started.data.id);
    expect(saved.status).toBe('done');
    const periods = app.ctx.sqlite
      .prepare(`SELECT p.nik, pp.segment, pp.funding, r.name AS desa FROM participation_period pp JOIN person p ON p.id = pp.person_id LEFT JOIN region r ON r.code = p.desa_code ORDER BY p.nik`)
      .all();
    expect(periods).toEqual([
      { nik: '5103061203850001', segment: 'BPU', funding: 'apbd_kabkota', desa: 'Dalung' },
      { nik: '5103064507900002', segment: 'BPU', funding: 'apbd_kabkota', desa: 'Dalung' },
    ]);

    // The next list of the same headers comes with the same values, and no column for them.
    const next = await inspect(app, programmeList('program apbd 2.csv'), 'program apbd 2.csv');
    expect(next.inspection.constants).toEqual(constants);
    expect(next.inspection.mapping.segment ?? null).toBeNull();
    expect(next.inspection.mappingRemembered).toBe(true);

    // Known people on another desa's list: the one value is what the row gives, so it moves them
    // there (said before → after), as a Desa column of that desa would.
    const cangguList = programmeList('daftar canggu.csv');
    writeFileSync(cangguList, '\n', { flag: 'a' }); // another file than the one already imported
    const cangguFile = await inspect(app, cangguList, 'daftar canggu.csv');
    const canggu = await app.call('imports.dryRun', { register: 'worker', fileToken: cangguFile.token, headerRow: cangguFile.inspection.headerRow, mapping: cangguFile.inspection.mapping, constants: { ...constants, desa: 'Canggu' } });
    if (!canggu.ok) throw new Error(canggu.error.message);
    const moved = (await waitJob(app, canggu.data)).result as DryRunResult;
    expect(moved.summary).toMatchObject({ total: 2, changed: 2, invalid: 0 });
    expect(moved.rows[0]!.changes?.find((c) => c.field === 'desaCode')).toMatchObject({ shownBefore: { id: 'Dalung' }, shownAfter: { id: 'Canggu' } });
    expect((await commit(app, canggu.data.id)).status).toBe('done');
    expect(app.ctx.sqlite.prepare('SELECT DISTINCT r.name FROM person p JOIN region r ON r.code = p.desa_code').pluck().all()).toEqual(['Canggu']);
  });

  it('does not let a value remembered for all rows stand over a column the file has', async () => {
    const app = await badungApp();
    const file = dir.path('desa sendiri.csv');
    writeFileSync(file, ['NIK;Nama;Desa;Segmen;Mulai;Program', '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/01/2025;JKK, JKM'].join('\n'));
    const first = await inspect(app, file, 'desa sendiri.csv');
    expect(first.inspection.mapping.desa).toBe(2);
    // The clerk gave Desa one value although the file has a Desa column, and saved.
    const started = await app.call('imports.dryRun', { register: 'worker', fileToken: first.token, headerRow: 1, mapping: { ...first.inspection.mapping, desa: null }, constants: { desa: 'Canggu' } });
    if (!started.ok) throw new Error(started.error.message);
    expect((await commit(app, (await waitJob(app, started.data)).id)).status).toBe('done');
    // The next list of those headers reads its own Desa column again.
    writeFileSync(file, ['NIK;Nama;Desa;Segmen;Mulai;Program', '5103061203850001;I Made Sudarsana;Dalung;BPU;01/01/2025;JKK, JKM'].join('\n'));
    const next = await inspect(app, file, 'desa sendiri 2.csv');
    expect(next.inspection.mappingRemembered).toBe(true);
    expect(next.inspection.mapping.desa).toBe(2);
    expect(next.inspection.constants).toEqual({});
  });

  it('takes a value wrong for its field as every row\'s mistake, the value named', async () => {
    const app = await badungApp();
    const { token, inspection } = await inspect(app, programmeList('desa salah.csv'), 'desa salah.csv');
    const started = await app.call('imports.dryRun', { register: 'worker', fileToken: token, headerRow: inspection.headerRow, mapping: inspection.mapping, constants: { segment: 'BPU', desa: 'Kampung Tidak Ada' } });
    if (!started.ok) throw new Error(started.error.message);
    const result = (await waitJob(app, started.data)).result as DryRunResult;
    expect(result.summary).toMatchObject({ total: 2, invalid: 2 });
    const problem = result.rows[0]!.problems.find((p) => p.field === 'desa')!;
    expect(problem).toMatchObject({ severity: 'error', column: null, value: 'Kampung Tidak Ada' });
    expect(problem.message.id).toContain('Kampung Tidak Ada');
  });

  it('refuses one value for an identity number, a value that is not a choice, and a field that has a column, before any row is read', async () => {
    const app = await badungApp();
    const { token, inspection } = await inspect(app, programmeList('ditolak.csv'), 'ditolak.csv');
    const ask = (constants: Record<string, string>, mapping = inspection.mapping) => app.call('imports.dryRun', { register: 'worker', fileToken: token, headerRow: inspection.headerRow, mapping, constants });
    const refusal = async (constants: Record<string, string>, mapping = inspection.mapping) => {
      const asked = await ask(constants, mapping);
      expect(asked.ok).toBe(false);
      return asked.ok ? null : asked.error;
    };
    expect((await refusal({ segment: 'BPU', nik: '5103064507900002' }))?.message).toBe(
      'NIK berbeda untuk tiap baris (nomor identitas atau nama), jadi tidak bisa diberi satu nilai untuk semua baris. Pilih kolom berkasnya.',
    );
    const notAChoice = await refusal({ segment: 'Mandiri' });
    expect(notAChoice?.message).toBe('"Mandiri" bukan pilihan untuk Segmen. Pilih salah satu pilihan yang ada.');
    expect(notAChoice?.messageEn).toBe('"Mandiri" is not one of the choices for Segment. Choose one of them.');
    expect((await refusal({ segment: 'BPU', startDate: '01/01/2025' }))?.message).toBe(
      'Mulai sudah dipasangkan ke kolom berkas; pilih salah satu: kolom berkas atau satu nilai untuk semua baris.',
    );
    expect((await refusal({ segment: 'BPU', name: 'x' }))?.message).toMatch(/^Nama berbeda untuk tiap baris/);
    expect((await refusal({ segment: '   ' }))?.code).toBe('INVALID_INPUT');
    // Without a value for Segmen the list is still refused for lacking it.
    expect((await refusal({}))?.message).toMatch(/kolom wajib belum dipasangkan: Segmen/);
    // Nothing was started: no import job holds the file.
    expect(app.ctx.sqlite.prepare('SELECT count(*) FROM participation_period').pluck().get()).toBe(0);
  });
});
