// BPJS Ketenagakerjaan contribution rules (effective-dated table) and calculators.
export type * from './rule-types.ts';
export * from './seed-rules.ts';
export * from './select-rules.ts';
export * from './calculate.ts';
