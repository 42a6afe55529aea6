// Business scale (usaha mikro / kecil / menengah / besar) and the social
// security programmes an employer of that scale must register its workers for.
//
// Sources:
// - PP 7/2021 (Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan UMKM),
//   Pasal 35: criteria by modal usaha (capital, excluding land and buildings of
//   the place of business) and by hasil penjualan tahunan (annual sales).
//   Capital is the criterion for establishing / registering a business
//   (ayat (2), bands in ayat (3)); annual sales are used for the facilities,
//   protection and empowerment of businesses already running (ayat (4), bands
//   in ayat (5)).
// - PP 37/2021 Pasal 4 as amended by PP 6/2025 (Jaminan Kehilangan Pekerjaan):
//   workers of usaha menengah and besar are registered in JKK, JHT, JP and JKM;
//   workers of usaha kecil and mikro at least in JKK, JHT and JKM. (The same
//   article also names JKN, run by BPJS Kesehatan; this module covers the
//   BPJS Ketenagakerjaan programmes only.)
//
// Choice when both figures are given: capital decides, as it is the primary
// criterion in PP 7/2021 and what OSS records at registration; the sales-based
// scale is still reported (`bySales`) so a difference can be shown.



import type { BusinessScale, BusinessScaleResult, ScaleBasis } from '../api/business-scale.ts';

export type { BusinessScale, BusinessScaleResult, ScaleBasis };
type Band = { scale: BusinessScale; upTo: number | null };

/** Thresholds in Rupiah; each band includes its upper bound (≤). `null` = no upper bound. */
export const BUSINESS_SCALE_THRESHOLDS: Readonly<Record<ScaleBasis, { source: string; bands: readonly Band[] }>> = {
  modal: {
    source: 'PP 7/2021 Pasal 35 ayat (2)–(3), modal usaha tidak termasuk tanah dan bangunan tempat usaha',
    bands: [
      { scale: 'mikro', upTo: 1_000_000_000 },
      { scale: 'kecil', upTo: 5_000_000_000 },
      { scale: 'menengah', upTo: 10_000_000_000 },
      { scale: 'besar', upTo: null },
    ],
  },
  penjualan: {
    source: 'PP 7/2021 Pasal 35 ayat (4)–(5), hasil penjualan tahunan',
    bands: [
      { scale: 'mikro', upTo: 2_000_000_000 },
      { scale: 'kecil', upTo: 15_000_000_000 },
      { scale: 'menengah', upTo: 50_000_000_000 },
      { scale: 'besar', upTo: null },
    ],
  },
};


const SCALE_LABEL: Record<BusinessScale, { id: string; en: string }> = {
  mikro: { id: 'usaha mikro', en: 'micro enterprise' },
  kecil: { id: 'usaha kecil', en: 'small enterprise' },
  menengah: { id: 'usaha menengah', en: 'medium enterprise' },
  besar: { id: 'usaha besar', en: 'large enterprise' },
};

/** "Rp1.000.000.000" */
export function formatRupiah(amount: number): string {
  return 'Rp' + amount.toLocaleString('id-ID', { maximumFractionDigits: 0 }).replace(/\u00a0/g, '');
}

function classify(basis: ScaleBasis, amount: number): { scale: BusinessScale; rule: string; ruleEn: string } {
  const { source, bands } = BUSINESS_SCALE_THRESHOLDS[basis];
  const index = bands.findIndex((b) => b.upTo === null || amount <= b.upTo);
  const band = bands[index]!;
  const lower = index > 0 ? bands[index - 1]!.upTo : null;
  const what = basis === 'modal' ? { id: 'Modal usaha', en: 'Business capital' } : { id: 'Hasil penjualan tahunan', en: 'Annual sales' };
  const range =
    lower === null
      ? { id: `≤ ${formatRupiah(band.upTo!)}`, en: `≤ ${formatRupiah(band.upTo!)}` }
      : band.upTo === null
        ? { id: `> ${formatRupiah(lower)}`, en: `> ${formatRupiah(lower)}` }
        : { id: `> ${formatRupiah(lower)} s.d. ${formatRupiah(band.upTo)}`, en: `> ${formatRupiah(lower)} up to ${formatRupiah(band.upTo)}` };
  return {
    scale: band.scale,
    rule: `${what.id} ${formatRupiah(amount)} (${range.id}) → ${SCALE_LABEL[band.scale].id}; ${source}.`,
    ruleEn: `${what.en} ${formatRupiah(amount)} (${range.en}) → ${SCALE_LABEL[band.scale].en}; ${source}.`,
  };
}

