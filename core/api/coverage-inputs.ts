import { z } from 'zod';
import { aggregateSegments, coverageSourceKinds, denominatorUniverses, targetKinds } from './coverage-input-kinds.ts';
import { v } from './messages.ts';
import { regionCodeSchema } from './reference.ts';

// What coverage is divided by (denominators), totals received instead of people (aggregate
// inputs) and what it is measured against (targets): the office's own data, entered by hand or
// imported, each with the area it covers, its source and its date. The renderer's forms and
// the import check rows with these schemas; the services add the checks that need the data.

export { aggregateSegments, coverageSourceKinds, denominatorUniverses, targetKinds };
export type DenominatorUniverse = (typeof denominatorUniverses)[number];
export type CoverageSourceKind = (typeof coverageSourceKinds)[number];
export const kbliSections = 'ABCDEFGHIJKLMNOPQRSTU'.split('');

/** Validation words of these forms, under `validation.coverage.*` (renderer and server). */
export const cv = {
  positive: 'validation.coverage.positive',
  targetValue: 'validation.coverage.targetValue',
  notNegative: 'validation.coverage.notNegative',
  isoDate: 'validation.coverage.isoDate',
  percent: 'validation.coverage.percent',
  source: 'validation.coverage.source',
  area: 'validation.coverage.area',
  year: 'validation.coverage.year',
  sector: 'validation.coverage.sector',
} as const;

const validDay = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};
export const coverageDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, cv.isoDate).refine(validDay, cv.isoDate);
const area = regionCodeSchema.or(z.literal('')).refine((s) => s !== '', cv.area);
const source = z.string().trim().min(1, cv.source).max(300, v.tooLong);
const notes = z.string().trim().max(2000, v.tooLong).default('');
const code = z.string().trim().max(60).nullable().default(null).transform((s) => (s ? s : null));
const uid = z.string().min(1).max(80);

export const denominatorInputSchema = z
  .object({
    uid: uid.optional(),
    name: z.string().trim().min(3, v.tooShort).max(300, v.tooLong),
    value: z.number({ error: cv.positive }).int(cv.positive).min(1, cv.positive).max(1_000_000_000, v.atMost1Billion),
    areaCode: area,
    universe: z.enum(denominatorUniverses, v.required),
    programmeUid: uid.nullable().default(null),
    category: code,
    sourceKind: z.enum(coverageSourceKinds, v.required),
    source,
    asOfDate: coverageDate,
    notes,
  })
  .strict();
export type DenominatorInput = z.input<typeof denominatorInputSchema>;
export type DenominatorValues = z.output<typeof denominatorInputSchema>;

export const aggregateInputSchema = z
  .object({
    uid: uid.optional(),
    areaCode: area,
    segment: z.enum(aggregateSegments).nullable().default(null),
    category: code,
    sector: z.string().trim().toUpperCase().max(1).nullable().default(null).transform((s) => (s ? s : null)).refine((s) => s === null || kbliSections.includes(s), cv.sector),
    funding: code,
    programmeUid: uid.nullable().default(null),
    // An emptied count (null from the form) is asked for, not saved as 0 participants.
    count: z.number({ error: (issue) => (issue.input == null ? v.required : cv.notNegative) }).int(cv.notNegative).min(0, cv.notNegative).max(1_000_000_000, v.atMost1Billion),
    asOfDate: coverageDate,
    sourceKind: z.enum(coverageSourceKinds, v.required),
    source,
    notes,
  })
  .strict();
export type AggregateInput = z.input<typeof aggregateInputSchema>;
export type AggregateValues = z.output<typeof aggregateInputSchema>;

export const targetInputSchema = z
  .object({
    uid: uid.optional(),
    year: z.number({ error: cv.year }).int(cv.year).min(2000, cv.year).max(2100, cv.year),
    areaCode: area,
    kind: z.enum(targetKinds, v.required),
    // Below 0 is said by the kind (a percentage's range, or a number of people) further down.
    value: z.number({ error: cv.targetValue }).max(1_000_000_000, v.atMost1Billion),
    denominatorUid: uid.nullable().default(null),
    segment: z.enum(aggregateSegments).nullable().default(null),
    category: code,
    programmeUid: uid.nullable().default(null),
    source,
    notes,
  })
  .strict()
  .superRefine((t, ctx) => {
    // A percentage out of 0–100 is refused with its range (the form keeps what was typed, no clamping).
    if (t.kind === 'persen' && (t.value < 0 || t.value > 100)) ctx.addIssue({ code: 'custom', path: ['value'], message: cv.percent });
    if (t.kind === 'orang' && t.value < 0) ctx.addIssue({ code: 'custom', path: ['value'], message: cv.notNegative });
    if (t.kind === 'orang' && !Number.isInteger(t.value)) ctx.addIssue({ code: 'custom', path: ['value'], message: cv.positive });
    if (t.kind === 'persen' && !t.denominatorUid) ctx.addIssue({ code: 'custom', path: ['denominatorUid'], message: 'validation.coverage.needsDenominator' });
    if (t.kind === 'orang' && t.denominatorUid) ctx.addIssue({ code: 'custom', path: ['denominatorUid'], message: 'validation.coverage.noDenominator' });
  });
export type TargetInput = z.input<typeof targetInputSchema>;
export type TargetValues = z.output<typeof targetInputSchema>;

export const coverageInputListInput = z
  .object({
    /** Only rows of this area and the areas inside it. */
    areaCode: regionCodeSchema.optional(),
    includeRetired: z.boolean().default(false),
  })
  .strict();

export const retireDenominatorInput = z.object({ uid, retired: z.boolean().default(true) }).strict();
/** Retire an aggregate row (its correction is a new row), or bring it back. */
export const retireAggregateInput = retireDenominatorInput;
export const coverageInputUid = z.object({ uid }).strict();

interface Recorded {
  uid: string;
  areaCode: string;
  areaName: string;
  createdAt: string;
  updatedAt: string;
}

export interface Denominator extends Recorded, Omit<DenominatorValues, 'uid'> {
  programmeName: string | null;
  retiredAt: string | null;
  /** Snapshots name it: its numbers may no longer change (retire it and enter a new one). */
  usedBySnapshot: boolean;
  /** Targets measured against it. */
  targetCount: number;
  importBatchId: number | null;
}

export interface Aggregate extends Recorded, Omit<AggregateValues, 'uid'> {
  programmeName: string | null;
  /** The day it was retired (corrected or withdrawn): no count made since uses it; frozen months keep it. */
  retiredAt: string | null;
  /** Frozen months summed it: its numbers may no longer change (retire it and enter a new one). */
  usedBySnapshot: boolean;
  importBatchId: number | null;
}

export interface Target extends Recorded, Omit<TargetValues, 'uid'> {
  denominatorName: string | null;
  denominatorValue: number | null;
  programmeName: string | null;
  /** A percentage target in people (value % of the denominator), rounded up. */
  people: number | null;
}
