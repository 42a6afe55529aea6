import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { importGeneratedRows, type GeneratedRows } from '../imports/generated-import.ts';
import { importerOf } from '../imports/importers.ts';
import { msg, render } from '../messages.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { demoArea, demoEmployerFields } from './demo-employers.ts';
import { dayMonthYear } from '../api/calendar-day.ts';

// "Muat data contoh": made-up employers of the office's area, imported as a clerk's file is
// (generated-import.ts): one batch in the import history, undone there to empty the register.


/** Starts loading `count` demo employers into an empty register. */
export function startDemoEmployers(ctx: ServiceContext, count: number): JobState {
  checkDemoEmployers(ctx);
  return ctx.runtime.jobs.start('employers.demo', async (job) => ({ result: await loadDemoEmployers(ctx, job, count) }));
}

/** Refuses demo employers before setup or into a register that holds any. */
export function checkDemoEmployers(ctx: ServiceContext): void {
  if (!officeSettings(ctx).areaCode) throw new AppError('INVALID_INPUT', msg('registers.demoSetupFirst'));
  if (ctx.sqlite.prepare('SELECT 1 FROM employer LIMIT 1').get()) throw new AppError('CONFLICT', msg('registers.demoNotEmpty'));
}

/** The demo employers as the file the import reads: the register's headers, a row an employer. */
export function demoEmployerRows(ctx: ServiceContext, count: number): GeneratedRows {
  const area = officeSettings(ctx).areaCode!;
  const names = new Map(ctx.sqlite.prepare('SELECT code, name FROM region WHERE code LIKE ?').raw().all(`${area}.%`) as [string, string][]);
  const keys = ['name', 'legalForm', 'nib', 'npwp', 'npp', 'kbli', 'businessScale', 'address', 'kecamatan', 'desa', 'officeType', 'startDate', 'ownerName', 'contactPhone',
    'workersTotal', 'workersMale', 'workersFemale', 'workersPkwtt', 'workersPkwt', 'workersHarianLepas', 'workersBorongan', 'workersForeign',
    'wlkpNumber', 'wlkpDate', 'bpjsStatus', 'bpjsProgrammes', 'bpjsInfoDate'] as const;
  const labels = new Map(importerOf(ctx, 'employer').fields.map((f) => [f.key, render(f.label)]));
  const rows = function* () {
    for (const e of demoEmployerFields(demoArea(ctx.sqlite, area), count)) {
      yield keys.map((key) => {
        switch (key) {
          case 'kbli':
            return e.kbliCodes.join(', ');
          case 'kecamatan':
            return names.get(e.kecamatanCode) ?? '';
          case 'desa':
            return e.desaCode ? (names.get(e.desaCode) ?? '') : '';
          case 'startDate':
          case 'wlkpDate':
          case 'bpjsInfoDate':
            return dayMonthYear(e[key]);
          case 'bpjsProgrammes':
            return e.bpjsProgrammes.join(', ');
          default:
            return e[key];
        }
      });
    }
  };
  return { register: 'employer', fileName: `Data contoh ${count} perusahaan.csv`, header: keys.map((key) => labels.get(key) ?? key), rows: rows() };
}

/** The demo employers imported in `job` (the demo office runs this as one of its steps). */
export function loadDemoEmployers(ctx: ServiceContext, job: JobHandle, count: number) {
  return importGeneratedRows(ctx, job, demoEmployerRows(ctx, count));
}
