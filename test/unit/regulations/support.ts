import type { RegulationInput } from '../../../core/api/regulations.ts';
import { badungApp } from '../employers/support.ts';

// A Badung office (today 2026-11-24 WITA) and the regulations the tests build on.

export type App = Awaited<ReturnType<typeof badungApp>>;
export { badungApp };

export const perbupJembrana: RegulationInput = {
  jenis: 'perbup', nomor: '48', tahun: 2023, teuBadan: 'Jembrana (Kabupaten)', judul: 'Perlindungan Jaminan Sosial Pekerja Rentan', subjek: 'Pekerja rentan',
  tanggalPenetapan: '2023-06-01', tanggalPengundangan: '2023-06-02',
};

export async function saved(app: App, values: RegulationInput): Promise<string> {
  const result = await app.call('regulations.save', values);
  if (!result.ok) throw new Error(result.error.message);
  return result.data.regulation.uid;
}

export async function related(app: App, fromUid: string, toUid: string, kind: 'mengubah' | 'mencabut' | 'mencabut_sebagian' | 'melaksanakan' | 'terkait') {
  const result = await app.call('regulations.relations.add', { fromUid, toUid, kind });
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

export async function statusAt(app: App, uid: string, date: string) {
  const result = await app.call('regulations.statusAt', { uid, date });
  if (!result.ok) throw new Error(result.error.message);
  return result.data.status;
}
