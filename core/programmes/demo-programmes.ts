import { officeToday } from '../reference/nik/nik-service.ts';
import { stmt } from '../../db/statements.ts';
import { writeAudited } from '../audit/write.ts';
import type { ServiceContext } from '../context.ts';
import { msg, render } from '../messages.ts';
import { programmeContribution } from './programme-contribution.ts';
import { checkListCode } from '../workers/person-service.ts';
import { saveProgramme } from './programme-service.ts';
import { regulationLabel, type LabelFields } from '../regulations/regulation-label.ts';
import { officeSettings } from '../settings/office-profile-service.ts';

// The demo's vulnerable-worker programmes: after the demo people are loaded, three programmes
// of this year (the kabupaten's APBD, the province's APBD, the desa's APBDes), each paying
// JKK + JKM for most demo BPU periods of its funding that run in the year (19 in 20, by period
// id: the rest are people a list has not moved into the programme yet). Targets are a little
// above the enrolled counts, rounded to tens, so some categories reach their target and some
// do not; the budget pays the targets for the year. Deterministic for the same demo people.
// Set-based: one scan of the periods for the counts and one UPDATE, also at 1,000,000 people.

const demoProgrammes = [
  { funding: 'apbd_kabkota', name: (year: number) => `Perlindungan Pekerja Rentan APBD ${year}`, legalBasis: 'Peraturan Bupati tentang perlindungan jaminan sosial ketenagakerjaan bagi pekerja rentan (contoh)' },
  { funding: 'apbd_provinsi', name: (year: number) => `Jaminan Sosial Pekerja Rentan APBD Provinsi ${year}`, legalBasis: 'Peraturan Gubernur tentang jaminan sosial ketenagakerjaan pekerja rentan (contoh)' },
  { funding: 'apbdes', name: (year: number) => `Desa Peduli Pekerja Rentan (APBDes) ${year}`, legalBasis: 'Peraturan Desa tentang APBDes (contoh)' },
] as const;

const share = 'p.id % 20 <> 0';
const runsInYear = 'p.start_date <= @yearEnd AND (p.end_date IS NULL OR p.end_date >= @yearStart)';

/** Creates (or finds, after an undone demo) the demo programmes of `year` and enrols the demo BPU periods. Runs under the write gate. */
export function enrolDemoProgrammes(ctx: ServiceContext, year: number): { programmes: number; periods: number } {
  const at = { yearStart: `${year}-01-01`, yearEnd: `${year}-12-31` };
  const counts = stmt(ctx.sqlite, `SELECT p.funding AS funding, w.category AS category, count(*) AS n FROM participation_period p JOIN person w ON w.id = p.person_id
    WHERE p.segment = 'BPU' AND p.programme_id IS NULL AND p.funding IN (${demoProgrammes.map((d) => `'${d.funding}'`).join(', ')}) AND ${runsInYear} AND ${share} AND w.category IS NOT NULL
    GROUP BY p.funding, w.category`).all(at) as { funding: string; category: string; n: number }[];
  const ids: Record<string, number> = {};
  for (const demo of demoProgrammes) {
    const name = demo.name(year);
    const existing = stmt(ctx.sqlite, 'SELECT id FROM worker_programme WHERE name = ? AND year = ?').pluck().get(name, year) as number | undefined;
    if (existing !== undefined) {
      ids[demo.funding] = existing;
      continue;
    }
    // An office that has edited its lists keeps them: only active codes are used.
    if (!checkListCode(ctx, 'funding_source', demo.funding, null)) continue;
    const targets = counts.filter((c) => c.funding === demo.funding && checkListCode(ctx, 'vulnerable_category', c.category, null)).map((c) => ({ category: c.category, target: Math.ceil((c.n * 1.1) / 10) * 10 }));
    if (targets.length === 0) continue;
    const { monthly } = programmeContribution(ctx, { year, package: ['JKK', 'JKM'], declaredIncome: null });
    const budget = Math.ceil((monthly * 12 * targets.reduce((a, t) => a + t.target, 0)) / 1_000_000) * 1_000_000;
    const saved = saveProgramme(ctx, { name, year, funding: demo.funding, package: ['JKK', 'JKM'], declaredIncome: null, budget, legalBasisRegulationUid: null, legalBasis: demo.legalBasis, notes: '', status: year < officeToday(ctx).getUTCFullYear() ? 'selesai' : 'aktif', targets, recalculate: false });
    ids[demo.funding] = stmt(ctx.sqlite, 'SELECT id FROM worker_programme WHERE uid = ?').pluck().get(saved.uid) as number;
  }
  const fundings = Object.keys(ids);
  if (fundings.length === 0) return { programmes: 0, periods: 0 };
  // The demo batch's own periods: updated_at is left as the import wrote it, so undoing the
  // demo batch removes them as untouched rows of that batch.
  const periods = writeAudited(ctx, ({ audit }) => {
    const changed = stmt(ctx.sqlite, `UPDATE participation_period AS p SET programme_id = CASE p.funding ${fundings.map((f) => `WHEN '${f}' THEN ${ids[f]}`).join(' ')} END
      WHERE p.segment = 'BPU' AND p.programme_id IS NULL AND p.funding IN (${fundings.map((f) => `'${f}'`).join(', ')}) AND ${runsInYear} AND ${share}`).run(at).changes;
    audit({ action: 'enrol', entity: 'worker_programme', entityUid: null, label: render(msg('programmes.demo.enrolled')), before: null, after: { year, periods: changed, programmes: fundings.map((f) => demoProgrammes.find((d) => d.funding === f)!.name(year)).join('\n') } });
    return changed;
  });
  return { programmes: fundings.length, periods };
}

