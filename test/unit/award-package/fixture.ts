import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NarrativeNode } from '../../../core/api/award.ts';
import type { BriefSource, FrozenTable, PackageDocument, PackageItem, PackageSource } from '../../../core/award/package/package-source.ts';
import { pagesPdf, textPdf } from '../support/pdf-samples.ts';
import { logoPng } from './logo-png.ts';

// A whole approved cycle as the package builders take it: real PDFs (made by pdfkit) written to
// a folder like the document store, a real PNG logo, a narrative with headings and lists, and
// frozen tables (coverage per kecamatan, per desa, programmes, employer compliance).

const kecamatan = ['Negara', 'Mendoyo', 'Pekutatan', 'Melaya', 'Jembrana'];

export async function storedPdf(dir: string, name: string, pages: number, text: string): Promise<PackageDocument> {
  const bytes = pages === 1 ? await textPdf([text]) : await pagesPdf(pages, () => text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const path = join(dir, `${sha256}.bin`);
  writeFileSync(path, bytes);
  return { name, sha256, size: bytes.length, pages, mime: 'application/pdf', path };
}

export function narrative(): NarrativeNode {
  const t = (text: string, ...marks: string[]): NarrativeNode => ({ type: 'text', text, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
  const p = (...content: NarrativeNode[]): NarrativeNode => ({ type: 'paragraph', content });
  const li = (...content: NarrativeNode[]): NarrativeNode => ({ type: 'listItem', content: [p(...content)] });
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [t('Inovasi "Desa Terlindungi"')] },
      p(t('Sejak 2023 Pemerintah Kabupaten Jembrana melindungi '), t('pekerja rentan', 'bold'), t(' di desa melalui iuran JKK dan JKM yang dibayar dari '), t('Alokasi Dana Desa', 'italic'), t('. Program ini berjalan bersama BPJS Ketenagakerjaan Cabang Negara.')),
      { type: 'heading', attrs: { level: 2 }, content: [t('Langkah yang ditempuh')] },
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [li(t('Pendataan pekerja rentan oleh perangkat desa (petani, nelayan, pedagang kecil).')), li(t('Verifikasi NIK oleh Dinas Dukcapil dan '), t('pemadanan', 'bold'), t(' dengan data kepesertaan.')), li(t('Pembayaran iuran bulanan melalui rekening kas desa.'))],
      },
      { type: 'heading', attrs: { level: 2 }, content: [t('Hasil')] },
      {
        type: 'bulletList',
        content: [
          li(t('Cakupan BPU naik dari 12,4 % menjadi 31,8 % dalam dua tahun.')),
          { type: 'listItem', content: [p(t('Santunan dibayarkan kepada ahli waris:')), { type: 'bulletList', content: [li(t('JKM: 37 keluarga')), li(t('JKK: 12 pekerja', 'italic'))] }] },
          li(t('Seluruh 51 desa dan kelurahan telah menganggarkan iuran pada APBDes 2025.')),
        ],
      },
      { type: 'blockquote', content: [p(t('“Perlindungan tidak boleh berhenti di kantor; ia harus sampai ke sawah dan ke laut.”', 'italic'))] },
    ],
  };
}

export function coverageTable(rows: number, by = 'Kecamatan'): FrozenTable {
  return {
    title: `Cakupan kepesertaan per ${by.toLowerCase()}, Agustus 2025`,
    notes: ['Penyebut: penduduk bekerja menurut Sakernas Agustus 2024 (BPS), dibagi menurut proporsi penduduk usia kerja per wilayah (Dukcapil, semester I 2025).', 'Pembilang: peserta aktif BPJS Ketenagakerjaan (PU, BPU, Jakon) per 31 Agustus 2025, data rekonsiliasi bulanan Cabang Negara.'],
    columns: [
      { key: 'area', label: by, kind: 'text' },
      { key: 'pu', label: 'Peserta PU', kind: 'integer' },
      { key: 'bpu', label: 'Peserta BPU', kind: 'integer' },
      { key: 'denominator', label: 'Penduduk bekerja', kind: 'integer' },
      { key: 'percent', label: 'Cakupan', kind: 'percent' },
      { key: 'date', label: 'Tanggal data', kind: 'date' },
    ],
    rows: Array.from({ length: rows }, (_, i) => {
      const pu = 800 + ((i * 7919) % 2400);
      const bpu = 300 + ((i * 104729) % 1300);
      const denominator = 4000 + ((i * 15485863) % 6000);
      return { area: rows <= kecamatan.length ? kecamatan[i]! : `Desa ${kecamatan[i % 5]} ${String(i + 1).padStart(3, '0')}`, pu, bpu, denominator, percent: Math.round(((pu + bpu) / denominator) * 1000) / 10, date: '2025-08-31' };
    }),
  };
}

