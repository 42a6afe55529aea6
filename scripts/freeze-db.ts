// Freezes a database of the current schema, with a little of every kind of record, into
// test/fixtures/db/v<schemaVersion>.db. The next migration is tested on it.
// Usage: node scripts/freeze-db.ts [--migrations <folder of an earlier version's db/migrations>]
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../db/database.ts';
import { saveOfficeProfile } from '../core/settings/office-profile-service.ts';
import { prepareData } from '../core/startup.ts';
import { createRuntime } from '../core/runtime.ts';

const dir = mkdtempSync(join(tmpdir(), 'lindung-freeze-'));
const flag = process.argv.indexOf('--migrations');
const migrationsFolder = flag > 0 ? process.argv[flag + 1] : undefined;
const database = openDatabase({ dataDir: dir, ...(migrationsFolder ? { migrationsFolder } : {}) });
prepareData({ db: database.db, sqlite: database.sqlite, now: () => new Date('2026-11-24T00:00:00Z') });
const ctx = { db: database.db, sqlite: database.sqlite, actor: { id: 'freeze', name: 'Fixture' }, now: () => new Date('2026-11-24T00:00:00Z'), runtime: createRuntime(dir) };
saveOfficeProfile(ctx, {
  officeName: 'Dinas Ketenagakerjaan dan Sertifikasi Kompetensi Kota Denpasar',
  address: 'Jl. Majapahit, Denpasar',
  headName: 'Ni Luh Putu Sri',
  headNip: '197512312000032001',
  phone: '(0361) 222333',
  email: 'disnaker@denpasarkota.go.id',
  timeZone: 'WITA',
  logo: null,
});
// Employers (a head office with a branch and a follow-up), where the schema has them,
// through the router as the app writes them.
if (database.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'employer'").get()) {
  const { createRouter } = await import('../core/router.ts');
  const router = createRouter({ db: database.db, sqlite: database.sqlite, runtime: ctx.runtime, now: ctx.now, info: () => ({ version: 'freeze', schemaVersion: 0, dataDir: dir, host: 'cli' }) });
  const { newSession } = await import('../core/accounts/session.ts');
  const session = newSession();
  const call = async (channel: string, input: unknown) => {
    const result = await router.call(channel, input, session);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.data as { uid: string };
  };
  await call('auth.createFirstAdmin', { username: 'admin', displayName: ctx.actor.name, password: 'fixture-password' });
  await call('setup.complete', { officeName: 'Dinas Ketenagakerjaan dan Sertifikasi Kompetensi Kota Denpasar', level: 'kabupaten_kota', areaCode: '51.71', timeZone: 'WITA' });
  const head = await call('employers.save', { name: 'PT Bali Segara Sejahtera', legalForm: 'PT', nib: '9120001234567', kbliCodes: ['55110'], kecamatanCode: '51.71.01', bpjsStatus: 'terdaftar', confirmRegistrationGaps: true });
  await call('employers.save', { name: 'PT Bali Segara Sejahtera Cabang Sanur', legalForm: 'PT', nib: '9120001234568', officeType: 'cabang', headOfficeUid: head.uid, kecamatanCode: '51.71.01' });
  await call('employers.followUps.save', { employerUid: head.uid, kind: 'kunjungan', date: '2026-11-20', notes: 'Kunjungan pertama' });
  // An import (its batch, its trail in import_change) and a closed record, as the app writes them.
  const { Readable } = await import('node:stream');
  const staged = await ctx.runtime.files.stage('impor kecil.csv', Readable.from(['Nama Perusahaan;NIB;Kecamatan;Status BPJS;Jumlah TK\n', 'CV Impor Pertama;9120005550001;Denpasar Selatan;pwbd;7\n', 'UD Impor Kedua;9120005550002;Denpasar Selatan;terdaftar;\n']), 1_000_000);
  const job = async (started: unknown) => {
    for (;;) {
      const state = (await call('jobs.get', { jobId: (started as { id: string }).id })) as unknown as { status: string; error?: { message: string } };
      if (state.status === 'done') return state;
      if (state.status !== 'running') throw new Error(`job ${state.status}: ${state.error?.message ?? ''}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const inspection = (await call('imports.inspect', { register: 'employer', fileToken: staged.token })) as unknown as { headerRow: number; mapping: Record<string, number | null> };
  const dry = await job(await call('imports.dryRun', { register: 'employer', fileToken: staged.token, headerRow: inspection.headerRow, mapping: inspection.mapping }));
  await job(await call('imports.commit', { jobId: (dry as unknown as { id: string }).id }));
  const branch = database.sqlite.prepare("SELECT uid FROM employer WHERE name = 'CV Impor Pertama'").pluck().get() as string;
  await call('employers.setStatus', { uid: branch, recordStatus: 'tutup', reason: 'Usaha berhenti' });
  // A person with a participation period of each kind of employer link, where the schema has them.
  if (database.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'person'").get()) {
    await call('workers.save', {
      nik: '5171014507900003',
      name: 'Ni Wayan Sari',
      kecamatanCode: '51.71.01',
      desaCode: '51.71.01.1003',
      periods: [
        { segment: 'BPU', startDate: '2024-01-01', endDate: '2024-12-31', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', source: 'Daftar desa 2024' },
        { segment: 'PU', employerUid: head.uid, startDate: '2025-02-01', programmes: ['JKK', 'JKM', 'JHT'], wage: 3_200_000, source: 'BPJS cabang' },
      ],
    });
  }
  // A vulnerable-worker programme paying a period, where the schema has them.
  if (database.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'worker_programme'").get()) {
    await call('programmes.save', { name: 'Perlindungan pekerja rentan Denpasar', year: 2025, funding: 'apbd_kabkota', budget: 12_000_000, targets: [{ category: 'petani', target: 20 }] });
    const programmeUid = database.sqlite.prepare('SELECT uid FROM worker_programme').pluck().get() as string;
    await call('workers.save', {
      nik: '5171011203850001',
      name: 'I Made Sudarsana',
      kecamatanCode: '51.71.01',
      desaCode: '51.71.01.1003',
      category: 'petani',
      periods: [{ segment: 'BPU', startDate: '2025-01-01', programmes: ['JKK', 'JKM'], funding: 'apbd_kabkota', programmeUid, source: 'Daftar program 2025' }],
    });
  }
  // Regulations with a relation and a commitment, where the schema has them.
  if (database.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'regulation'").get()) {
    const base = { jenis: 'perwali', teuBadan: 'Denpasar (Kota)', subjek: 'Pekerja rentan' };
    const first = await call('regulations.save', { ...base, nomor: '10', tahun: 2022, judul: 'Perlindungan Jaminan Sosial Pekerja Rentan', tanggalPenetapan: '2022-03-01', tanggalPengundangan: '2022-03-02' });
    const later = await call('regulations.save', { ...base, nomor: '5', tahun: 2025, judul: 'Perubahan atas Perwali 10/2022', tanggalPenetapan: '2025-01-10', tanggalPengundangan: '2025-01-11' });
    const uidOf = (saved: unknown) => (saved as { regulation: { uid: string } }).regulation.uid;
    await call('regulations.relations.add', { fromUid: uidOf(later), toUid: uidOf(first), kind: 'mengubah' });
    await call('regulations.commitments.save', { regulationUid: uidOf(first), kind: 'target', year: 2025, targetCount: 10_000, category: 'petani', description: 'Target peserta pekerja rentan' });
  }
  // A denominator, an aggregate input, a target and a frozen month, where the schema has them.
  if (database.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'coverage_snapshot'").get()) {
    const denominator = await call('coverageInputs.denominators.save', { name: 'Penduduk bekerja Denpasar', value: 480_000, areaCode: '51.71', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Kota Denpasar, Sakernas Agustus 2024', asOfDate: '2024-08-31' });
    await call('coverageInputs.aggregates.save', { areaCode: '51.71', segment: 'PU', count: 150_000, asOfDate: '2024-11-30', sourceKind: 'bpjs', source: 'BPJS Ketenagakerjaan Cabang Denpasar' });
    await call('coverageInputs.targets.save', { year: 2026, areaCode: '51.71', kind: 'persen', value: 40, denominatorUid: denominator.uid, source: 'RPJMD Kota Denpasar' });
    const frozen = await call('coverage.freeze', { month: '2026-10' });
    // An approved Paritrana cycle with an item of each simple kind, where the schema has them.
    if (database.sqlite.prepare("SELECT 1 FROM sqlite_master WHERE name = 'award_cycle'").get()) {
      const cycle = await call('award.cycles.save', { edition: 'Paritrana Award Provinsi Bali 2026', year: 2026, level: 'provinsi', category: 'pemerintah_kabupaten_kota', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
      const rubric = (await call('award.rubric.copy', { cycleUid: cycle.uid, from: 'starter' })) as unknown as { aspects: { indicators: { uid: string }[] }[] };
      const indicator = rubric.aspects[0]!.indicators[0]!.uid;
      await call('award.evidence.save', { indicatorUid: indicator, kind: 'coverage', title: 'Cakupan per segmen', coverage: { snapshotUid: frozen.uid, dimension: 'segment' }, state: 'siap' });
      await call('award.evidence.save', { indicatorUid: indicator, kind: 'register_extract', title: 'Program pekerja rentan', extract: 'programmes', state: 'draf', dueDate: '2026-12-31' });
      await call('award.selfAssessment.save', { indicatorUid: indicator, score: 4, note: 'Perwali ada' });
      await call('award.approve', { cycleUid: cycle.uid, snapshotUid: frozen.uid });
    }
  }
}
// Keep the fixture small: Bali's regions are enough for tests (the source row still names the full load).
database.sqlite.exec("DELETE FROM region WHERE level > 1 AND code NOT LIKE '51.%'");
database.sqlite.pragma('wal_checkpoint(TRUNCATE)');
database.sqlite.exec('VACUUM');
const version = database.migration.schemaVersion;
database.close();
const target = join(import.meta.dirname, '..', 'test', 'fixtures', 'db', `v${version}.db`);
copyFileSync(join(dir, 'lindung.db'), target);
rmSync(dir, { recursive: true, force: true });
console.log(`frozen: ${target}`);
