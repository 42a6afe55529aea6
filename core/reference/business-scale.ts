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
import type { Message } from '../api/messages/message.ts';
import { formatRupiah as rupiah } from '../api/money.ts';
import { msg, renderBoth } from '../messages.ts';

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


const scaleSaid = (scale: BusinessScale): Message => msg(`businessScale.scales.${scale}`);

/** "Rp 1.000.000.000" (the shared style). */
export const formatRupiah = (amount: number): string => rupiah(amount);

function classify(basis: ScaleBasis, amount: number): { scale: BusinessScale; said: Message } {
  const { source, bands } = BUSINESS_SCALE_THRESHOLDS[basis];
  const index = bands.findIndex((b) => b.upTo === null || amount <= b.upTo);
  const band = bands[index]!;
  const lower = index > 0 ? bands[index - 1]!.upTo : null;
  const range =
    lower === null
      ? msg('businessScale.upTo', { upTo: formatRupiah(band.upTo!) })
      : band.upTo === null
        ? msg('businessScale.above', { from: formatRupiah(lower) })
        : msg('businessScale.between', { from: formatRupiah(lower), upTo: formatRupiah(band.upTo) });
  return {
    scale: band.scale,
    said: msg('businessScale.rule', { what: msg(`businessScale.what.${basis}`), amount: formatRupiah(amount), range, scale: scaleSaid(band.scale), source }),
  };
}

function checkAmount(field: 'capital' | 'annualSales', value: unknown): BusinessScaleResult['errors'][number] | null {
  const name = msg(field === 'capital' ? 'businessScale.what.modal' : 'businessScale.what.penjualan');
  const problem = (said: Message) => ({ field, message: renderBoth(said), said });
  if (typeof value !== 'number' || !Number.isFinite(value)) return problem(msg('businessScale.notAmount', { name }));
  if (value < 0) return problem(msg('businessScale.negative', { name }));
  if (!Number.isSafeInteger(value)) return problem(msg('businessScale.notWhole', { name }));
  return null;
}

/** The result with its rule said in both languages beside the coded message. */
const withRule = (said: Message, rest: Omit<BusinessScaleResult, 'rule' | 'ruleEn' | 'said'>): BusinessScaleResult => {
  const words = renderBoth(said);
  return { ...rest, rule: words.id, ruleEn: words.en, said };
};

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
    const said = errors.map((e) => e.said).reduce((a, b) => msg('businessScale.sentences', { a, b }));
    return withRule(said, { scale: null, basis: null, byCapital: null, bySales: null, errors });
  }
  if (!hasCapital && !hasSales) {
    return withRule(msg('businessScale.undetermined'), { scale: null, basis: null, byCapital: null, bySales: null, errors: [] });
  }

  const cap = hasCapital ? classify('modal', input.capital!) : null;
  const sales = hasSales ? classify('penjualan', input.annualSales!) : null;
  const decided = (cap ?? sales)!;
  const said = cap && sales ? msg(sales.scale === cap.scale ? 'businessScale.bySalesSame' : 'businessScale.bySales', { rule: decided.said, scale: scaleSaid(sales.scale) }) : decided.said;
  return withRule(said, { scale: decided.scale, basis: cap ? 'modal' : 'penjualan', byCapital: cap?.scale ?? null, bySales: sales?.scale ?? null, errors: [] });
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
