import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    const run = lindung('demo', '--employers', '120', '--workers', '1200');
    expect(run.code, run.err).toBe(0);
    // Progress off a terminal: each step counts to its end, in real shares (1/3 is 33%, not 30%).
    const shares = run.err.split('\n').filter((l) => l.startsWith('Memuat kantor contoh:'));
    const said = shares.map((l) => /: (\d+)% \(([\d.]+)\/([\d.]+)\)$/.exec(l)!.slice(1).map((n) => Number(n.replaceAll('.', ''))));
    expect(said.at(-1)).toEqual([100, said.at(-1)![2], said.at(-1)![2]]);
    for (const [percent, done, total] of said) expect(percent).toBe(Math.floor((done! / total!) * 100));
    expect(run.out).toContain('Kabupaten Jembrana (CONTOH)');
    expect(run.out).toMatch(/120 pemberi kerja, 1\.200 pekerja, \d+ regulasi, 3 dokumen, 24 bulan cakupan dibekukan, siklus Paritrana "Paritrana Award Provinsi Bali \d{4} \(CONTOH\)" dengan 10 bukti/);
    expect(count("SELECT count(*) FROM employer WHERE record_status = 'aktif'")).toBe(120);
    expect(count('SELECT count(*) FROM person')).toBe(1200);
    expect(count("SELECT count(*) FROM document_link WHERE entity = 'regulation'")).toBe(3);
    expect(count('SELECT count(*) FROM coverage_snapshot')).toBe(24);
    expect(count("SELECT count(*) FROM office_profile WHERE logo IS NOT NULL AND head_nip <> ''")).toBe(1);
    // Last year (the cycle's year) has its programmes with a budget and enrolled periods, each period
    // in one programme only (a programme counts in its own year: last year's hold the periods running
    // then, this year's those begun this year), and the office's follow-ups.
    const lastYear = new Date().getUTCFullYear() - 1;
    expect(count(`SELECT count(*) FROM worker_programme WHERE year = ${lastYear} AND budget > 0`)).toBeGreaterThan(0);
    // A programme of a year gone by is ended, not shown as running.
    expect(count(`SELECT count(*) FROM worker_programme WHERE year < ${lastYear + 1} AND status <> 'selesai'`)).toBe(0);
    expect(count(`SELECT count(*) FROM worker_programme WHERE year = ${lastYear + 1} AND status = 'aktif'`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM participation_period p JOIN worker_programme w ON w.id = p.programme_id WHERE w.year = ${lastYear}`)).toBeGreaterThan(0);
    // Covered on 31 December of last year under last year's programmes: the award package's table by programme has people.
    expect(count(`SELECT count(*) FROM participation_period p JOIN worker_programme w ON w.id = p.programme_id WHERE w.year = ${lastYear} AND p.start_date <= '${lastYear}-12-31' AND (p.end_date IS NULL OR p.end_date >= '${lastYear}-12-31')`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM participation_period p JOIN worker_programme w ON w.id = p.programme_id WHERE w.year = ${lastYear + 1} AND p.start_date < '${lastYear + 1}-01-01'`)).toBe(0);
    expect(count(`SELECT count(*) FROM employer_follow_up WHERE date BETWEEN '${lastYear}-01-01' AND '${lastYear}-12-31'`)).toBe(4);
    // The kabupaten's programmes of both years name the office's own Perbup (48/2023) as their legal basis, audited; the others keep their words.
    expect(count("SELECT count(*) FROM worker_programme w JOIN regulation r ON r.id = w.legal_basis_regulation_id WHERE w.funding = 'apbd_kabkota' AND r.nomor = '48' AND r.tahun = 2023")).toBe(2);
    expect(count("SELECT count(*) FROM worker_programme WHERE funding <> 'apbd_kabkota' AND legal_basis_regulation_id IS NOT NULL")).toBe(0);
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'worker_programme' AND action = 'update' AND json_extract(after, '$.legalBasisRegulation') = 'Perbup Jembrana No. 48 Tahun 2023'")).toBe(2);
    // Approved a week before the submission deadline (10:00 WITA), after its December was frozen, before the interview.
    expect(count(`SELECT count(*) FROM award_cycle WHERE approved_at = '${lastYear + 1}-02-21T02:00:00.000Z' AND approved_at < interview_date`)).toBe(1);
    expect(count(`SELECT count(*) FROM coverage_snapshot s JOIN award_cycle c ON c.snapshot_id = s.id WHERE s.frozen_at < c.approved_at`)).toBe(1);
    expect(count(`SELECT count(*) FROM award_evidence WHERE updated_at > (SELECT approved_at FROM award_cycle)`)).toBe(0); // filled before it was approved

    const report = JSON.parse(lindung('coverage', '--json').out) as CoverageReport;
    expect(report.area.code).toBe('51.01');
    expect(report.total.numerator).toBeGreaterThan(0);
    expect(report.total.denominator).not.toBeNull();
  });

  it('gives an approved cycle whose package builds the same twice and verifies', () => {
    const year = String(new Date().getUTCFullYear() - 1);
    expect(lindung('award', 'cycles').out).toMatch(new RegExp(`Paritrana Award Provinsi Bali ${year} \\(CONTOH\\) \\(${year}\\): bukti 10/10 siap, .*\\), disetujui ${Number(year) + 1}-02-21`));
    // Every item is ready (approval refuses a draft), and nothing of the locked cycle is late.
    expect(lindung('award', 'cycles').out).not.toContain('terlambat');
    const first = join(dir.path, 'paket-1.zip');
    const second = join(dir.path, 'paket-2.zip');
    for (const file of [first, second]) {
      const built = lindung('award', 'package', year, file);
      expect(built.code, built.err).toBe(0);
      expect(built.out).toMatch(/Paket bukti ditulis ke .*: 25 berkas, SHA-256 [0-9a-f]{64}/);
    }
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    expect(spawnSync('unzip', ['-t', first], { encoding: 'utf8' }).stdout).toContain('No errors detected');
    const verified = lindung('verify', first);
    expect(verified.code).toBe(0);
    expect(verified.out).toContain('OK: paket utuh');
    // The package lists the approved evidence: the regulation's document, the budget PDF, the narratives, the follow-ups.
    const listing = spawnSync('unzip', ['-l', first], { encoding: 'utf8' }).stdout;
    for (const path of ['00-indeks.pdf', 'manifest.json', 'Perbup Jembrana 48 2023 (contoh).pdf', 'Kutipan DPA (contoh).pdf', 'naratif/G.1 Inovasi', 'lampiran/F.2 Tindak lanjut pemberi kerja', 'lampiran/cakupan-per-segmen-desember-', 'lampiran/cakupan-seluruh-wilayah-desember-']) expect(listing).toContain(path);
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
