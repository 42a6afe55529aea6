import { Readable } from 'node:stream';
import { cycleInputSchema, evidenceInputSchema, type CycleDetail, type EvidenceInput } from '../api/award.ts';
import { approveCycle } from '../award/approval.ts';
import { saveCycle } from '../award/cycle-service.ts';
import { saveBriefPoints, saveEvidence, saveSelfAssessment } from '../award/evidence-service.ts';
import { copyRubric } from '../award/rubric-copy.ts';
import type { ServiceContext } from '../context.ts';
import { attachDocument } from '../documents/attach-document.ts';
import { stmt } from '../../db/statements.ts';
import { demoDocumentPdf } from './demo-documents.ts';

// The demo office's Paritrana cycle of last year: the starter rubric, evidence of every kind
// (regulations with their documents, a budget extract as a PDF, frozen coverage tables, register
// extracts, narratives), scores, the brief's talking points, and the head's approval from last
// December's frozen month a week before the submission deadline, so the package, its
// verification and the brief work at once. Every item is ready: approval refuses a cycle with an
// item still in draft (the package goes to the jury).

const submissionDeadlineOf = (year: number) => `${year + 1}-02-28`;

type Item = Omit<EvidenceInput, 'indicatorUid'> & { indicator: string };

const narrative = (heading: string, paragraph: string, points: string[]) => ({
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: heading }] },
    { type: 'paragraph', content: [{ type: 'text', text: paragraph }] },
    { type: 'bulletList', content: points.map((p) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: p }] }] })) },
  ],
});

/** A moment before the submission deadline, in WITA (the demo office is in Bali), never later than now. */
function beforeDeadline(live: ServiceContext, year: number, days: number, hour: string): ServiceContext {
  const planned = new Date(Date.parse(`${submissionDeadlineOf(year)}T${hour}:00+08:00`) - days * 86_400_000);
  const at = planned < live.now() ? planned : live.now();
  return { ...live, now: () => at };
}