const item = (over: Partial<PackageItem> & Pick<PackageItem, 'uid' | 'kind' | 'title'>): PackageItem => ({ owner: 'Ni Made Sari', state: 'disetujui', summary: '', targetLabel: null, table: null, narrative: null, documents: [], ...over });

export interface FixtureOptions {
  /** Documents attached to the document items beyond the regulation's (default 3, of 2 pages). */
  documents?: number;
  pagesEach?: number;
  desaRows?: number;
  logo?: boolean;
}

export async function makeSource(dir: string, options: FixtureOptions = {}): Promise<PackageSource> {
  const perda = await storedPdf(dir, 'Perda Jembrana 5-2023 Perlindungan Pekerja Rentan.pdf', 3, 'Peraturan Daerah Kabupaten Jembrana Nomor 5 Tahun 2023.');
  const perbup = await storedPdf(dir, 'Perbup 48/2023: "petunjuk" teknis?.pdf', 2, 'Peraturan Bupati Jembrana Nomor 48 Tahun 2023.');
  const extraDocs: PackageDocument[] = [];
  for (let i = 0; i < (options.documents ?? 3); i++) extraDocs.push(await storedPdf(dir, i === 1 ? 'Laporan sosialisasi.pdf' : `Laporan sosialisasi.pdf`, options.pagesEach ?? 2, `Laporan kegiatan sosialisasi nomor ${i + 1}.`));
  const sameName = await storedPdf(dir, '../../etc/Laporan sosialisasi.pdf', 1, 'Nama yang mencoba keluar folder.');
  return {
    office: {
      name: 'Dinas Tenaga Kerja dan Perindustrian Kabupaten Jembrana',
      address: 'Jl. Surapati No. 1, Negara, Jembrana, Bali 82212',
      phone: '(0365) 41210',
      email: 'disnakerperin@jembranakab.go.id',
      areaName: 'Kabupaten Jembrana, Provinsi Bali',
      headName: 'I Gusti Ngurah Bagus Wiratama, S.Sos., M.Si.',
      headNip: '197203151998031007',
      logo: options.logo === false ? null : { mime: 'image/png', bytes: logoPng() },
    },
    cycle: { uid: 'cyc-2025', edition: 'Paritrana Award Provinsi Bali 2025', year: 2025, level: 'provinsi', category: 'pemerintah_kabupaten_kota', periodStart: '2024-09-01', periodEnd: '2025-08-31', submissionDeadline: '2025-10-15', interviewDate: '2025-11-04', ceremonyDate: null },
    approval: { approvedAt: '2025-10-14T02:30:00.000Z', approvedBy: 'kadis', approverName: 'I Gusti Ngurah Bagus Wiratama, S.Sos., M.Si.', approverNip: '197203151998031007', snapshotUid: 'snap-2025-08', snapshotMonth: '2025-08', snapshotAt: '2025-08-31' },
    aspects: [
      {
        code: 'A',
        title: 'Regulasi dan Kebijakan Daerah',
        description: 'Peraturan daerah dan peraturan kepala daerah yang mewajibkan dan membiayai perlindungan jaminan sosial ketenagakerjaan.',
        weight: 30,
        indicators: [
          {
            code: '1',
            title: 'Peraturan daerah tentang perlindungan jaminan sosial ketenagakerjaan',
            evidenceAsked: 'Salinan Perda/Perkada yang berlaku dan bukti pengundangannya.',
            weight: 60,
            maxScore: 5,
            selfScore: 5,
            selfNote: 'Perda 5/2023 berlaku dan diikuti Perbup 48/2023.',
            items: [
              item({
                uid: 'ev-perda',
                kind: 'regulation',
                title: 'Perda Jembrana No. 5 Tahun 2023',
                summary: 'Mewajibkan perlindungan JKK dan JKM bagi pekerja rentan, dibiayai APBD dan APBDes.',
                targetLabel: 'Perda Kabupaten Jembrana No. 5 Tahun 2023',
                table: { title: 'Data regulasi', notes: [], columns: [{ key: 'k', label: 'Keterangan', kind: 'text' }, { key: 'v', label: 'Isi', kind: 'text' }], rows: [{ k: 'Jenis', v: 'Peraturan Daerah' }, { k: 'Nomor', v: '5 Tahun 2023' }, { k: 'Tanggal diundangkan', v: '12 Mei 2023' }, { k: 'Status', v: 'Berlaku' }] },
                documents: [perda],
              }),
              item({ uid: 'ev-perbup', kind: 'regulation', title: 'Perbup Jembrana No. 48 Tahun 2023', state: 'siap', summary: 'Petunjuk teknis pendataan dan pembayaran iuran.', targetLabel: 'Perbup Jembrana No. 48 Tahun 2023', documents: [perbup] }),
            ],
          },
          { code: '2', title: 'Surat edaran kepala daerah kepada perangkat daerah dan desa', evidenceAsked: 'Surat edaran bupati.', weight: 40, maxScore: 5, selfScore: 3, selfNote: '', items: [] },
        ],
      },
      {
        code: 'B',
        title: 'Kepesertaan Pekerja Penerima Upah, Bukan Penerima Upah dan Jasa Konstruksi',
        description: 'Cakupan kepesertaan terhadap penduduk bekerja, menurut wilayah dan segmen.',
        weight: 40,
        indicators: [
          {
            code: '1',
            title: 'Cakupan kepesertaan menurut kecamatan',
            evidenceAsked: 'Tabel cakupan dengan penyebut dan sumbernya.',
            weight: 100,
            maxScore: 100,
            selfScore: 72,
            selfNote: 'Cakupan 31,8 %; target RPJMD 35 %.',
            items: [
              item({ uid: 'ev-cov', kind: 'coverage', title: 'Cakupan per kecamatan, Agustus 2025', summary: 'Tabel dari data beku Agustus 2025.', targetLabel: 'Cakupan per kecamatan, Agustus 2025', table: coverageTable(5) }),
              item({ uid: 'ev-desa', kind: 'coverage', title: 'Cakupan per desa, Agustus 2025', state: 'siap', table: coverageTable(options.desaRows ?? 60, 'Desa') }),
            ],
          },
        ],
      },
      {
        code: 'C',
        title: 'Inovasi dan Sosialisasi',
        description: '',
        weight: null,
        indicators: [
          {
            code: '1',
            title: 'Inovasi daerah',
            evidenceAsked: 'Uraian inovasi dan hasilnya.',
            weight: null,
            maxScore: null,
            selfScore: null,
            selfNote: '',
            items: [
              item({ uid: 'ev-nar', kind: 'narrative', title: 'Desa Terlindungi', owner: 'Kadek Ayu Lestari', state: 'siap', summary: 'Iuran JKK-JKM pekerja rentan dari Alokasi Dana Desa.', narrative: narrative() }),
              item({ uid: 'ev-sos', kind: 'document', title: 'Laporan sosialisasi 2025', state: 'draf', documents: [...extraDocs, sameName] }),
              item({ uid: 'ev-empty', kind: 'document', title: 'Foto kegiatan', state: 'belum', owner: '' }),
            ],
          },
        ],
      },
    ],
    annexes: [
      { fileName: 'Cakupan per desa', table: coverageTable(options.desaRows ?? 60, 'Desa') },
      {
        fileName: 'Program pekerja rentan.xlsx',
        table: {
          title: 'Program perlindungan pekerja rentan 2024–2025',
          notes: ['Sumber: register program Lindung; anggaran menurut DPA.'],
          columns: [
            { key: 'name', label: 'Program', kind: 'text' },
            { key: 'target', label: 'Target peserta', kind: 'integer' },
            { key: 'enrolled', label: 'Terdaftar', kind: 'integer' },
            { key: 'budget', label: 'Anggaran', kind: 'rupiah' },
          ],
          rows: [
            { name: 'Iuran JKK-JKM nelayan (APBD)', target: 2500, enrolled: 2311, budget: 505_890_000 },
            { name: 'Desa Terlindungi (APBDes)', target: 9000, enrolled: 8420, budget: 1_843_200_000 },
          ],
        },
      },
      {
        fileName: 'Kepatuhan pemberi kerja',
        table: {
          title: 'Pemberi kerja dengan tenaga kerja melebihi peserta PU aktif',
          notes: ['Dari register pemberi kerja, 31 Agustus 2025.'],
          columns: [
            { key: 'name', label: 'Pemberi kerja', kind: 'text' },
            { key: 'workers', label: 'Tenaga kerja', kind: 'integer' },
            { key: 'active', label: 'Peserta PU aktif', kind: 'integer' },
          ],
          rows: [{ name: 'CV Segara Lestari', workers: 42, active: 30 }, { name: 'PT Pengalengan Ikan Samudra', workers: 310, active: 288 }],
        },
      },
    ],
  };
}

