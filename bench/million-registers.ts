// What the million bench (bench/million.ts) needs of each register: the rows of its files as
// a clerk's would be, what must exist before its import, the grid views it pages through and
// its quick searches. A register is a profile here; the measuring is shared.
import { demoArea, demoEmployerFields } from '../core/employers/demo-employers.ts';
import { insertAudit } from '../core/audit/write.ts';
import type { Sqlite } from '../db/sqlite-driver.ts';
import { demoWorkerArea } from '../core/workers/demo-service.ts';
import { demoWorkers } from '../core/workers/demo-workers.ts';

export type Call = <T>(channel: string, input: unknown) => Promise<T>;

export interface MillionRegister {
  register: 'employer' | 'worker';
  noun: string;
  /** The file's header and rows (in the files process, on a scratch database with the regions). */
  header: string[];
  rows(sqlite: Sqlite, count: number, seed: number, tag: string, npps: string[]): Iterable<unknown[]>;
  /** Records the import needs first (the employers a worker's PU period names); their NPPs. */
  prepare(call: Call, sqlite: Sqlite, waitJob: (job: never) => Promise<unknown>): Promise<string[]>;
  countsBy: string;
  /** Grid views: a filter model, or one that changes with i so each iteration is a new query. */
  views: Record<string, unknown | ((i: number, sqlite: Sqlite) => unknown)>;
  searches: Record<string, string[]>;
}

const regionNames = (sqlite: Sqlite) => new Map(sqlite.prepare("SELECT code, name FROM region WHERE code LIKE '51.03.%'").raw().all() as [string, string][]);
const listCodes = (sqlite: Sqlite, list: string) => sqlite.prepare('SELECT code FROM lookup_item WHERE list = ? ORDER BY sort_order, code').pluck().all(list) as string[];
const kecamatanCodes = (sqlite: Sqlite) => sqlite.prepare("SELECT code FROM region WHERE parent_code = '51.03' ORDER BY code").pluck().all() as string[];

export const employerProfile: MillionRegister = {
  register: 'employer',
  noun: 'employers',
  header: ['Nama Perusahaan', 'NIB', 'NPWP', 'NPP', 'KBLI', 'Kecamatan', 'Desa', 'Status BPJS', 'Jumlah TK', 'TK Laki-laki', 'TK Perempuan', 'Alamat'],
  *rows(sqlite, count, seed, tag) {
    const names = regionNames(sqlite);
    for (const e of demoEmployerFields(demoArea(sqlite, '51.03'), count, seed)) {
      yield [`${e.name} ${tag}`, e.nib, e.npwp, e.npp, e.kbliCodes[0] ?? '', names.get(e.kecamatanCode) ?? '', e.desaCode ? (names.get(e.desaCode) ?? '') : '', e.bpjsStatus, e.workersTotal ?? '', e.workersMale ?? '', e.workersFemale ?? '', e.address];
    }
  },
  prepare: async () => [],
  countsBy: 'bpjsStatus',
  views: {
    'active, by name': { recordStatus: { filterType: 'set', values: ['aktif'] } },
    'two statuses and a worker minimum': (i: number) => ({ bpjsStatus: { filterType: 'set', values: ['terdaftar', 'pwbd', 'pds_tk'] }, workersTotal: { filterType: 'number', type: 'greaterThanOrEqual', filter: 1 + i } }),
  },
  searches: { 'by name': ['hotel', 'bali sej', 'warung dew', 'villa ayu', 'kar'] },
};

export const workerProfile: MillionRegister = {
  register: 'worker',
  noun: 'people',
  header: ['NIK', 'Nama', 'Jenis Kelamin', 'Tanggal Lahir', 'Alamat', 'Kecamatan', 'Desa', 'No HP', 'Pekerjaan', 'Kategori', 'Segmen', 'NPP', 'Program', 'Tanggal Mulai', 'Tanggal Selesai', 'Upah', 'Sumber Dana', 'Sumber Data'],
  *rows(sqlite, count, seed, _tag, npps) {
    const area = { ...demoWorkerArea({ sqlite }, '51.03'), employerNpps: npps };
    for (const p of demoWorkers(area, count, '2026-12-01', seed)) {
      yield [p.nik, p.name, p.sex, p.birthDate, p.address, p.kecamatan, p.desa, p.phone, p.occupation, p.category, p.segment, p.npp, p.programmes, p.startDate, p.endDate, p.income, p.funding, p.source];
    }
  },
  // 50,000 employers (the PU periods name them by NPP) and 2,000,000 audit rows, as a
  // kabupaten's database holds after years of edits (an import writes one row, not one a person).
  async prepare(call, sqlite, waitJob) {
    await waitJob((await call('employers.demo', { count: 50_000 })) as never);
    const audit = sqlite.prepare(insertAudit);
    const edits = sqlite.transaction((from: number) => {
      for (let i = from; i < from + 100_000; i += 1) {
        audit.get(`bench-audit-${i}`, '2026-01-01T00:00:00.000Z', 'bench', 'Bench', 'update', 'person', `person-${i}`, `I Made Bench ${i}`, '["phone"]', `{"phone":"0812${i}"}`, `{"phone":"0813${i}"}`);
      }
    });
    // BENCH_AUDIT_ROWS=0 skips them while iterating on the import (the figures need the 2,000,000).
    const auditRows = Number(process.env.BENCH_AUDIT_ROWS ?? 2_000_000);
    for (let from = 0; from < auditRows; from += 100_000) edits(from);
    return sqlite.prepare("SELECT npp FROM employer WHERE npp IS NOT NULL AND record_status = 'aktif' ORDER BY id LIMIT 5000").pluck().all() as string[];
  },
  countsBy: 'category',
  views: {
    'active, by name': { recordStatus: { filterType: 'set', values: ['aktif'] } },
    'two categories and a kecamatan': (i: number, sqlite: Sqlite) => {
      const categories = listCodes(sqlite, 'vulnerable_category');
      const kecamatan = kecamatanCodes(sqlite);
      return {
        category: { filterType: 'set', values: [categories[i % categories.length], categories[(i + 3) % categories.length]] },
        kecamatanCode: { filterType: 'set', values: [kecamatan[i % kecamatan.length]] },
      };
    },
  },
  searches: { 'by name': ['made', 'ni luh', 'wayan sud', 'kadek ari', 'putu'], 'by NIK prefix': ['5103', '510306', '5103064', '51030145', '3510'] },
};

export const millionProfiles = { employer: employerProfile, worker: workerProfile };
