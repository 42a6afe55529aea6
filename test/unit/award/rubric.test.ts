import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CycleDetail } from '../../../core/api/award.ts';
import { starterRubric } from '../../../core/award/starter-rubric.ts';
import { tempDir } from '../support/test-db.ts';
import { badungApp } from '../employers/support.ts';
import { cycle2025, indicatorUid, ok, saveItem, stage, starterCycle, type App } from './support.ts';

// The rubric as data: the starter template copied in one action, last year's rubric copied into
// this year's cycle, edits with codes unique per cycle, and the XLSX/JSON files going out and back
// in (also an XLSX written by LibreOffice), with bad files refused saying where and how to fix.

const shape = (c: CycleDetail) => c.aspects.map((a) => ({ code: a.code, title: a.title, weight: a.weight, indicators: a.indicators.map((i) => [i.code, i.title, i.evidenceAsked, i.weight, i.maxScore]) }));
const starterShape = () => starterRubric.map((a) => ({ code: a.code, title: a.title, weight: a.weight, indicators: a.indicators.map((i) => [i.code, i.title, i.evidenceAsked, i.weight, i.maxScore]) }));

async function exported(app: App, cycleUid: string, format: 'xlsx' | 'json'): Promise<Buffer> {
  const file = ok(await app.call('award.rubric.export', { cycleUid, format }));
  return readFileSync(app.runtime.files.outgoingFile(file.token).path);
}

async function importFile(app: App, cycleUid: string, name: string, bytes: Buffer) {
  return app.call('award.rubric.import', { cycleUid, fileToken: await stage(app, name, bytes) });
}

async function emptyCycle(app: App, edition: string, year = 2026): Promise<CycleDetail> {
  return ok(await app.call('award.cycles.save', { ...cycle2025, edition, year, periodStart: `${year - 1}-01-01`, periodEnd: `${year - 1}-12-31` }));
}

