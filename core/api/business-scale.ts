// Business scale under PP 7/2021 as the contract shows it (types only).
import type { LocalizedText } from './localized-text.ts';
import type { Message } from './messages/message.ts';

export type BusinessScale = 'mikro' | 'kecil' | 'menengah' | 'besar';

export type ScaleBasis = 'modal' | 'penjualan';

export type BusinessScaleResult = {
  scale: BusinessScale | null;
  basis: ScaleBasis | null;
  /** Human-readable rule that decided (Indonesian, with the legal basis), or why nothing was decided. */
  rule: string;
  ruleEn: string;
  /** The rule as a coded message (what `rule` and `ruleEn` say). */
  said: Message;
  /** Scale by each figure given, for display when both are known. */
  byCapital: BusinessScale | null;
  bySales: BusinessScale | null;
  /** Input problems; non-empty means `scale` is null. */
  errors: { field: 'capital' | 'annualSales'; message: LocalizedText; said: Message }[];
};