export async function loadDemoAward(live: ServiceContext, run: <T>(work: () => T | Promise<T>) => Promise<T>, regulationUids: Map<string, string>): Promise<{ edition: string; items: number } | null> {
  const year = Number(live.now().toISOString().slice(0, 4)) - 1;
  // The checklist filled two weeks before the submission deadline and approved a week before it,
  // 10:00 WITA (or now, when that is still ahead): not on the day the demo was loaded, after the
  // interview, and after its December was frozen (demo-office.ts dates that on 3 January).
  const ctx = beforeDeadline(live, year, 14, '09:00');
  const approving = beforeDeadline(live, year, 7, '10:00');
  const snapshot = stmt(ctx.sqlite, 'SELECT uid FROM coverage_snapshot WHERE month = ? ORDER BY id DESC LIMIT 1').pluck().get(`${year}-12`) as string | undefined;
  if (!snapshot) return null;
  const edition = `Paritrana Award Provinsi Bali ${year} (CONTOH)`;
  let cycle: CycleDetail = await run(() =>
    saveCycle(ctx, cycleInputSchema.parse({
      edition, year, level: 'provinsi', category: 'pemerintah_kabupaten_kota', periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`,
      submissionDeadline: submissionDeadlineOf(year), interviewDate: `${year + 1}-03-20`, ceremonyDate: `${year + 1}-05-09`, notes: 'Siklus contoh dari kantor contoh.',
    })),
  );
  cycle = await run(() => copyRubric(ctx, { cycleUid: cycle.uid, from: 'starter' }));
  const indicators = new Map(cycle.aspects.flatMap((a) => a.indicators.map((i) => [i.code, i.uid] as const)));
  const owner = 'Ni Kadek Contoh';
  const items: Item[] = [
    { indicator: 'A.2', kind: 'regulation', title: 'Perbup Jembrana 48/2023 tentang pekerja rentan', regulationUid: regulationUids.get('jembrana48') ?? null, owner, state: 'siap', summary: 'Dasar hukum perlindungan JKK dan JKM bagi pekerja rentan yang dibiayai APBD.' },
    { indicator: 'A.3', kind: 'regulation', title: 'Inpres 2/2021 sebagai acuan instruksi daerah', regulationUid: regulationUids.get('inpres2') ?? null, owner, state: 'siap', summary: 'Instruksi Presiden yang menjadi acuan instruksi bupati kepada OPD dan desa.' },
    { indicator: 'B.1', kind: 'document', title: `Kutipan DPA iuran pekerja rentan ${year}`, owner: 'I Wayan Contoh', state: 'siap', summary: 'Anggaran iuran JKK dan JKM untuk pekerja rentan dalam APBD.' },
    { indicator: 'C.1', kind: 'coverage', title: `Cakupan per segmen, Desember ${year}`, coverage: { snapshotUid: snapshot, dimension: 'segment' }, owner, state: 'siap', summary: 'Peserta aktif per segmen dari potret bulanan yang dibekukan.' },
    { indicator: 'D.1', kind: 'coverage', title: `Cakupan per kecamatan, Desember ${year}`, coverage: { snapshotUid: snapshot, dimension: 'kecamatan' }, owner, state: 'siap', summary: 'Peserta aktif per kecamatan dengan penyebut dan sumbernya.' },
    { indicator: 'D.2', kind: 'register_extract', title: 'Program pekerja rentan dan anggarannya', extract: 'programmes', owner, state: 'siap', summary: 'Target, peserta terdaftar dan anggaran tiap program.' },
    { indicator: 'F.1', kind: 'register_extract', title: 'Daftar kepatuhan pemberi kerja', extract: 'employer_compliance', owner: 'I Wayan Contoh', state: 'siap', summary: 'Pemberi kerja yang jumlah pekerja dilaporkannya melebihi peserta PU aktif.' },
    { indicator: 'F.2', kind: 'register_extract', title: `Tindak lanjut pemberi kerja ${year}`, extract: 'employers_followed_up', owner: 'I Wayan Contoh', state: 'siap', summary: 'Kunjungan, pemeriksaan, teguran dan rekomendasi kepada pemberi kerja sepanjang periode penilaian.' },
    {
      indicator: 'G.1', kind: 'narrative', title: 'Inovasi "Desa Sadar Jamsostek"', owner, state: 'siap', summary: 'Inovasi pendataan pekerja rentan bersama desa.',
      narrative: narrative('Desa Sadar Jamsostek', 'Pendataan pekerja rentan oleh perangkat desa, diverifikasi Dinas bersama BPJS Ketenagakerjaan dan dibiayai APBD serta APBDes.', ['Dimulai di 5 desa percontohan', 'Diperluas ke seluruh kecamatan', 'Dasar hukum: Perbup Jembrana 48/2023']),
    },
    {
      indicator: 'H.1', kind: 'narrative', title: 'Sosialisasi kepada pemberi kerja dan desa', owner: 'I Wayan Contoh', state: 'siap', dueDate: `${year + 1}-01-31`, summary: 'Ringkasan kegiatan sosialisasi sepanjang tahun.',
      narrative: narrative('Sosialisasi', 'Kegiatan sosialisasi bersama BPJS Ketenagakerjaan Cabang.', ['Forum pemberi kerja', 'Sosialisasi di kantor desa']),
    },
  ];
  const saved: string[] = [];
  for (const [position, { indicator, ...item }] of items.entries()) {
    const indicatorUid = indicators.get(indicator);
    if (!indicatorUid || (item.kind === 'regulation' && !item.regulationUid)) continue;
    if (item.kind === 'document') {
      // A document item is ready only with its file: saved as a draft, the PDF attached, then ready.
      const draft = await run(() => saveEvidence(ctx, evidenceInputSchema.parse({ ...item, indicatorUid, state: 'draf', position })));
      const uid = newestItem(draft, indicatorUid);
      const bytes = await demoDocumentPdf({ title: `KUTIPAN DOKUMEN PELAKSANAAN ANGGARAN ${year}`, subtitle: 'Belanja iuran jaminan sosial ketenagakerjaan pekerja rentan', paragraphs: ['Iuran JKK dan JKM bagi pekerja rentan dibayar setiap bulan dari APBD.'] }, 2);
      const staged = await ctx.runtime.files.stage('Kutipan DPA (contoh).pdf', Readable.from([bytes]), bytes.length);
      await run(() => attachDocument(ctx, { entity: 'award_evidence', entityUid: uid, fileToken: staged.token }));
      await run(() => saveEvidence(ctx, evidenceInputSchema.parse({ ...item, uid, indicatorUid, position })));
      saved.push(uid);
      continue;
    }
    const detail = await run(() => saveEvidence(ctx, evidenceInputSchema.parse({ ...item, indicatorUid, position })));
    saved.push(newestItem(detail, indicatorUid));
  }
  for (const [code, score] of [['A.2', 4], ['A.3', 3], ['B.1', 4], ['C.1', 3], ['D.1', 3], ['D.2', 4], ['F.1', 3], ['G.1', 5]] as const) {
    const indicatorUid = indicators.get(code);
    if (indicatorUid) await run(() => saveSelfAssessment(ctx, { indicatorUid, score, note: '' }));
  }
  await run(() =>
    saveBriefPoints(ctx, {
      cycleUid: cycle.uid,
      points: ['Cakupan pekerja rentan naik berkat iuran APBD dan APBDes.', 'Perbup 48/2023 menjadi dasar perlindungan pekerja rentan.', 'Target tahun depan: semua desa ikut Desa Sadar Jamsostek.'],
    }),
  );
  await run(() => approveCycle(approving, { cycleUid: cycle.uid, snapshotUid: snapshot }));
  return { edition, items: saved.length };
}

const newestItem = (detail: CycleDetail, indicatorUid: string): string => {
  const items = detail.aspects.flatMap((a) => a.indicators).find((i) => i.uid === indicatorUid)!.items;
  return [...items].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.position - a.position)[0]!.uid;
};