function checkAmount(field: 'capital' | 'annualSales', value: unknown): BusinessScaleResult['errors'][number] | null {
  const name = field === 'capital' ? { id: 'Modal usaha', en: 'Business capital' } : { id: 'Hasil penjualan tahunan', en: 'Annual sales' };
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { field, message: { id: `${name.id} harus berupa angka Rupiah.`, en: `${name.en} must be an amount in Rupiah.` } };
  }
  if (value < 0) {
    return { field, message: { id: `${name.id} tidak boleh negatif.`, en: `${name.en} cannot be negative.` } };
  }
  if (!Number.isSafeInteger(value)) {
    return {
      field,
      message: {
        id: `${name.id} harus bilangan bulat Rupiah (tanpa sen), mis. 1500000000.`,
        en: `${name.en} must be a whole number of Rupiah (no cents), e.g. 1500000000.`,
      },
    };
  }
  return null;
}

/**
 * Scale of a business by PP 7/2021 Pasal 35. Amounts are whole Rupiah.
 * Capital decides when given (see the note at the top); otherwise annual sales.
 */
export function businessScale(input: { capital?: number; annualSales?: number }): BusinessScaleResult {
  const errors: BusinessScaleResult['errors'] = [];
  const hasCapital = input.capital !== undefined && input.capital !== null;
  const hasSales = input.annualSales !== undefined && input.annualSales !== null;
  if (hasCapital) {
    const e = checkAmount('capital', input.capital);
    if (e) errors.push(e);
  }
  if (hasSales) {
    const e = checkAmount('annualSales', input.annualSales);
    if (e) errors.push(e);
  }
  if (errors.length > 0) {
    return {
      scale: null,
      basis: null,
      rule: errors.map((e) => e.message.id).join(' '),
      ruleEn: errors.map((e) => e.message.en).join(' '),
      byCapital: null,
      bySales: null,
      errors,
    };
  }
  if (!hasCapital && !hasSales) {
    return {
      scale: null,
      basis: null,
      rule: 'Skala usaha belum bisa ditentukan: isi modal usaha (tanpa tanah dan bangunan) atau hasil penjualan tahunan.',
      ruleEn: 'The business scale cannot be determined yet: enter the business capital (excluding land and buildings) or the annual sales.',
      byCapital: null,
      bySales: null,
      errors: [],
    };
  }

  const cap = hasCapital ? classify('modal', input.capital!) : null;
  const sales = hasSales ? classify('penjualan', input.annualSales!) : null;
  const decided = (cap ?? sales)!;
  let rule = decided.rule;
  let ruleEn = decided.ruleEn;
  if (cap && sales) {
    rule += ` Menurut hasil penjualan tahunan: ${SCALE_LABEL[sales.scale].id}${sales.scale === cap.scale ? ' (sama)' : ''}; yang dipakai kriteria modal usaha.`;
    ruleEn += ` By annual sales: ${SCALE_LABEL[sales.scale].en}${sales.scale === cap.scale ? ' (the same)' : ''}; the capital criterion is used.`;
  }
  return {
    scale: decided.scale,
    basis: cap ? 'modal' : 'penjualan',
    rule,
    ruleEn,
    byCapital: cap?.scale ?? null,
    bySales: sales?.scale ?? null,
    errors: [],
  };
}

export type JamsostekProgramme = 'JKK' | 'JHT' | 'JP' | 'JKM';

export type MandatoryProgrammes = {
  programmes: readonly JamsostekProgramme[];
  /** True when the list is a minimum ("sekurang-kurangnya"): the employer may register more (JP). */
  isMinimum: boolean;
  source: string;
};

/** Programmes per PP 37/2021 Pasal 4 as amended by PP 6/2025 (BPJS Ketenagakerjaan only). */
export const MANDATORY_PROGRAMMES: Readonly<Record<BusinessScale, MandatoryProgrammes>> = {
  besar: { programmes: ['JKK', 'JHT', 'JP', 'JKM'], isMinimum: false, source: 'PP 37/2021 jo. PP 6/2025 Pasal 4' },
  menengah: { programmes: ['JKK', 'JHT', 'JP', 'JKM'], isMinimum: false, source: 'PP 37/2021 jo. PP 6/2025 Pasal 4' },
  kecil: { programmes: ['JKK', 'JHT', 'JKM'], isMinimum: true, source: 'PP 37/2021 jo. PP 6/2025 Pasal 4' },
  mikro: { programmes: ['JKK', 'JHT', 'JKM'], isMinimum: true, source: 'PP 37/2021 jo. PP 6/2025 Pasal 4' },
};

export function mandatoryProgrammes(scale: BusinessScale): MandatoryProgrammes {
  const entry = MANDATORY_PROGRAMMES[scale];
  if (!entry) throw new Error(`Unknown business scale: ${String(scale)}`);
  return entry;
}
