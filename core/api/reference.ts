import { z } from 'zod';
import type { BusinessScaleResult } from './business-scale.ts';
import type { ContributionRule } from './contribution-rules.ts';
import type { ApbdResult, BpuResult, JakonResult, PuResult } from './contribution-results.ts';
import type { KbliAnalysis } from './kbli.ts';
import { v } from './messages.ts';
import type { RegionKind, RegionLevel } from './regions.ts';
import { timeZones } from './office-profile.ts';

// Schemas and shapes of the reference-data channels: regions, setup, NIK, KBLI,
// business scale, contribution rules and calculators, editable lists.

export const regionCodeSchema = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, v.invalid);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, v.invalid);
const rupiah = z.number().int(v.invalid).min(0, v.invalid).max(Number.MAX_SAFE_INTEGER, v.invalid);

export interface RegionItem {
  code: string;
  name: string;
  kind: RegionKind;
  level: RegionLevel;
  parentCode: string | null;
  parentName: string | null;
  childCount: number;
}

export const regionChildrenInput = z.object({ parentCode: regionCodeSchema.nullable() }).strict();
/** Every kecamatan (3) or desa (4) inside an area: a grid's set filter lists them. */
export const regionsWithinInput = z.object({ code: regionCodeSchema, level: z.union([z.literal(3), z.literal(4)]) }).strict();
export const regionSearchInput = z
  .object({
    query: z.string().trim().min(1).max(100),
    withinCode: regionCodeSchema.optional(),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
    limit: z.number().int().min(1).max(50).default(20),
  })
  .strict();
export const regionResolveInput = z
  .object({ text: z.string().max(200), level: z.union([z.literal(3), z.literal(4)]).optional(), withinCode: regionCodeSchema.optional() })
  .strict();

export interface ReferenceSourceInfo {
  key: string;
  name: string;
  version: string;
  regulation: string;
  license: string;
  attribution: string;
  loadedAt: string;
  rowCount: number;
}

export const officeLevels = ['provinsi', 'kabupaten_kota'] as const;
export type OfficeLevel = (typeof officeLevels)[number];

export const setupInput = z
  .object({
    officeName: z.string().trim().min(3, v.tooShort).max(200, v.tooLong),
    level: z.enum(officeLevels),
    areaCode: regionCodeSchema,
    timeZone: z.enum(timeZones),
  })
  .strict();
export type SetupInput = z.infer<typeof setupInput>;

export interface SetupStatus {
  needsSetup: boolean;
  officeName: string;
  level: OfficeLevel | null;
  area: RegionItem | null;
}

export const nikAnalyzeInput = z.object({ value: z.union([z.string().max(200), z.number()]), fromNumericCell: z.boolean().optional() }).strict();
export const kbliAnalyzeInput = z.object({ code: z.union([z.string().max(50), z.number()]) }).strict();
export const businessScaleInput = z.object({ capital: rupiah.optional(), annualSales: rupiah.optional() }).strict();
export type { BusinessScaleResult, KbliAnalysis };

export interface ContributionRuleRow extends ContributionRule {
  id: number;
  active: boolean;
}

export const contributionRuleInput = z
  .object({
    uid: z.string().max(80).optional(),
    kind: z.enum(['pu_rate', 'wage_cap', 'bpu_rate', 'bpu_flat', 'bpu_income_range', 'jakon_tier', 'pmi_package']),
    programme: z.enum(['JKK', 'JKM', 'JHT', 'JP', 'JKP']).nullable(),
    riskClass: z.number().int().min(1).max(5).nullable(),
    payer: z.enum(['employer', 'worker', 'government', 'participant']).nullable(),
    rateMicro: z.number().int().min(0).max(1_000_000).nullable(),
    amount: rupiah.nullable(),
    tierFrom: rupiah.nullable(),
    tierTo: rupiah.nullable(),
    effectiveFrom: isoDate,
    effectiveTo: isoDate.nullable(),
    sourceNote: z.string().trim().min(3, v.tooShort).max(500, v.tooLong),
    certainty: z.enum(['confirmed', 'secondary', 'unconfirmed']),
    active: z.boolean().default(true),
  })
  .strict();
export type ContributionRuleInput = z.input<typeof contributionRuleInput>;

export const calculationInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pu'), wage: rupiah, riskClass: z.number().int().min(1).max(5), date: isoDate }).strict(),
  z.object({ kind: z.literal('bpu'), declaredIncome: rupiah, programmes: z.array(z.enum(['JKK', 'JKM', 'JHT'])).min(1).max(3), date: isoDate }).strict(),
  z.object({ kind: z.literal('jakon'), contractValue: rupiah, date: isoDate }).strict(),
  z
    .object({
      kind: z.literal('apbd'),
      workers: z.number().int().min(1).max(10_000_000),
      months: z.number().int().min(1).max(120),
      package: z.enum(['bpu_jkk_jkm', 'bpu_jkk_jkm_jht']),
      declaredIncome: rupiah.optional(),
      date: isoDate,
    })
    .strict(),
]);
export type CalculationInput = z.infer<typeof calculationInput>;
export type CalculationResult =
  | ({ kind: 'pu' } & PuResult)
  | ({ kind: 'bpu' } & BpuResult)
  | ({ kind: 'jakon' } & JakonResult)
  | ({ kind: 'apbd' } & ApbdResult);

export const listNames = ['segment', 'vulnerable_category', 'funding_source'] as const;
export type ListName = (typeof listNames)[number];

export interface ListItem {
  id: number;
  uid: string;
  list: ListName;
  code: string;
  labelId: string;
  labelEn: string;
  description: string;
  sortOrder: number;
  active: boolean;
}

export const listGetInput = z.object({ list: z.enum(listNames), includeInactive: z.boolean().default(false) }).strict();
export const listItemInput = z
  .object({
    list: z.enum(listNames),
    uid: z.string().max(80).optional(),
    code: z.string().trim().regex(/^[a-z0-9_]{1,40}$/i, v.invalid),
    labelId: z.string().trim().min(1, v.required).max(120, v.tooLong),
    // Optional: an item without English words shows its Indonesian ones in English too.
    labelEn: z.string().trim().max(120, v.tooLong).default(''),
    description: z.string().trim().max(500, v.tooLong).default(''),
    sortOrder: z.number().int().min(0).max(100_000).default(0),
    active: z.boolean().default(true),
  })
  .strict();
export type ListItemInput = z.input<typeof listItemInput>;
