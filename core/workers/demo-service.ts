import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { importGeneratedRows, type GeneratedRows } from '../imports/generated-import.ts';
import { importerOf } from '../imports/importers.ts';
import { msg, render } from '../messages.ts';
import { officeToday, officeTodayIso } from '../reference/nik/nik-service.ts';
import { areaKecamatan } from '../registers/demo-random.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { enrolDemoProgrammes } from '../programmes/demo-programmes.ts';
import { loadCoverageDemo } from '../coverage-inputs/demo-service.ts';
import { demoWorkers, type DemoWorker, type DemoWorkerArea } from './demo-workers.ts';

// "Muat data contoh" for the worker register: made-up people of the office's area, imported as
// a clerk's list is (generated-import.ts): one batch in the import history, undone there.

/** The office area's kecamatan and desa with their names, the NIK districts, the employers' NPPs. */
export function demoWorkerArea(ctx: Pick<ServiceContext, 'sqlite'>, areaCode: string): DemoWorkerArea {
  const kecamatan = areaKecamatan(ctx.sqlite, areaCode);
  const province = areaCode.slice(0, 2);
  // Born elsewhere: the province's other kabupaten, and East Java, NTT, Central Java (migrants to Bali).
  const elsewhere = ctx.sqlite
    .prepare("SELECT code FROM region WHERE level = 3 AND code NOT LIKE ? AND (code LIKE ? OR code LIKE '35.%' OR code LIKE '53.%' OR code LIKE '33.%') ORDER BY code")
    .pluck()
    .all(`${areaCode}.%`, `${province}.%`) as string[];
  const npps = ctx.sqlite.prepare("SELECT npp FROM employer WHERE npp IS NOT NULL AND record_status = 'aktif' ORDER BY id LIMIT 5000").pluck().all() as string[];
  return {
    kecamatan,
    nikDistricts: { home: kecamatan.map((k) => k.code), elsewhere },
    employerNpps: npps,
  };
}

const keys: (keyof DemoWorker)[] = ['nik', 'name', 'sex', 'birthDate', 'address', 'kecamatan', 'desa', 'phone', 'occupation', 'category', 'segment', 'npp', 'programmes', 'startDate', 'endDate', 'income', 'funding', 'source'];

/** Starts loading `count` demo people into an empty worker register (and, if asked, the published Bali coverage figures). */
export function startDemoWorkers(ctx: ServiceContext, count: number, coverageInputs = false): JobState {
  checkDemoWorkers(ctx);
  return ctx.runtime.jobs.start('workers.demo', async (job) => ({ result: await loadDemoWorkers(ctx, job, count, coverageInputs) }));
}

/** Refuses demo people before setup or into a register that holds any. */
export function checkDemoWorkers(ctx: ServiceContext): void {
  if (!officeSettings(ctx).areaCode) throw new AppError('INVALID_INPUT', msg('registers.demoSetupFirst'));
  if (ctx.sqlite.prepare('SELECT 1 FROM person LIMIT 1').get()) throw new AppError('CONFLICT', msg('workers.demo.notEmpty'));
}

/** The demo people as the file the import reads: the register's headers, a row a person. */
export function demoWorkerRows(ctx: ServiceContext, count: number): GeneratedRows {
  const labels = new Map(importerOf(ctx, 'worker').fields.map((f) => [f.key, render(f.label)]));
  const people = demoWorkers(demoWorkerArea(ctx, officeSettings(ctx).areaCode!), count, officeTodayIso(ctx));
  const rows = function* () {
    for (const p of people) yield keys.map((k) => p[k]);
  };
  return { register: 'worker', fileName: `Data contoh ${count} pekerja.csv`, header: keys.map((k) => labels.get(k) ?? k), rows: rows() };
}

/**
 * The demo people imported in `job`, then the demo programmes (and the Bali coverage inputs if
 * asked). `lastYearToo` (the demo office, whose award cycle is last year's): last year's
 * programmes first, then this year's. A period is in one programme only and a programme counts
 * in its own year (core/coverage/maintain.ts), so last year's take the periods running then and
 * this year's the periods begun this year.
 */
export async function loadDemoWorkers(ctx: ServiceContext, job: JobHandle, count: number, coverageInputs: boolean, lastYearToo = false) {
  const today = officeToday(ctx);
  const imported = await importGeneratedRows(ctx, job, demoWorkerRows(ctx, count));
  const year = today.getUTCFullYear();
  if (lastYearToo) await ctx.runtime.gate.run(() => enrolDemoProgrammes(ctx, year - 1));
  // The demo's vulnerable-worker programmes of this year, paying for most demo BPU periods.
  const programmes = await ctx.runtime.gate.run(() => enrolDemoProgrammes(ctx, year));
  // The coverage inputs an office would enter (Sakernas, BPJS totals, targets): their own audited saves.
  const coverage = coverageInputs ? await ctx.runtime.gate.run(() => loadCoverageDemo(ctx)) : null;
  return { ...imported, programmes, coverage };
}