/**
 * The demo's kabupaten programmes name the office's own Perbup as their legal basis once the demo
 * regulations are in (they come after the programmes): the programme's page and the Perbup's
 * "Program yang didanai" then point at each other, as the award package's index says. Only a
 * Perbup recorded for the office's own area; without one the programmes keep their words.
 */
export function linkDemoProgrammesToOwnRule(ctx: ServiceContext): number {
  const area = officeSettings(ctx).areaCode;
  if (!area) return 0;
  const rule = stmt(
    ctx.sqlite,
    "SELECT id, jenis, singkatan_jenis AS singkatanJenis, teu_badan AS teuBadan, nomor, tahun FROM regulation WHERE jenis = 'perbup' AND area_code = ? AND record_status = 'aktif' ORDER BY tahun DESC, id DESC LIMIT 1",
  ).get(area) as (LabelFields & { id: number }) | undefined;
  if (!rule) return 0;
  const years = stmt(ctx.sqlite, 'SELECT DISTINCT year FROM worker_programme').pluck().all() as number[];
  const demoKab = demoProgrammes.find((d) => d.funding === 'apbd_kabkota')!;
  const programmes = stmt(ctx.sqlite, `SELECT uid, name, legal_basis AS legalBasis FROM worker_programme WHERE legal_basis_regulation_id IS NULL AND legal_basis = ? AND name IN (SELECT value FROM json_each(?)) ORDER BY id`).all(
    demoKab.legalBasis,
    JSON.stringify(years.map((year) => demoKab.name(year))),
  ) as { uid: string; name: string; legalBasis: string }[];
  if (programmes.length === 0) return 0;
  const label = regulationLabel(rule);
  return writeAudited(ctx, ({ audit }) => {
    const link = stmt(ctx.sqlite, "UPDATE worker_programme SET legal_basis_regulation_id = ?, legal_basis = '', updated_at = ? WHERE uid = ?");
    const now = ctx.now().toISOString();
    for (const p of programmes) {
      link.run(rule.id, now, p.uid);
      audit({ action: 'update', entity: 'worker_programme', entityUid: p.uid, label: p.name, before: { legalBasisRegulation: null, legalBasis: p.legalBasis }, after: { legalBasisRegulation: label, legalBasis: '' } });
    }
    return programmes.length;
  });
}
