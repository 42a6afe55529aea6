import { afterAll, describe, expect, it } from 'vitest';
import type { CoverageReport } from '../../../core/api/coverage.ts';
import { openDatabase } from '../../../db/database.ts';
import { lindungAsAdmin } from '../support/cli-process.ts';
import { tempDir } from '../support/test-db.ts';

// `lindung demo` on an empty data folder, in real processes: the first administrator, the
// office, every register, the documents, the frozen months; refused on a folder holding data.

const dir = tempDir('lindung-demo-cli-');
const lindung = lindungAsAdmin(dir.path);
afterAll(() => dir.remove());

const count = (sql: string) => {
  const db = openDatabase({ dataDir: dir.path });
  try {
    return db.sqlite.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('lindung demo', { timeout: 600_000 }, () => {
  it('loads a whole demo office into an empty data folder', () => {
    const run = lindung('demo', '--employers', '120', '--workers', '900');
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('Kabupaten Jembrana (CONTOH)');
    expect(run.out).toMatch(/120 pemberi kerja, 900 pekerja, \d+ regulasi, 3 dokumen, 12 bulan cakupan dibekukan/);
    expect(count("SELECT count(*) FROM employer WHERE record_status = 'aktif'")).toBe(120);
    expect(count('SELECT count(*) FROM person')).toBe(900);
    expect(count("SELECT count(*) FROM document_link WHERE entity = 'regulation'")).toBe(3);
    expect(count('SELECT count(*) FROM coverage_snapshot')).toBe(12);
    expect(count("SELECT count(*) FROM office_profile WHERE logo IS NOT NULL AND head_nip <> ''")).toBe(1);

    const report = JSON.parse(lindung('coverage', '--json').out) as CoverageReport;
    expect(report.area.code).toBe('51.01');
    expect(report.total.numerator).toBeGreaterThan(0);
    expect(report.total.denominator).not.toBeNull();
  });

  it('refuses a data folder that already holds records, and changes nothing', () => {
    const people = count('SELECT count(*) FROM person');
    const run = lindung('demo', '--employers', '10', '--workers', '10');
    expect(run.code).toBe(1);
    expect(run.err).toContain('folder data yang masih kosong');
    expect(count('SELECT count(*) FROM person')).toBe(people);
  });

  it('refuses a count that is not a whole number as a usage mistake', () => {
    const run = lindung('demo', '--workers', 'banyak');
    expect(run.code).toBe(2);
  });
});