export function briefSource(source: PackageSource, over: Partial<BriefSource> = {}): BriefSource {
  return {
    office: source.office,
    cycle: source.cycle,
    snapshotMonth: '2025-08',
    coverage: { label: 'Cakupan kepesertaan pekerja', numerator: 61_254, denominator: 192_630, percent: 31.8, denominatorSource: 'Sakernas Agustus 2024 (BPS), penduduk bekerja', dataDate: '2025-08-31' },
    segments: [
      { label: 'Penerima upah (PU)', numerator: 38_120, percent: 19.8 },
      { label: 'Bukan penerima upah (BPU)', numerator: 19_884, percent: 10.3 },
      { label: 'Jasa konstruksi', numerator: 3_250, percent: 1.7 },
    ],
    trend: ['2024-09', '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08'].map((month, i) => ({ month, percent: 24 + i * 0.7 + (i % 3) * 0.2, numerator: 46_000 + i * 1400 })),
    targets: [
      { label: 'Cakupan RPJMD 2025', value: '35 %', achieved: '31,8 %', progressPercent: 90.9 },
      { label: 'Pekerja rentan terlindungi', value: '11.500', achieved: '10.731', progressPercent: 93.3 },
      { label: 'Desa menganggarkan iuran', value: '51', achieved: '51', progressPercent: 100 },
    ],
    regulations: [
      { label: 'Perda No. 5 Tahun 2023', judul: 'Perlindungan Jaminan Sosial Ketenagakerjaan', effectiveDate: '2023-05-12' },
      { label: 'Perbup No. 48 Tahun 2023', judul: 'Petunjuk Teknis Perlindungan Pekerja Rentan', effectiveDate: '2023-09-01' },
      { label: 'SE Bupati No. 560/2024', judul: 'Kewajiban kepesertaan bagi penyedia jasa pemerintah daerah', effectiveDate: '2024-02-01' },
    ],
    budget: [
      { label: 'Iuran JKK-JKM nelayan (APBD)', amount: 505_890_000, enrolled: 2311, target: 2500 },
      { label: 'Desa Terlindungi (APBDes)', amount: 1_843_200_000, enrolled: 8420, target: 9000 },
    ],
    innovations: [
      { title: 'Desa Terlindungi', summary: 'Iuran JKK-JKM pekerja rentan dibayar dari Alokasi Dana Desa di seluruh 51 desa dan kelurahan.' },
      { title: 'Jemput bola nelayan', summary: 'Pendaftaran di tempat pelelangan ikan bersama BPJS Ketenagakerjaan setiap Jumat.' },
    ],
    points: [
      'Cakupan naik dari 24 % menjadi 31,8 % dalam setahun berkat iuran dari dana desa; target RPJMD 35 % tercapai pada 2026.',
      'Seluruh 51 desa dan kelurahan menganggarkan iuran pekerja rentan di APBDes 2025, diatur Perbup 48/2023.',
      '37 keluarga nelayan dan petani menerima santunan JKM; kepatuhan pemberi kerja diawasi bersama Cabang Negara.',
    ],
    draft: false,
    generatedAt: '2025-10-14T02:30:00.000Z',
    ...over,
  };
}