describe('the starter rubric and copies', () => {
  it('copies the starter template in one action, every aspect the issue names, audited', async () => {
    const app = await badungApp();
    const cycle = await starterCycle(app);
    expect(shape(cycle)).toEqual(starterShape());
    expect(cycle.aspects.map((a) => a.title)).toEqual([
      'Regulasi dan kebijakan', 'Anggaran dan implementasi program', 'Kepesertaan penerima upah (PU)', 'Kepesertaan bukan penerima upah (BPU)',
      'Kepesertaan jasa konstruksi (Jakon)', 'Kepatuhan pemberi kerja', 'Inovasi kebijakan', 'Sosialisasi', 'Wawancara',
    ]);
    expect(cycle.aspects.reduce((n, a) => n + (a.weight ?? 0), 0)).toBe(100);
    // Nothing has evidence yet: every indicator counts as missing.
    expect(cycle.completeness).toMatchObject({ items: 0, ready: 0, percent: 0, indicatorsWithout: cycle.aspects.flatMap((a) => a.indicators).length });
    expect(app.sqlite.prepare("SELECT action, json_extract(after, '$.from') FROM audit_log WHERE entity = 'award_cycle' ORDER BY id").raw().all()).toEqual([['create', null], ['copy_rubric', 'starter']]);
    // A second copy over a rubric is refused.
    const again = await app.call('award.rubric.copy', { cycleUid: cycle.uid, from: 'starter' });
    expect(!again.ok && again.error.code).toBe('CONFLICT');
    expect(!again.ok && again.error.message).toContain('sudah memiliki rubrik');
  });

  it("copies last year's edited rubric (not its evidence) into this year's cycle", async () => {
    const app = await badungApp();
    const last = await starterCycle(app, { edition: 'Paritrana Award Provinsi Bali 2024', year: 2024, periodStart: '2023-01-01', periodEnd: '2023-12-31' });
    const aspectA = last.aspects[0]!;
    ok(await app.call('award.rubric.saveIndicator', { aspectUid: aspectA.uid, code: 'A.7', title: 'Perbup kepatuhan perizinan', evidenceAsked: 'Salinan Perbup', weight: 3, maxScore: 10 }));
    ok(await app.call('award.rubric.saveAspect', { uid: aspectA.uid, cycleUid: last.uid, code: 'A', title: 'Regulasi', weight: 25 }));
    await saveItem(app, { indicatorUid: indicatorUid(last, 'A.1'), kind: 'narrative', title: 'Catatan tahun lalu' });
    const lastNow = ok(await app.call('award.cycles.get', { uid: last.uid }));

    const next = await emptyCycle(app, 'Paritrana Award Provinsi Bali 2025', 2025);
    const copied = ok(await app.call('award.rubric.copy', { cycleUid: next.uid, from: last.uid }));
    expect(shape(copied)).toEqual(shape(lastNow));
    expect(copied.aspects[0]!.title).toBe('Regulasi');
    expect(copied.aspects[0]!.indicators.at(-1)).toMatchObject({ code: 'A.7', weight: 3, maxScore: 10 });
    expect(copied.copiedFrom).toEqual({ uid: last.uid, edition: 'Paritrana Award Provinsi Bali 2024' });
    expect(copied.completeness.items).toBe(0); // the evidence stays with last year's cycle
    const self = await app.call('award.rubric.copy', { cycleUid: last.uid, from: last.uid });
    expect(!self.ok && self.error.code).toBe('INVALID_INPUT');
  });

  it('keeps codes unique in a cycle and removes only what holds no evidence', async () => {
    const app = await badungApp();
    const cycle = await starterCycle(app);
    const taken = await app.call('award.rubric.saveAspect', { cycleUid: cycle.uid, code: 'B', title: 'Dua kali B' });
    expect(!taken.ok && taken.error.message).toContain('Kode aspek "B" sudah dipakai');
    const dup = await app.call('award.rubric.saveIndicator', { aspectUid: cycle.aspects[1]!.uid, code: 'A.1', title: 'Dua kali A.1' });
    expect(!dup.ok && dup.error.message).toContain('Kode indikator "A.1" sudah dipakai');
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'H.1'), kind: 'narrative', title: 'Sosialisasi di desa' });
    const held = await app.call('award.rubric.removeIndicator', { uid: indicatorUid(cycle, 'H.1') });
    expect(!held.ok && held.error.message).toContain('masih memiliki 1 bukti');
    const removed = ok(await app.call('award.rubric.removeAspect', { uid: cycle.aspects.find((a) => a.code === 'I')!.uid }));
    expect(removed.aspects.map((a) => a.code)).not.toContain('I');
    expect(app.sqlite.prepare("SELECT entity, action FROM audit_log WHERE action = 'delete' ORDER BY id").raw().all()).toEqual([
      ['award_indicator', 'delete'],
      ['award_indicator', 'delete'],
      ['award_aspect', 'delete'],
    ]);
  });
});

