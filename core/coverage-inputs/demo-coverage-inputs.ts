import type { AggregateInput, DenominatorInput, TargetInput } from '../api/coverage-inputs.ts';

// The published Bali figures as an office would enter them (domain brief, "Coverage metrics"):
// BPS Sakernas August 2022 workers, BPJS active participants of November 2023, Gianyar's target
// population and its September 2025 participants, Denpasar's 2025 APBD list by category, and
// two targets. Jembrana's denominator is not a published figure: it is marked as an example.

const sakernas = { areaCode: '51', sourceKind: 'bps_sakernas', source: 'BPS Provinsi Bali, Sakernas Agustus 2022', asOfDate: '2022-08-31' } as const;

/** Keys let the targets name their denominator. */
export const demoDenominators: (DenominatorInput & { key: string })[] = [
  { key: 'baliBekerja', ...sakernas, name: 'Penduduk bekerja Bali, Sakernas Agustus 2022', value: 2_607_070, universe: 'bekerja' },
  { key: 'baliFormal', ...sakernas, name: 'Penduduk bekerja formal Bali, Sakernas Agustus 2022', value: 1_214_028, universe: 'bekerja_formal' },
  { key: 'baliInformal', ...sakernas, name: 'Penduduk bekerja informal Bali, Sakernas Agustus 2022', value: 1_393_042, universe: 'bekerja_informal' },
  {
    key: 'gianyarSasaran', name: 'Sasaran kepesertaan pekerja Kabupaten Gianyar', value: 198_628, areaCode: '51.04', universe: 'target_program', sourceKind: 'keputusan',
    source: 'Keputusan Bupati Gianyar tentang sasaran kepesertaan jaminan sosial ketenagakerjaan', asOfDate: '2025-01-01',
  },
  {
    key: 'jembranaContoh', name: 'CONTOH — Penduduk bekerja Kabupaten Jembrana (bukan angka resmi)', value: 180_000, areaCode: '51.01', universe: 'bekerja', sourceKind: 'lainnya',
    source: 'CONTOH untuk data demo, bukan angka BPS', asOfDate: '2023-08-31', notes: 'example',
  },
];

const bpjsBali = { areaCode: '51', asOfDate: '2023-11-30', sourceKind: 'bpjs', source: 'BPJS Ketenagakerjaan Kanwil Bali Nusra, peserta aktif per 30 November 2023' } as const;
const apbdDenpasar = { areaCode: '51.71', segment: 'BPU', funding: 'apbd_kabkota', asOfDate: '2025-01-31', sourceKind: 'dinas', source: 'Daftar peserta BPJS Ketenagakerjaan dibiayai APBD Kota Denpasar 2025' } as const;

/** Denpasar's 2025 APBD list: 10,717 people in 12 categories. */
export const denpasarApbd2025: Record<string, number> = {
  sulinggih: 233, pemangku: 156, pecalang: 33, kelian_adat: 342, petengen: 274, penyarikan: 274, jumantik: 413, nelayan: 349, petani: 1_462, penerima_pkh: 1_579, linmas: 300, non_asn: 5_302,
};

export const demoAggregates: AggregateInput[] = [
  { ...bpjsBali, segment: 'PU', count: 538_504 },
  { ...bpjsBali, segment: 'BPU', count: 298_595 },
  { areaCode: '51.04', asOfDate: '2025-09-30', sourceKind: 'bpjs', source: 'BPJS Ketenagakerjaan, peserta aktif Kabupaten Gianyar per 30 September 2025', count: 130_300 },
  ...Object.entries(denpasarApbd2025).map(([category, count]) => ({ ...apbdDenpasar, category, count })),
];

export const demoTargets: (Omit<TargetInput, 'denominatorUid'> & { denominatorKey?: string })[] = [
  { year: 2024, areaCode: '51.01', kind: 'persen', value: 40, denominatorKey: 'jembranaContoh', source: 'Target cakupan Kabupaten Jembrana 2024 (RPJMD)' },
  { year: 2024, areaCode: '51.71', kind: 'orang', value: 433_000, source: 'BPJS Ketenagakerjaan Cabang Bali Denpasar, target kepesertaan 2024', notes: 'Wilayah kerja Cabang Bali Denpasar' },
];
