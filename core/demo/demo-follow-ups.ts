import { stmt } from '../../db/statements.ts';
import { followUpInputSchema } from '../api/employers.ts';
import type { ServiceContext } from '../context.ts';
import { saveFollowUp } from '../employers/follow-up-service.ts';

// A year's worth of the office's follow-ups of employers in the demo (a visit, an inspection, a
// first warning, a recommendation to BPJS), so the Paritrana cycle's "employers followed up"
// extract has rows. On the first demo employers by id: the same employers for the same demo.

const plan = [
  { kind: 'kunjungan', month: '03-12', outcome: 'Pemberi kerja diminta mendaftarkan seluruh pekerjanya (contoh).', done: true },
  { kind: 'pemeriksaan', month: '05-20', outcome: 'Sebagian pekerja belum terdaftar; diberi waktu 30 hari (contoh).', done: true },
  { kind: 'teguran_1', month: '07-08', outcome: 'Teguran tertulis pertama (contoh).', done: true },
  { kind: 'rekomendasi_bpjs', month: '10-15', outcome: 'Direkomendasikan pemeriksaan oleh BPJS Ketenagakerjaan (contoh).', done: false },
] as const;

/** The demo follow-ups of `year`, each its own audited save; how many were written. Runs under the write gate. */
export function addDemoFollowUps(ctx: ServiceContext, year: number): number {
  const employers = stmt(ctx.sqlite, "SELECT uid FROM employer WHERE record_status = 'aktif' ORDER BY id LIMIT ?").pluck().all(plan.length) as string[];
  for (const [i, employerUid] of employers.entries()) {
    const step = plan[i]!;
    saveFollowUp(
      ctx,
      followUpInputSchema.parse({
        employerUid,
        kind: step.kind,
        date: `${year}-${step.month}`,
        letterNumber: `560/${String(41 + i * 17).padStart(3, '0')}/Disnaker/${year}`,
        outcome: step.outcome,
        done: step.done,
        notes: '',
      }) as Parameters<typeof saveFollowUp>[1],
    );
  }
  return employers.length;
}
