import { jobEnd } from '../support/jobs.ts';
import { makeTestApp } from '../support/test-db.ts';

/** A test app set up as Kabupaten Badung, with its reference data. */
export async function badungApp(now = () => new Date('2026-11-24T03:00:00Z')) {
  const app = makeTestApp({ reference: true, now });
  const result = await app.call('setup.complete', { officeName: 'Disperinaker Kabupaten Badung', level: 'kabupaten_kota', areaCode: '51.03', timeZone: 'WITA' });
  if (!result.ok) throw new Error(result.error.message);
  return app;
}

export const sampleEmployer = {
  name: 'PT Bali Segara Sejahtera',
  legalForm: 'PT' as const,
  nib: '9120001234567',
  npwp: '01.234.567.8-901.000',
  npp: 'NN012345',
  kbliCodes: ['55110'],
  businessScale: 'kecil' as const,
  address: 'Jl. Raya Kerobokan No. 10',
  kecamatanCode: '51.03.06', // Kuta Utara
  desaCode: null as string | null,
  workersMale: 12,
  workersFemale: 9,
  bpjsStatus: 'terdaftar' as const,
  bpjsProgrammes: ['JKK', 'JKM', 'JHT'] as ('JKK' | 'JKM' | 'JHT')[],
};

/** Loads `count` demo employers (an import job) and waits for it: a test's register to work on. */
export async function loadDemo(app: Awaited<ReturnType<typeof badungApp>>, count: number): Promise<{ inserted: number; batch: { uid: string } }> {
  const started = await app.call('employers.demo', { count });
  if (!started.ok) throw new Error(started.error.message);
  const done = await jobEnd(app.call, started.data);
  if (done.status !== 'done') throw new Error(`demo ${done.status}: ${done.error?.message ?? ''}`);
  return done.result as { inserted: number; batch: { uid: string } };
}
