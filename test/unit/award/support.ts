import { Readable } from 'node:stream';
import type { CycleDetail, CycleInput, EvidenceInput } from '../../../core/api/award.ts';
import { addDenominator } from '../../../core/coverage/input-rows.ts';
import { addPerson, badungApp, bpu, period } from '../coverage/support.ts';
import { sampleEmployer } from '../employers/support.ts';
import { perbupJembrana } from '../regulations/support.ts';

// A Badung office (today 2026-11-24 WITA) ready for the Paritrana Award: the head in the office
// profile, people with periods, a denominator, a frozen month (2025-12), a regulation, an
// employer whose reported workforce exceeds its PU participants, with a follow-up in 2025, and a
// programme of 2025.

export type App = Awaited<ReturnType<typeof badungApp>>;

export function ok<T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

export interface AwardWorld {
  app: App;
  snapshotUid: string;
  regulationUid: string;
  employerUid: string;
}

export async function awardWorld(): Promise<AwardWorld> {
  const app = await badungApp();
  ok(await app.call('settings.officeProfile.save', { officeName: 'Disperinaker Kabupaten Badung', address: 'Jl. Raya Sempidi', headName: 'I Putu Eka Merthawan', headNip: '197001011990031001', phone: '', email: '', timeZone: 'WITA', logo: null }));
  addDenominator(app.ctx, { name: 'Penduduk bekerja Badung', value: 400, areaCode: '51.03', universe: 'bekerja', sourceKind: 'bps_sakernas', source: 'BPS Badung, Sakernas Agustus 2024', asOfDate: '2024-08-31' });
  await addPerson(app, 1, [bpu('2025-01-01')]);
  await addPerson(app, 2, [period('JAKON', '2025-03-01')]);
  const employer = ok(await app.call('employers.save', { ...sampleEmployer }));
  ok(await app.call('employers.followUps.save', { employerUid: employer.uid, kind: 'kunjungan', date: '2025-05-10', letterNumber: '560/12/Disperinaker', outcome: 'Diminta mendaftarkan pekerja' }));
  const regulation = ok(await app.call('regulations.save', perbupJembrana));
  ok(await app.call('programmes.save', { name: 'Perlindungan petani Badung', year: 2025, funding: 'apbd_kabkota', budget: 150_000_000, legalBasisRegulationUid: regulation.regulation.uid }));
  const snapshot = ok(await app.call('coverage.freeze', { month: '2025-12' }));
  return { app, snapshotUid: snapshot.uid, regulationUid: regulation.regulation.uid, employerUid: employer.uid };
}

export const cycle2025: CycleInput = {
  edition: 'Paritrana Award Provinsi Bali 2025',
  year: 2025,
  level: 'provinsi',
  category: 'pemerintah_kabupaten_kota',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  submissionDeadline: '2026-12-15',
  interviewDate: '2027-01-20',
  ceremonyDate: null,
};

export async function starterCycle(app: App, input: Partial<CycleInput> = {}): Promise<CycleDetail> {
  const cycle = ok(await app.call('award.cycles.save', { ...cycle2025, ...input }));
  return ok(await app.call('award.rubric.copy', { cycleUid: cycle.uid, from: 'starter' }));
}

export const indicatorUid = (cycle: CycleDetail, code: string) => cycle.aspects.flatMap((a) => a.indicators).find((i) => i.code === code)!.uid;
export const itemsOf = (cycle: CycleDetail) => cycle.aspects.flatMap((a) => a.indicators.flatMap((i) => i.items));
export const itemTitled = (cycle: CycleDetail, title: string) => itemsOf(cycle).find((i) => i.title === title)!;

export async function saveItem(app: App, input: EvidenceInput): Promise<CycleDetail> {
  return ok(await app.call('award.evidence.save', input));
}

export async function stage(app: App, name: string, bytes: Buffer): Promise<string> {
  return (await app.runtime.files.stage(name, Readable.from([bytes]), 200 * 1024 * 1024)).token;
}

export const narrative = (text: string) => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Inovasi UCOK' }] },
    { type: 'paragraph', content: [{ type: 'text', text }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: '35.000 pekerja rentan' }] }] }] },
  ],
});
