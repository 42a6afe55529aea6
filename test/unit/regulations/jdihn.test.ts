import { Readable } from 'node:stream';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DryRunResult, Inspection } from '../../../core/api/imports.ts';
import type { JdihnStaged } from '../../../core/api/regulations.ts';
import { readJdihn } from '../../../core/regulations/jdihn/jdihn-read.ts';
import { commit, undo, waitJob } from '../imports-pipeline/support.ts';
import { badungApp, perbupJembrana, related, saved, type App } from './support.ts';

// The JDIHN integration JSON: snake and camel case keys, hostile files refused whole, and the
// records through the shared import pipeline (dry run with messages naming the record and the
// field, commit, undo); the register exported in the same format and read back.

const camel = [
  { idData: 'JBR-2023-48', tahun_pengundangan: '2023', tanggal_pengundangan: '2023-06-02', jenis: 'Peraturan Bupati', noPeraturan: '48', judul: 'Perlindungan Pekerja Rentan', singkatanJenis: 'PERBUP', tempatTerbit: 'Negara', sumber: 'BD Kab. Jembrana 2023 No. 48', subjek: 'Pekerja rentan', status: 'Berlaku', bahasa: 'Indonesia', lokasi: 'Bagian Hukum', bidangHukum: 'HAN', teuBadan: 'Jembrana (Kabupaten)', abstrak: 'Jaminan sosial bagi pekerja rentan', fileDownload: 'perbup-48-2023.pdf', urlDownload: 'https://jdih.example/perbup-48-2023.pdf' },
];
const snake = [
  { id_data: 'GNY-2018-55', tahun_pengundangan: 2018, jenis: 'PERBUP', no_peraturan: '55', judul: 'Pekerja Rentan Gianyar', singkatan_jenis: 'PERBUP', tempat_terbit: 'Gianyar', teu_badan: 'Gianyar (Kabupaten)', bidang_hukum: 'HAN', url_download: 'https://jdih.example/55.pdf' },
];

const bytes = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

describe('the JDIHN reader', () => {
  it('reads camel and snake case keys into the same fields', () => {
    const a = readJdihn(bytes(camel), 'a.json');
    expect(a.rows[0]).toMatchObject({ jdihnId: 'JBR-2023-48', tahun: '2023', tanggalPengundangan: '2023-06-02', jenis: 'Peraturan Bupati', nomor: '48', singkatanJenis: 'PERBUP', tempatPenetapan: 'Negara', teuBadan: 'Jembrana (Kabupaten)', bidangHukum: 'HAN', urlDownload: 'https://jdih.example/perbup-48-2023.pdf' });
    expect(a.notes.map((n) => n.message.key)).toEqual(['regulations.jdihn.status']);
    const b = readJdihn(bytes({ data: snake }), 'b.json');
    expect(b.rows[0]).toMatchObject({ jdihnId: 'GNY-2018-55', tahun: '2018', nomor: '55', singkatanJenis: 'PERBUP', tempatPenetapan: 'Gianyar', teuBadan: 'Gianyar (Kabupaten)', bidangHukum: 'HAN', urlDownload: 'https://jdih.example/55.pdf' });
  });

  it('refuses what is not JSON, JSON of another shape, an empty list and a huge file, with a clear message', () => {
    const said = (input: Buffer) => {
      try {
        readJdihn(input, 'x.json');
        return 'read';
      } catch (error) {
        return (error as { said: { key: string } }).said.key;
      }
    };
    expect(said(bytes('<html>not json</html>'))).toBe('regulations.jdihn.notJson');
    expect(said(bytes('{"judul": "satu objek"}'))).toBe('regulations.jdihn.wrongShape');
    expect(said(bytes('"teks"'))).toBe('regulations.jdihn.wrongShape');
    expect(said(bytes([]))).toBe('regulations.jdihn.empty');
    expect(said(Buffer.alloc(21 * 1024 * 1024, 0x20))).toBe('regulations.jdihn.tooBig');
    const wrongType = readJdihn(bytes([{ judul: 'ok', jenis: 'SE' }, 7, { judul: { nested: true }, jenis: 'SE' }]), 'x.json');
    expect(wrongType.errors.map((e) => [e.record, e.field, e.message.key])).toEqual([[2, '', 'regulations.jdihn.notObject'], [3, 'judul', 'regulations.jdihn.wrongType']]);
  });
});

async function stageJson(app: App, value: unknown, name = 'jdih.json') {
  const staged = await app.runtime.files.stage(name, Readable.from([bytes(value)]), 50_000_000);
  return app.call('regulations.jdihn.stage', { fileToken: staged.token });
}

async function dryRun(app: App, token: string) {
  const inspected = await app.call('imports.inspect', { register: 'regulation', fileToken: token });
  if (!inspected.ok) throw new Error(inspected.error.message);
  const { headerRow, mapping } = inspected.data as Inspection;
  const started = await app.call('imports.dryRun', { register: 'regulation', fileToken: token, headerRow, mapping });
  if (!started.ok) throw new Error(started.error.message);
  const job = await waitJob(app, started.data);
  if (job.status !== 'done') throw new Error(job.error?.message ?? job.status);
  return { job, result: job.result as DryRunResult, mapping };
}

