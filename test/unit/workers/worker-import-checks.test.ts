import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldsLackingColumn, type Inspection } from '../../../core/api/imports.ts';
import { workerFields } from '../../../core/imports/workers/worker-fields.ts';
import { employerFields } from '../../../core/imports/employers/employer-fields.ts';
import { badungApp } from '../employers/support.ts';
import { tempDir } from '../imports/fixtures.ts';
import { stage, waitJob, type App } from '../imports-pipeline/support.ts';
import { workerDryRun } from './import-support.ts';

// What a desa's list gets wrong and the check should say: a start date typed in the future
// (a warning, the row still goes in), and no column that gives the segment (refused before any
// row is checked, the columns named).

const dir = tempDir('lindung-worker-checks-');
// The office's today: 6 December 2026 (WITA).
const onSixthDecember = () => badungApp(() => new Date('2026-12-06T03:00:00Z'));

/** Staged and inspected; the dry run asked with the guessed mapping, its refusal if any. */
async function askDryRun(app: App, file: string, name: string) {
  const staged = await stage(app, file, name);
  const inspected = await app.call('imports.inspect', { register: 'worker', fileToken: staged.token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  return { started: await app.call('imports.dryRun', { register: 'worker', fileToken: staged.token, headerRow, mapping }), mapping };
}

describe('worker import checks', { timeout: 120_000 }, () => {
  it('warns of a start date after today and still takes the row as new; an end after today is not said', async () => {
    const app = await onSixthDecember();
    const file = dir.path('desa dalung.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Selesai;Sumber dana;Program',
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/09/2030;;APBD kabupaten/kota;JKK, JKM', // 2023 typed as 2030
      '5103061203850001;I Made Sudarsana;Dalung;BPU;01/01/2025;31/12/2027;APBD kabupaten/kota;JKK, JKM', // a contract's end
    ].join('\n'));
    const { result } = await workerDryRun(app, file, 'desa dalung.csv');
    expect(result.summary).toMatchObject({ total: 2, new: 2, invalid: 0, warnings: 1 });
    const future = result.rows.find((r) => r.rowNumber === 2)!;
    expect(future.status).toBe('new');
    expect(future.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['startDate', 'warning', 'Tanggal mulai 01/09/2030 masih di masa depan (hari ini 06/12/2026). Periksa tahunnya; bila benar, kepesertaan baru aktif sejak tanggal itu.'],
    ]);
    expect(future.problems[0]!.message.en).toBe('The start date 01/09/2030 is in the future (today is 06/12/2026). Check the year; if it is right, the participation is active only from that date.');
    expect(result.rows.find((r) => r.rowNumber === 3)!.problems).toEqual([]);
  });

  it('refuses a typed birth date after today at its cell (the row invalid, never taken as a birth to come)', async () => {
    const app = await onSixthDecember();
    const file = dir.path('lahir nanti.csv');
    writeFileSync(file, [
      'NIK;Nama;Tanggal lahir;Desa;Segmen;Mulai;Sumber dana;Program',
      '5103064507900002;Ni Luh Putu Sukerti;05/07/2090;Dalung;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM',
      '5103061203850001;I Made Sudarsana;12/03/1985;Dalung;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM',
    ].join('\n'));
    const { result } = await workerDryRun(app, file, 'lahir nanti.csv');
    expect(result.summary).toMatchObject({ total: 2, new: 1, invalid: 1 });
    expect(result.rows.find((r) => r.rowNumber === 2)!.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['birthDate', 'error', 'Tanggal lahir (05/07/2090) sesudah hari ini (06/12/2026). Isi tanggal lahir yang benar, atau kosongkan (tanggal lahir dibaca dari NIK).'],
    ]);
  });

  it('refuses a row whose period starts before the person was born, at its start cell', async () => {
    const app = await onSixthDecember();
    const file = dir.path('sebelum lahir.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Sumber dana;Program',
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/01/1950;APBD kabupaten/kota;JKK, JKM',
      '5103061203850001;I Made Sudarsana;Dalung;BPU;01/01/2025;APBD kabupaten/kota;JKK, JKM',
    ].join('\n'));
    const { result } = await workerDryRun(app, file, 'sebelum lahir.csv');
    expect(result.summary).toMatchObject({ total: 2, new: 1, invalid: 1 });
    expect(result.rows.find((r) => r.rowNumber === 2)!.problems.map((p) => [p.field, p.severity, p.message.id])).toEqual([
      ['startDate', 'error', 'Periode mulai 01/01/1950, sebelum orang ini lahir (05/07/1990). Periksa tanggal mulai periode, atau tanggal lahir dan NIK-nya.'],
    ]);
  });

  it('refuses a list with no segment, NPP, NIB or employer name column before any row is checked, naming Segmen', async () => {
    const app = await onSixthDecember();
    const file = dir.path('tanpa segmen.csv');
    writeFileSync(file, ['NIK;Nama;Desa;Mulai;Program', '5103064507900002;Ni Luh Putu Sukerti;Dalung;01/01/2025;JKK, JKM'].join('\n'));
    const { started } = await askDryRun(app, file, 'tanpa segmen.csv');
    // Refused as the dry run is asked: no job starts, so no row is read.
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.error.message).toBe(
      'Berkas "tanpa segmen.csv": kolom wajib belum dipasangkan: Segmen (atau NPP pemberi kerja, NIB pemberi kerja). Baris judul kolom yang dipakai: baris 1, berisi "NIK", "Nama", "Desa", "Mulai", "Program". ' +
        'Pilih kolom berkas untuk Segmen (atau NPP pemberi kerja, NIB pemberi kerja) di layar "Pasangkan kolom"; di baris perintah: --map "Segmen=<judul kolom>". ' +
        'Bila judul kolom ada di baris lain, pilih baris itu (--header-row <nomor>). ' +
        'Bila Segmen sama untuk semua baris, pilih "Satu nilai untuk semua baris…" di layar "Pasangkan kolom"; di baris perintah: --value "Segmen=<nilai>".',
    );
    expect(started.error.messageEn).toMatch(/required columns are not matched: Segment \(or Employer NPP, Employer NIB\)\..* --map "Segment=<column title>"/);
    expect(started.error.messageEn).toMatch(/ If Segment is the same on every row, choose "One value for all rows…" .*--value "Segment=<value>"\.$/);
  });

  it('lets the same list through the mapping check once it has an NPP column', async () => {
    const app = await onSixthDecember();
    const file = dir.path('dengan npp.csv');
    writeFileSync(file, ['NIK;Nama;Desa;Mulai;Program;NPP', '5103064507900002;Ni Luh Putu Sukerti;Dalung;01/01/2025;JKK, JKM;'].join('\n'));
    const { started, mapping } = await askDryRun(app, file, 'dengan npp.csv');
    expect(mapping.segment ?? null).toBeNull();
    expect(mapping.npp).toBe(5);
    // The rule the mapping screen asks by: the segment wanted only while no NPP or NIB is mapped; a
    // workplace's name alone does not make a row PU (worker-row.ts), so it does not stand in.
    expect(fieldsLackingColumn(workerFields, mapping).map((f) => f.key)).toEqual([]);
    expect(fieldsLackingColumn(workerFields, { ...mapping, npp: null }).map((f) => f.key)).toEqual(['segment']);
    expect(fieldsLackingColumn(workerFields, { ...mapping, npp: null, employerNib: 2 }).map((f) => f.key)).toEqual([]);
    expect(fieldsLackingColumn(workerFields, { ...mapping, npp: null, employerName: 2 }).map((f) => f.key)).toEqual(['segment']);
    // The employer register has no such field: only its name is asked for.
    expect(fieldsLackingColumn(employerFields, {}).map((f) => f.key)).toEqual(['name']);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const job = await waitJob(app, started.data);
    expect(job.status).toBe('done');
  });

  it('reads programme codes separated by spaces, "+" or "dan" as a list, and says how to write them when a code is not one', async () => {
    const app = await onSixthDecember();
    const file = dir.path('program spasi.csv');
    writeFileSync(file, [
      'NIK;Nama;Desa;Segmen;Mulai;Program',
      '5103064507900002;Ni Luh Putu Sukerti;Dalung;BPU;01/01/2025;JKK JKM',
      '5103061203850001;I Made Sudarsana;Dalung;BPU;01/01/2025;JKK + JKM',
      '5103061506850012;I Ketut Contoh;Dalung;BPU;01/01/2025;jkk dan jht',
      '5103061506850013;I Nyoman Contoh;Dalung;BPU;01/01/2025;JKK JKX',
    ].join('\n'));
    const { result } = await workerDryRun(app, file, 'program spasi.csv');
    expect(result.summary).toMatchObject({ total: 4, new: 3, invalid: 1 });
    const refused = result.rows.find((r) => r.rowNumber === 5)!;
    expect(refused.problems.map((p) => p.message.id)).toEqual(['Program "JKK JKX" tidak dikenal. Tulis kode programnya dipisah koma, mis. "JKK, JKM" (yang dikenal: JKK, JKM, JHT, JP, JKP).']);
  });
});

