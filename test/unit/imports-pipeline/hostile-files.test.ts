import { readFileSync } from 'node:fs';
import { jobEnd } from '../support/jobs.ts';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobState } from '../../../core/api/jobs.ts';
import { badungApp } from '../employers/support.ts';
import { cp1252, deflated, minimalXlsx, prototypeIsClean, SHEET_HEAD, SHEET_TAIL, spacesDeflate, tempDir, writeBigCsv } from '../imports/fixtures.ts';

// The hostile corpus through the whole pipeline (upload → inspect → dry run → commit):
// every file ends with a clear Indonesian message naming it, and the register is untouched.
type App = Awaited<ReturnType<typeof badungApp>>;
let app: App;
const dir = tempDir('lindung-hostile-');
beforeAll(async () => {
  app = await badungApp();
});
afterAll(() => dir.remove());

const finished = (job: JobState) => jobEnd(app.call, job, 590_000);

/** Runs a file as far as it gets (with columns chosen by hand over the guess, if given); returns the first error message, or null when it imported. */
async function importFile(name: string, bytes: Buffer, byHand: Record<string, number> = {}): Promise<string | null> {
  const staged = await app.runtime.files.stage(name, Readable.from([bytes]), 500_000_000);
  const inspected = await app.call('imports.inspect', { register: 'employer', fileToken: staged.token });
  if (!inspected.ok) return inspected.error.message;
  const dry = await app.call('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow: inspected.data.headerRow, mapping: { ...inspected.data.mapping, ...byHand } });
  if (!dry.ok) return dry.error.message;
  const checked = await finished(dry.data);
  if (checked.status !== 'done') return checked.error?.message ?? 'failed';
  const commit = await app.call('imports.commit', { jobId: dry.data.id });
  if (!commit.ok) return commit.error.message;
  const done = await finished(commit.data);
  return done.status === 'done' ? null : (done.error?.message ?? 'failed');
}

const before = () => ({ employers: app.count('employer'), batches: app.count('import_batch') });

// Every file goes through a worker thread: generous per-test time on a busy machine.
describe('hostile and broken files through the import pipeline', { timeout: 180_000 }, () => {
  it('a truncated XLSX', async () => {
    const state = before();
    const xlsx = minimalXlsx(deflated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Nama Perusahaan</t></is></c></row>${SHEET_TAIL}`));
    const message = await importFile('potong.xlsx', xlsx.subarray(0, Math.floor(xlsx.length * 0.6)));
    expect(message).toMatch(/potong\.xlsx/);
    expect(message).toMatch(/rusak|terpotong/i);
    expect(before()).toEqual(state);
  });

  it('a ZIP bomb declaring gigabytes', async () => {
    const state = before();
    const bomb = minimalXlsx({ name: 'xl/worksheets/sheet1.xml', stored: spacesDeflate('', 3072), method: 8, declaredSize: 3 * 1024 * 1024 * 1024 });
    const message = await importFile('bom.xlsx', bomb);
    expect(message).toMatch(/bom\.xlsx/);
    expect(before()).toEqual(state);
  });

  it('an executable renamed .xlsx and an empty file', async () => {
    const state = before();
    expect(await importFile('laporan.xlsx', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(2000, 1)]))).toMatch(/laporan\.xlsx/);
    expect(await importFile('kosong.csv', Buffer.alloc(0))).toMatch(/kosong\.csv/);
    expect(before()).toEqual(state);
  });

  it('formulas are never evaluated: a formula cell is imported as its cached value', async () => {
    const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Nama Perusahaan</t></is></c><c r="B1" t="inlineStr"><is><t>NIB</t></is></c></row>` +
      `<row r="2"><c r="A2" t="str"><f>HYPERLINK("http://x","klik")</f><v>klik</v></c><c r="B2" t="inlineStr"><is><t>9120000000777</t></is></c></row>${SHEET_TAIL}`;
    expect(await importFile('rumus.xlsx', minimalXlsx(deflated('xl/worksheets/sheet1.xml', sheet)))).toBeNull();
    expect(app.sqlite.prepare("SELECT name FROM employer WHERE nib = '9120000000777'").pluck().get()).toBe('klik');
  });

  it('a Windows-1252 CSV with accents is read as the clerk typed it', async () => {
    const csv = cp1252('Nama Perusahaan;NIB;Pemilik\r\nCafé José;9120000000888;Ñoño\r\n');
    expect(await importFile('ansi.csv', csv)).toBeNull();
    expect(app.sqlite.prepare("SELECT name, owner_name FROM employer WHERE nib = '9120000000888'").get()).toEqual({ name: 'Café José', owner_name: 'Ñoño' });
  });

  it('a file over the row limit is refused with the limit named, and nothing changes', async () => {
    const state = before();
    const file = join(dir.dir, 'besar.csv');
    await writeBigCsv(file, 1_100_001);
    // A worker list (NIK, Nama, ...) is not taken as employers by itself: its "Nama" is chosen by hand.
    const message = await importFile('besar.csv', readFileSync(file), { name: 1 });
    expect(message).toMatch(/besar\.csv/);
    expect(message).toMatch(/1\.100\.000/); // the limit, in id-ID digits
    expect(before()).toEqual(state);
  }, 600_000);

  it('leaves Object.prototype untouched after all of them', () => {
    expect(prototypeIsClean()).toBe(true);
  });
});
