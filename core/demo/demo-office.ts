import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { JobState } from '../api/jobs.ts';
import { AppError } from '../app-error.ts';
import type { ServiceContext } from '../context.ts';
import { denominatorInputSchema, targetInputSchema } from '../api/coverage-inputs.ts';
import { saveDenominator } from '../coverage-inputs/denominator-service.ts';
import { saveTarget } from '../coverage-inputs/target-service.ts';
import { whenCoverageCurrent } from '../coverage/keep-current.ts';
import { areaKecamatan } from '../registers/demo-random.ts';
import { officeSettings } from '../settings/office-profile-service.ts';
import { freezeMonth } from '../coverage/snapshots.ts';
import { attachDocument } from '../documents/attach-document.ts';
import { checkDemoEmployers, loadDemoEmployers } from '../employers/demo-service.ts';
import type { JobHandle } from '../jobs/job-registry.ts';
import { msg } from '../messages.ts';
import { checkDemoRegulations, loadDemoRegulations } from '../regulations/demo-service.ts';
import { getOfficeProfile, saveOfficeProfile } from '../settings/office-profile-service.ts';
import { checkDemoWorkers, loadDemoWorkers } from '../workers/demo-service.ts';
import { linkDemoProgrammesToOwnRule } from '../programmes/demo-programmes.ts';
import { loadDemoAward } from './demo-award.ts';
import { demoDocumentPdf } from './demo-documents.ts';
import { addDemoFollowUps } from './demo-follow-ups.ts';
import { demoOfficeDocuments, demoOfficeProfile } from './demo-office-data.ts';
import { officeTodayIso } from '../reference/nik/nik-service.ts';

// "Muat kantor contoh" and `lindung demo`: a whole made-up office in one step, so a newcomer sees
// every part of the product working: the office's letterhead, employers, workers with their
// programmes, the published Bali coverage inputs, regulations with their documents, a year of
// frozen coverage months and a Paritrana cycle with its evidence. Each part goes through the
// same services as the screens (imports, audited saves), into registers that are still empty.

export interface DemoOfficeOptions {
  employers: number;
  workers: number;
}

export const demoOfficeDefaults: DemoOfficeOptions = { employers: 1500, workers: 12_000 };

/** Refuses before setup or when any register already holds records (a demo never mixes with real data). */
export function checkDemoOffice(ctx: ServiceContext): void {
  const holding = ['employer', 'person', 'regulation', 'coverage_snapshot', 'award_cycle'].some((table) => ctx.sqlite.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get());
  if (holding) throw new AppError('CONFLICT', msg('demoOffice.notEmpty'));
  // Before setup: the registers' own refusal says to set the office up first.
  checkDemoEmployers(ctx);
  checkDemoWorkers(ctx);
  checkDemoRegulations(ctx);
}

export function startDemoOffice(ctx: ServiceContext, options: DemoOfficeOptions = demoOfficeDefaults): JobState {
  checkDemoOffice(ctx);
  return ctx.runtime.jobs.start('demo.office', async (job) => ({ result: await loadDemoOffice(ctx, job, options) }));
}

export async function loadDemoOffice(ctx: ServiceContext, job: JobHandle, options: DemoOfficeOptions) {
  await ctx.runtime.gate.run(() => fillOfficeProfile(ctx));
  const employers = await loadDemoEmployers(ctx, job, options.employers);
  // Last year's programmes too (and follow-ups): the Paritrana cycle of last year shows them.
  const workers = await loadDemoWorkers(ctx, job, options.workers, true, true);
  const lastYear = Number(officeTodayIso(ctx).slice(0, 4)) - 1;
  await ctx.runtime.gate.run(() => addDemoFollowUps(ctx, lastYear));
  await ctx.runtime.gate.run(() => enterKecamatanDenominators(ctx));
  job.progress('regulations', 0, null);
  const regulations = await ctx.runtime.gate.run(() => loadDemoRegulations(ctx));
  await ctx.runtime.gate.run(() => linkDemoProgrammesToOwnRule(ctx));
  const documents = await attachDemoDocuments(ctx, job, regulations.uids);
  const months = await freezeDemoMonths(ctx, job);
  job.progress('award', 0, null);
  const award = await loadDemoAward(ctx, (work) => ctx.runtime.gate.run(work), regulations.uids);
  return { employers: employers.inserted, workers: workers.inserted, regulations: regulations.inserted, documents, months, award };
}

