import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../../core/api/coverage.ts';
import { startCore } from '../../../core/host.ts';
import { signInFirstAdmin } from '../support/accounts.ts';
import { lindungAsAdmin } from '../support/cli-process.ts';
import { tempDir } from '../support/test-db.ts';

// `lindung coverage` as an office runs it: a real process on a real data folder, the figures
// with their denominators and sources, by the breakdowns asked, as JSON, and as an XLSX file.

const dir = tempDir('lindung-coverage-cli-');
let workingAge = '';
const lindung = lindungAsAdmin(dir.path);
const person = (serial: number, segment: 'BPU' | 'JAKON', startDate: string) => ({
  nik: `5103064507900${String(serial).padStart(3, '0')}`,
  name: `Ni Luh Uji ${serial}`,
  kecamatanCode: '51.03.06',
  desaCode: '51.03.06.2006',
  periods: [{ segment, startDate, endDate: null, programmes: ['JKK', 'JKM'], funding: 'mandiri', source: 'uji' }],
});

beforeAll(async () => {
  const core = startCore({ dataDir: dir.path, version: 'test', host: 'cli' });
  try {
    const session = await signInFirstAdmin(core.router);
    const call = async (channel: string, input: unknown) => {
      const r = await core.router.call(channel, input, session);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.data as { uid?: string };
    };
    await call('setup.complete', { officeName: 'Disnaker Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
    await call('workers.save', person(1, 'BPU', '2025-01-01'));
    await call('workers.save', person(2, 'BPU', '2025-02-01'));
    await call('workers.save', person(3, 'JAKON', '2025-03-01'));
    workingAge = (await call('coverageInputs.denominators.save', { name: 'Penduduk usia kerja Badung (uji)', value: 800, areaCode: '51.03', universe: 'penduduk_usia_kerja', sourceKind: 'dukcapil', source: 'Dukcapil Badung', asOfDate: '2024-06-30' })).uid!;
    await call('coverageInputs.denominators.save', { name: 'Penduduk bekerja Badung (uji)', value: 400, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Kabupaten Badung, Sakernas Agustus 2024', asOfDate: '2024-08-31' });
    // An APBD list (only BPU, only APBD kabupaten/kota) at the year's end: the figures of 2026 are a slice of it.
    await call('coverageInputs.aggregates.save', { areaCode: '51.03', segment: 'BPU', funding: 'apbd_kabkota', count: 40, asOfDate: '2025-12-31', sourceKind: 'dinas', source: 'Daftar APBD (uji)' });
  } finally {
    core.database.close();
  }
}, 180_000);
afterAll(() => dir.remove());

describe('lindung coverage', { timeout: 600_000 }, () => {
  it('prints each figure with its denominator and source, by the breakdowns asked', () => {
    const run = lindung('coverage', '--at', '2025-06-30', '--by', 'kecamatan', '--by', 'segment');
    expect(run.code).toBe(0);
    const lines = run.out.split('\n');
    expect(lines[0]).toMatch(/Kabupaten Badung \(51\.03\), 2025-06-30/);
    const total = lines[1]!;
    expect(total).toMatch(/3 \/ 400 = 0,75 %/);
    expect(total).toContain('BPS Kabupaten Badung, Sakernas Agustus 2024, 2024-08-31');
    expect(run.out).toMatch(/Kuta Utara\s+3 \(/);
    expect(run.out).toMatch(/Bukan Penerima Upah \(BPU\)\s+2 \(/);
  });

  it('uses the denominator asked for instead of the newest fitting one', () => {
    const run = lindung('coverage', '--at', '2025-06-30', '--by', 'segment', '--denominator', workingAge);
    expect(run.code, run.err).toBe(0);
    expect(run.out.split('\n')[1]).toMatch(/3 \/ 800 = 0,38 %.*Penduduk usia kerja Badung \(uji\)/);
  });

  it("names a partial figure's slice in the list's words, not its code", () => {
    const run = lindung('coverage', '--at', '2026-01-31', '--by', 'segment');
    expect(run.code, run.err).toBe(0);
    const bpu = run.out.split('\n').find((l) => l.includes('Bukan Penerima Upah (BPU)'))!;
    expect(bpu).toContain('Sumber dana: APBD kabupaten/kota');
    expect(run.out).not.toContain('apbd_kabkota');
  });

  it('gives the same report as JSON at a past date, and writes the XLSX', () => {
    const json = lindung('coverage', '--at', '2025-01-31', '--json');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.out) as CoverageReport;
    expect([report.at, report.total.numerator, report.total.denominator?.value]).toEqual(['2025-01-31', 1, 400]);

    const file = join(dir.path, 'cakupan.xlsx');
    const written = lindung('coverage', '--xlsx', file);
    expect(written.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    const book = XLSX.read(readFileSync(file));
    const text = book.SheetNames.map((name) => XLSX.utils.sheet_to_csv(book.Sheets[name]!)).join('\n');
    expect(text).toContain('BPS Kabupaten Badung, Sakernas Agustus 2024');
  });
});