describe('JDIHN through the import pipeline', { timeout: 120_000 }, () => {
  it('dry-runs with messages naming the record and the field, commits, and undoes', async () => {
    const app = await badungApp();
    const bad = { jenis: 'Peraturan Entah', noPeraturan: '1', tahun: 2024, judul: 'Tidak dikenal' };
    const noNumber = { jenis: 'Peraturan Bupati', judul: 'Tanpa nomor', teuBadan: 'Badung (Kabupaten)' };
    const staged = await stageJson(app, [...camel, ...snake, bad, noNumber]);
    if (!staged.ok) throw new Error(staged.error.message);
    const { fileToken, records } = staged.data as JdihnStaged;
    expect(records).toBe(4);
    const { job, result, mapping } = await dryRun(app, fileToken);
    expect(Object.values(mapping).filter((v) => v !== null)).toHaveLength(21);
    expect(result.summary).toMatchObject({ total: 4, new: 2, invalid: 2 });
    // Row n of the staged file is record n - 1 of the JSON.
    const problems = result.rows.filter((r) => r.status === 'invalid').map((r) => [r.rowNumber - 1, r.problems[0]!.field, r.problems[0]!.message.id]);
    expect(problems).toEqual([
      [3, 'jenis', expect.stringMatching(/^Jenis "Peraturan Entah" tidak dikenal/)],
      [4, 'nomor', expect.stringMatching(/^Peraturan Bupati harus bernomor dan bertahun/)],
    ]);
    expect(app.count('regulation')).toBe(0); // a dry run writes nothing

    // The valid records are saved; the invalid ones are left for the error file.
    expect((await commit(app, job.id)).status).toBe('done');
    expect(app.sqlite.prepare('SELECT jdihn_id, jenis, nomor, tahun, singkatan_jenis, tempat_penetapan FROM regulation ORDER BY id').raw().all()).toEqual([
      ['JBR-2023-48', 'perbup', '48', 2023, 'PERBUP', 'Negara'],
      ['GNY-2018-55', 'perbup', '55', 2018, 'PERBUP', 'Gianyar'],
    ]);
    const batch = app.sqlite.prepare("SELECT uid, file_name FROM import_batch WHERE register = 'regulation'").get() as { uid: string; file_name: string };
    expect(batch.file_name).toBe('jdih.jdihn.csv');
    const undone = await undo(app, batch.uid);
    expect(undone.status).toBe('done');
    expect(app.count('regulation')).toBe(0);
  });

  it('refuses a hostile file whole: nothing staged for import, nothing written', async () => {
    const app = await badungApp();
    const audited = app.count('audit_log');
    const notJson = await stageJson(app, '{"data": [', 'rusak.json');
    expect(!notJson.ok && notJson.error.message).toMatch(/^Berkas "rusak.json" bukan JSON yang dapat dibaca/);
    const nested = await stageJson(app, [{ judul: ['x'], jenis: 'SE' }], 'aneh.json');
    expect(!nested.ok && nested.error.message).toBe('Data ke-1, kolom "judul": diharapkan teks atau angka.');
    expect(app.count('regulation')).toBe(0);
    expect(app.count('audit_log')).toBe(audited);
  });

  it('exports the register as JDIHN JSON with the derived status, and reads it back unchanged', async () => {
    const app = await badungApp();
    const base = await saved(app, perbupJembrana);
    const later = await saved(app, { ...perbupJembrana, nomor: '12', tahun: 2025, judul: 'Perubahan atas Perbup 48/2023', tanggalPenetapan: '2025-02-01', tanggalPengundangan: '2025-02-03' });
    await related(app, later, base, 'mencabut');
    const exported = await app.call('regulations.jdihn.export', {});
    if (!exported.ok) throw new Error(exported.error.message);
    const json = JSON.parse(readFileSync(app.runtime.files.outgoingFile(exported.data.token).path, 'utf8')) as Record<string, unknown>[];
    expect(json.map((r) => [r.jenis, r.noPeraturan, r.tahun_pengundangan, r.singkatanJenis, r.teuBadan, r.status])).toEqual([
      ['Peraturan Bupati', '48', 2023, 'Perbup', 'Jembrana (Kabupaten)', 'Tidak Berlaku'],
      ['Peraturan Bupati', '12', 2025, 'Perbup', 'Jembrana (Kabupaten)', 'Berlaku'],
    ]);
    expect(app.sqlite.prepare("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'regulation'").pluck().get()).toBe(1);
    const back = await stageJson(app, json, 'kembali.json');
    if (!back.ok) throw new Error(back.error.message);
    const { result } = await dryRun(app, back.data.fileToken);
    expect(result.summary).toMatchObject({ total: 2, new: 0, changed: 0, unchanged: 2, invalid: 0 });
  });
});