/** The letterhead's blanks filled (address, head of office and NIP, contacts, logo); what the office typed stays. */
function fillOfficeProfile(ctx: ServiceContext): void {
  const now = getOfficeProfile(ctx);
  const demo = demoOfficeProfile;
  const logo = readFileSync(new URL('../../resources/demo/logo-contoh.png', import.meta.url));
  saveOfficeProfile(ctx, {
    officeName: now.officeName,
    timeZone: now.timeZone,
    address: now.address || demo.address,
    headName: now.headName || demo.headName,
    headNip: now.headNip || demo.headNip,
    phone: now.phone || demo.phone,
    email: now.email || demo.email,
    logo: now.logo ?? { mimeType: 'image/png', base64: logo.toString('base64') },
  });
}

/**
 * Sample denominators per kecamatan (the published demo has the kabupaten's only), so the
 * kecamatan bars and the desa table show percentages. Marked as examples, as the kabupaten's is.
 */
function enterKecamatanDenominators(ctx: ServiceContext): void {
  const area = officeSettings(ctx).areaCode!;
  const kecamatan = areaKecamatan(ctx.sqlite, area);
  // Shares of the kabupaten's sample 180,000 workers that differ a little between kecamatan.
  const weights = kecamatan.map((_, i) => 0.8 + ((i * 7) % 5) * 0.1);
  const sum = weights.reduce((a, b) => a + b, 0);
  // Last year's target against the kabupaten's sample denominator (the months frozen next keep it).
  const kabupaten = ctx.sqlite.prepare('SELECT uid FROM coverage_denominator WHERE area_code = ? ORDER BY as_of_date DESC LIMIT 1').pluck().get(area) as string | undefined;
  const year = Number(officeTodayIso(ctx).slice(0, 4)) - 1;
  if (kabupaten) saveTarget(ctx, targetInputSchema.parse({ year, areaCode: area, kind: 'persen', value: 10, denominatorUid: kabupaten, source: `CONTOH — target cakupan ${year} (bukan angka resmi)` }));
  for (const [i, k] of kecamatan.entries()) {
    saveDenominator(ctx, denominatorInputSchema.parse({
      name: `CONTOH — Penduduk bekerja Kecamatan ${k.name} (bukan angka resmi)`,
      value: Math.round((180_000 * weights[i]!) / sum / 10) * 10,
      areaCode: k.code,
      universe: 'bekerja',
      sourceKind: 'lainnya',
      source: 'CONTOH untuk data demo, bukan angka BPS',
      asOfDate: '2023-08-31',
    }));
  }
}

async function attachDemoDocuments(ctx: ServiceContext, job: JobHandle, uids: Map<string, string>): Promise<number> {
  let attached = 0;
  for (const [i, d] of demoOfficeDocuments.entries()) {
    job.progress('documents', i, demoOfficeDocuments.length);
    const regulationUid = uids.get(d.regulation);
    if (!regulationUid) continue;
    const bytes = await demoDocumentPdf(d.text, d.pages);
    const staged = await ctx.runtime.files.stage(d.fileName, Readable.from([bytes]), bytes.length);
    await ctx.runtime.gate.run(() => attachDocument(ctx, { entity: 'regulation', entityUid: regulationUid, fileToken: staged.token }));
    attached += 1;
  }
  return attached;
}

/**
 * The two years of months ended before today, frozen oldest first (the trend and last year's
 * cycle read them), once the counts hold the demo people. Each is dated as an office would have
 * frozen it, on the 3rd of the next month at 09:00 WITA (not later than now), so the package's
 * notes do not say a month was frozen after the cycle's approval.
 */
async function freezeDemoMonths(ctx: ServiceContext, job: JobHandle): Promise<number> {
  await whenCoverageCurrent(ctx);
  const today = officeTodayIso(ctx);
  const months: string[] = [];
  for (let back = 24; back >= 1; back--) months.push(new Date(Date.UTC(Number(today.slice(0, 4)), Number(today.slice(5, 7)) - 1 - back, 1)).toISOString().slice(0, 7));
  for (const [i, month] of months.entries()) {
    job.progress('months', i, months.length);
    const next = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 3, 1)); // 09:00 WITA = 01:00 UTC
    const at = next < ctx.now() ? next : ctx.now();
    await ctx.runtime.gate.run(() => freezeMonth({ ...ctx, now: () => at }, { month }));
  }
  return months.length;
}