describe('rubric files', () => {
  it('go out as XLSX and JSON and come back as the same rubric', async () => {
    const app = await badungApp();
    const source = await starterCycle(app);
    const starterIndicators = starterRubric.reduce((n, a) => n + a.indicators.length, 0);
    for (const format of ['xlsx', 'json'] as const) {
      const bytes = await exported(app, source.uid, format);
      const target = await emptyCycle(app, `Siklus impor ${format}`);
      const imported = ok(await importFile(app, target.uid, `rubrik.${format}`, bytes));
      expect(shape(imported)).toEqual(starterShape());
      expect(imported.aspects.map((a) => a.description)).toEqual(starterRubric.map((a) => a.description));
    }
    expect(app.sqlite.prepare("SELECT action, json_extract(after, '$.indicators') FROM audit_log WHERE entity = 'award_cycle' AND action IN ('export', 'import') ORDER BY id").raw().all()).toEqual([
      ['export', starterIndicators], ['import', starterIndicators], ['export', starterIndicators], ['import', starterIndicators],
    ]);
  });

  it('reads an XLSX written by LibreOffice', async () => {
    const soffice = spawnSync('which', ['soffice']).status === 0;
    if (!soffice) {
      console.log('LibreOffice rubric check not run: soffice is not installed (apt-get install -y libreoffice-calc-nogui).');
      return;
    }
    const app = await badungApp();
    const source = await starterCycle(app);
    const dir = tempDir('lindung-rubric-lo-');
    // Lindung's XLSX opened and saved again by LibreOffice (through ODS, so LibreOffice writes the XLSX itself).
    writeFileSync(join(dir.path, 'rubrik.xlsx'), await exported(app, source.uid, 'xlsx'));
    const profile = `-env:UserInstallation=file://${join(dir.path, 'lo-profile')}`;
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'ods', '--outdir', join(dir.path, 'ods'), join(dir.path, 'rubrik.xlsx')], { stdio: 'ignore', timeout: 600_000 });
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'xlsx', '--outdir', join(dir.path, 'lo'), join(dir.path, 'ods', 'rubrik.ods')], { stdio: 'ignore', timeout: 600_000 });
    const written = readFileSync(join(dir.path, 'lo', 'rubrik.xlsx'));
    expect(written.subarray(0, 2).toString()).toBe('PK');
    const target = await emptyCycle(app, 'Siklus LibreOffice');
    expect(shape(ok(await importFile(app, target.uid, 'rubrik-libreoffice.xlsx', written)))).toEqual(starterShape());
  }, 600_000);

  it('refuses files that are not clearly a rubric, saying where and how to fix, and keeps the rubric', async () => {
    const app = await badungApp();
    const cycle = await emptyCycle(app, 'Siklus uji berkas');
    const book = async (rows: (string | number | null)[][], sheet = 'Rubrik') => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet(sheet);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const header = ['Kode aspek', 'Aspek', 'Bobot aspek', 'Kode indikator', 'Indikator', 'Bukti yang diminta', 'Bobot indikator', 'Skor maksimum'];
    const cases: [string, Buffer, RegExp][] = [
      ['data.xlsx', await book([['Nama', 'NIK'], ['Ni Luh', '5103']], 'Pekerja'), /bukan rubrik: tidak ada lembar \("Pekerja"\).*"Kode aspek", "Aspek", "Kode indikator", "Indikator"/],
      ['angka.xlsx', await book([header, ['A', 'Regulasi', 'dua puluh', 'A.1', 'Perda', '', null, 5]]), /lembar "Rubrik", baris 2, kolom C \(Bobot aspek\): "dua puluh" bukan angka/],
      ['kosong.xlsx', await book([header, ['A', 'Regulasi', 20, 'A.1', '', '', null, 5]]), /baris 2, kolom E \(Indikator\) kosong/],
      ['ganda.xlsx', await book([header, ['A', 'Regulasi', 20, 'A.1', 'Perda', '', null, 5], ['A', '', null, 'A.1', 'Perbup', '', null, 5]]), /baris 3, kolom D: kode indikator "A.1" sudah dipakai di baris 2/],
      ['judul.xlsx', await book([header, ['A', 'Regulasi', 20, 'A.1', 'Perda', '', null, 5], ['A', 'Anggaran', null, 'A.2', 'APBD', '', null, 5]]), /aspek "A" berjudul "Anggaran", padahal di baris 2 berjudul "Regulasi"/],
      ['rubrik.json', Buffer.from(JSON.stringify({ aspects: [{ code: 'A', title: 'Regulasi', indicators: [{ code: '', title: 'Perda' }] }] })), /JSON tetapi bukan rubrik Lindung: di aspects\[0\]\.indicators\[0\]\.code/],
      ['rusak.json', Buffer.from('{"aspects": ['), /tidak dapat dibaca sebagai XLSX atau JSON/],
      ['catatan.txt', Buffer.from('Rubrik Paritrana 2025'), /bukan XLSX dan bukan JSON/],
    ];
    for (const [name, bytes, said] of cases) {
      const result = await importFile(app, cycle.uid, name, bytes);
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.error.code, name).toBe('INVALID_INPUT');
        expect(result.error.message, name).toMatch(said);
        expect(result.error.message, name).toContain(name);
      }
    }
    expect(ok(await app.call('award.cycles.get', { uid: cycle.uid })).aspects).toEqual([]);
    expect(app.count('award_aspect')).toBe(0);
  });

  it('replaces a rubric only while the cycle holds no evidence', async () => {
    const app = await badungApp();
    const cycle = await starterCycle(app);
    const json = await exported(app, cycle.uid, 'json');
    await saveItem(app, { indicatorUid: indicatorUid(cycle, 'A.1'), kind: 'narrative', title: 'Narasi regulasi' });
    const refused = await importFile(app, cycle.uid, 'rubrik.json', json);
    expect(!refused.ok && refused.error.message).toContain('sudah memiliki 1 bukti');
  });
});
