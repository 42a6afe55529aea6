// BPJS Ketenagakerjaan contribution rules (effective-dated table) and calculators.
export type * from '../../api/contribution-rules.ts';
export type * from '../../api/contribution-results.ts';
export * from './seed-rules.ts';
export * from './select-rules.ts';
export * from './calculate.ts';
